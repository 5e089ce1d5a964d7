import { malformedParam } from '../errors.ts';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const ENC = ['aes', 'aes192', 'aes256', 'des', '3des'] as const;
const AUTH = ['md5', 'sha1', 'sha256', 'sha384', 'sha512'] as const;
const PFS = ['group1', 'group2', 'group5', 'group14'] as const;
const LIFETIME = z.coerce.number().int().min(0).max(86_400);

// IkeConfig / IpsecConfig are JSON text with these enums and defaults (REFERENCE §3.4, §8.9).
const ikeSchema = z.object({
  Psk: z.string().min(1).max(100).optional(),
  IkeVersion: z.enum(['ikev1', 'ikev2']).default('ikev1'),
  IkeMode: z.enum(['main', 'aggressive']).default('main'),
  IkeEncAlg: z.enum(ENC).default('aes'),
  IkeAuthAlg: z.enum(AUTH).default('md5'),
  IkePfs: z.enum(PFS).default('group2'),
  IkeLifetime: LIFETIME.default(86_400),
  LocalId: z.string().max(100).optional(),
  RemoteId: z.string().max(100).optional(),
});

const ipsecSchema = z.object({
  IpsecEncAlg: z.enum(ENC).default('aes'),
  IpsecAuthAlg: z.enum(AUTH).default('md5'),
  IpsecPfs: z.enum(['disabled', ...PFS]).default('group2'),
  IpsecLifetime: LIFETIME.default(86_400),
});

/** The IKE settings as stored and answered (object in responses, REFERENCE §3.4). */
export interface IkeConfig {
  Psk: string;
  IkeVersion: string;
  IkeMode: string;
  IkeEncAlg: string;
  IkeAuthAlg: string;
  IkePfs: string;
  IkeLifetime: number;
  LocalId: string;
  RemoteId: string;
}

/** The IPsec settings as stored and answered. */
export interface IpsecConfig {
  IpsecEncAlg: string;
  IpsecAuthAlg: string;
  IpsecPfs: string;
  IpsecLifetime: number;
}

function parseJson<S extends z.ZodType>(
  field: 'IkeConfig' | 'IpsecConfig',
  raw: string | undefined,
  schema: S,
): z.output<S> {
  let value: unknown = {};
  if (raw !== undefined && raw.trim() !== '') {
    try {
      value = JSON.parse(raw);
    } catch {
      throw malformedParam(field, `${field} must be a JSON object string.`);
    }
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${field}.${issue.path.join('.')}` : field;
  throw malformedParam(field, `${where}: ${issue?.message ?? 'invalid value'}`);
}

/** A random pre-shared key (16 alphanumerics) when `Psk` is omitted (REFERENCE §3.4). */
export function randomPsk(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  return [...randomBytes(16)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** Parses `IkeConfig`, filling defaults; LocalId/RemoteId default to the two gateway IPs. */
export function parseIkeConfig(
  raw: string | undefined,
  ids: { localIp: string; remoteIp: string },
): IkeConfig {
  const p = parseJson('IkeConfig', raw, ikeSchema);
  return {
    ...p,
    Psk: p.Psk ?? randomPsk(),
    LocalId: p.LocalId ?? ids.localIp,
    RemoteId: p.RemoteId ?? ids.remoteIp,
  };
}

/** Parses `IpsecConfig`, filling defaults. */
export function parseIpsecConfig(raw: string | undefined): IpsecConfig {
  return parseJson('IpsecConfig', raw, ipsecSchema);
}

/** Modify's partial update: the sent JSON over the current settings (REFERENCE-2 §1.6). */
export function mergeIkeJson(
  raw: string | undefined,
  current: IkeConfig,
  ids: { localIp: string; remoteIp: string },
): IkeConfig {
  if (raw === undefined || raw.trim() === '') return current;
  const sent = parseJson('IkeConfig', raw, z.record(z.string(), z.unknown()));
  return parseIkeConfig(JSON.stringify({ ...current, ...sent }), ids);
}

/** Modify's partial update of `IpsecConfig`. */
export function mergeIpsecJson(raw: string | undefined, current: IpsecConfig): IpsecConfig {
  if (raw === undefined || raw.trim() === '') return current;
  const sent = parseJson('IpsecConfig', raw, z.record(z.string(), z.unknown()));
  return parseIpsecConfig(JSON.stringify({ ...current, ...sent }));
}
