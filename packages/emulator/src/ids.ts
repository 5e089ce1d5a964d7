import { randomInt, randomUUID } from 'node:crypto';
import type { Rng } from './rng.ts';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

// Real IDs start with a region-specific stem (REFERENCE §6.1 observations): bp1 next to
// cn-hangzhou examples, uf6 cn-shanghai, 2ze cn-beijing. Others here are invented.
const REGION_STEM: Record<string, string> = {
  'cn-hangzhou': 'bp1',
  'cn-shanghai': 'uf6',
  'cn-beijing': '2ze',
  'cn-shenzhen': 'wz9',
  'cn-huhehaote': 'hp3',
  'cn-zhangjiakou': '8vb',
  'ap-southeast-1': 't4n',
  'eu-central-1': 'gw8',
  'us-west-1': 'rj9',
};

/** Makes IDs `prefix-<21 lowercase alphanumerics>` ([emulator choice], REFERENCE §6.1). */
export function createIdFactory(rng?: Rng): (prefix: string, regionId?: string) => string {
  const pick = rng ? (n: number) => Math.floor(rng() * n) : (n: number) => randomInt(n);
  return (prefix, regionId) => {
    const stem = (regionId && REGION_STEM[regionId]) || 'xy1';
    let body = stem;
    while (body.length < 21) body += ALPHABET[pick(ALPHABET.length)];
    return `${prefix}-${body}`;
  };
}

/** A request id: an uppercase UUID, as in every documented example (REFERENCE §6.1). */
export function newRequestId(): string {
  return randomUUID().toUpperCase();
}
