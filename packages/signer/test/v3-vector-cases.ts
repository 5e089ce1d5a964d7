// Inputs for the V3 (ACS3-HMAC-SHA256) SDK vectors, seeded so regeneration is reproducible.
import { createHash } from 'node:crypto';
import { prng, randomText } from './vector-cases.ts';

/** One V3 request to sign: the headers are the signed ones, lower-case. */
export interface V3Case {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
  accessKeyId: string;
  accessKeySecret: string;
}

// openapi-core puts query NAMES into the canonical query unencoded (it encodes values only), so
// V3 vectors use API-style names; values carry every trap.
const V3_NAMES = [
  'RegionId',
  'VpcId',
  'NatGatewayId',
  'PageNumber',
  'PageSize',
  'ClientToken',
  'Description',
  'Name',
  'Tag.1.Key',
  'Tag.1.Value',
  'Tag.2.Key',
  'Tag.10.Key',
  'EntryId.1',
  'EntryId.10',
  'a',
  'B',
  'b',
  'A',
  'DryRun',
  'AccessMode',
];
const ACTIONS = [
  'DescribeNatGateways',
  'CreateNatGateway',
  'DescribeRegions',
  'CreateVpnConnection',
];

/** 60 seeded V3 cases (plus an empty-query one). */
export function v3Cases(): V3Case[] {
  const rand = prng(3_2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const cases: V3Case[] = [];
  for (let i = 0; i < 61; i++) {
    const query: Record<string, string> = {};
    const n = i === 0 ? 0 : 1 + Math.floor(rand() * 6);
    for (let k = 0; k < n; k++) query[pick(V3_NAMES)] = rand() < 0.1 ? '' : randomText(rand, 20);
    const hasBody = rand() < 0.3;
    const body = hasBody
      ? `TunnelOptionsSpecification.1.TunnelIkeConfig.Psk=${encodeURIComponent(randomText(rand, 10))}`
      : '';
    const headers: Record<string, string> = {
      host: rand() < 0.5 ? 'vpc.aliyuncs.com' : `127.0.0.1:${1024 + Math.floor(rand() * 60000)}`,
      'x-acs-action': pick(ACTIONS),
      'x-acs-version': '2016-04-28',
      'x-acs-date': `2026-11-22T09:${String(i % 60).padStart(2, '0')}:${String(i % 7).padStart(2, '0')}Z`,
      'x-acs-signature-nonce': createHash('sha256').update(`nonce${i}`).digest('hex'),
      'x-acs-content-sha256': createHash('sha256').update(body).digest('hex'),
    };
    if (hasBody) headers['content-type'] = 'application/x-www-form-urlencoded';
    if (rand() < 0.5) headers['x-acs-credentials-provider'] = 'static_ak';
    if (rand() < 0.25)
      headers['x-acs-security-token'] = 'STS.' + createHash('md5').update(`t${i}`).digest('base64');
    cases.push({
      name: `v3 #${i}`,
      method: rand() < 0.8 ? 'POST' : 'GET',
      path: '/',
      query,
      headers,
      body,
      accessKeyId: 'LTAI5tVectorKeyId',
      accessKeySecret: rand() < 0.2 ? randomText(rand, 16) || 's' : 'VectorSecret2026',
    });
  }
  return cases;
}
