import type { z } from 'zod';

/** Parameters a validation message is rendered with (e.g. `{ n: 128 }`). */
export type MessageParams = Record<string, string | number>;

type Render = (p: MessageParams) => string;

/** English rendering of every validation key; the BFF's 400 `message` is exactly this text. */
export const VALIDATION_MESSAGES_EN = {
  required: () => 'is required',
  maxChars: (p) => `must be at most ${p.n} characters`,
  minChars: (p) => `must be at least ${p.n} characters`,
  emptyOrMin: (p) => `must be empty or at least ${p.n} characters`,
  idPrefix: (p) => `must be an ID starting with ${p.prefix}-`,
  regionId: () => 'must be a region ID such as cn-hangzhou',
  noAliyunPrefix: () => 'must not start with aliyun or acs:',
  noUrlPrefix: () => 'must not start with http:// or https://',
  startLetter: () => 'must start with a letter or Chinese character',
  nameChars: () => 'may contain only letters, digits, _, - and .',
  ipv4: () => 'must be an IPv4 address such as 192.168.1.10',
  cidr: () => 'must be an IPv4 CIDR block such as 192.168.0.0/24',
  maxTags: (p) => `at most ${p.n} tags`,
  duplicateTag: () => 'duplicate tag key',
  nothingToChange: () => 'give a name or a description to change',
  noSpec: () => 'cannot be changed: IPv6 gateways have no spec any more',
  isoTime: () => 'must be an ISO 8601 time such as 2026-11-22T08:00:00Z',
  notBeforeFrom: () => 'must not be before from',
  tagFilter: () => 'must be a tag key, or key=value',
  snatIps: () => 'choose at least one EIP bound to the gateway',
  snatSource: () => 'give either a source CIDR or a source vSwitch, not both',
  port: () => 'must be a port 1–65535, a range a/b, or Any',
  portRange: () => 'ports must be between 1 and 65535',
  anyPorts: () => 'with protocol Any, both ports must be Any',
  anyProtocol: () => 'ports Any need protocol Any',
  differentIp: () => 'must differ from the external IP',
  eipTrafficMax: (p) => `must be at most ${p.n} Mbit/s when paying by traffic`,
  wholeMbps: () => 'must be a whole number of Mbit/s',
  minMbps: (p) => `must be at least ${p.n} Mbit/s`,
  maxMbps: (p) => `must be at most ${p.n} Mbit/s with ${p.chargeType}`,
  vpnBandwidth: () => 'must be one of the offered bandwidths',
  sslConnections: () => 'must be one of the offered connection counts',
  reservedIp: () => 'must not be in 100.64/10, 127/8, 169.254/16, 224/4 or 255/8',
  asn: () => 'must be an ASN 1–4294967295 (not 45104), or high.low',
  lifetimeNumber: (p) => `must be a number of seconds ${p.min}–${p.max}`,
  lifetimeWhole: () => 'must be a whole number of seconds',
  lifetimeRange: (p) => `must be ${p.min}–${p.max} seconds`,
  subnets: (p) =>
    `must be IPv4 CIDR blocks such as 192.168.0.0/24, comma-separated ("${p.value}" is not)`,
  subnetCount: (p) => `at most ${p.n} CIDR blocks`,
  subnetDuplicate: () => 'a CIDR block is listed twice',
  psk: () => 'may contain only visible ASCII characters, no spaces',
  hiddenChars: () => 'must not contain control, bidirectional or zero-width characters',
  wholeNumber: () => 'must be a whole number written in digits, such as 20',
  tunnelCidr: () =>
    'must be a /30 block inside 169.254.0.0/16 (not 169.254.0.0–169.254.6.0/30 nor 169.254.169.252/30)',
  tunnelRoles: () => 'needs exactly two tunnels: one master and one slave',
  authKey: () => 'must be 1–64 visible ASCII characters, without spaces or ?',
} satisfies Record<string, Render>;
/** A stable validation message key; the SPA translates `validation.<key>`. */
export type ValidationKey = keyof typeof VALIDATION_MESSAGES_EN;

/** A message key with the parameters it is rendered with. */
export interface KeyedMessage {
  key: string;
  params: MessageParams;
}

// Static messages are remembered by their text. The set is bounded: msg() runs when a schema is
// built; messages made while parsing carry their key in the issue instead (see keyed()).
const byText = new Map<string, KeyedMessage>();
const KEY_PARAM = 'gcValidation';

/** Renders `key` in English and remembers its key and params, so a zod issue can be traced back to them. */
export function msg(key: ValidationKey, params: MessageParams = {}): string {
  const text = VALIDATION_MESSAGES_EN[key](params);
  byText.set(text, { key, params });
  return text;
}

/**
 * A custom issue's `message` and `params` for `ctx.addIssue` or `refine`: use it when the params
 * depend on the value parsed (`"10.0.0.1/8" is not`), so nothing is remembered per input.
 */
export function keyed(
  key: ValidationKey,
  params: MessageParams = {},
): { message: string; params: Record<string, KeyedMessage> } {
  return { message: VALIDATION_MESSAGES_EN[key](params), params: { [KEY_PARAM]: { key, params } } };
}

/** A 400 field error the BFF raises itself (outside a schema), with the key the SPA translates. */
export function fieldError(
  path: string,
  key: ValidationKey,
  params: MessageParams = {},
): KeyedMessage & { path: string; message: string } {
  return { path, message: VALIDATION_MESSAGES_EN[key](params), key, params };
}

/** The key and params of one zod issue: a contracts message, else a key named after zod's issue code. */
export function issueKey(issue: z.core.$ZodIssue): KeyedMessage {
  if (issue.code === 'custom') {
    const carried: unknown = issue.params?.[KEY_PARAM];
    if (isKeyed(carried)) return carried;
  }
  const known = byText.get(issue.message);
  if (known) return known;
  switch (issue.code) {
    case 'too_big':
      return { key: 'tooBig', params: { max: Number(issue.maximum) } };
    case 'too_small':
      return { key: 'tooSmall', params: { min: Number(issue.minimum) } };
    case 'invalid_type':
      return { key: 'invalidType', params: { expected: issue.expected } };
    case 'invalid_value':
      return { key: 'invalidValue', params: { values: issue.values.map(String).join(', ') } };
    default:
      return { key: issue.code, params: {} };
  }
}

function isKeyed(value: unknown): value is KeyedMessage {
  return typeof value === 'object' && value !== null && 'key' in value && 'params' in value;
}
