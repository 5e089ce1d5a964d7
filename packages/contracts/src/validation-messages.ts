import type { z } from 'zod';

/** Parameters a validation message is rendered with (e.g. `{ n: 128 }`). */
export type MessageParams = Record<string, string | number>;

/** English rendering of every validation key; the BFF's 400 `message` is exactly this text. */
export const VALIDATION_MESSAGES_EN = {
  required: () => 'is required',
  maxChars: (p: MessageParams) => `must be at most ${p.n} characters`,
  minChars: (p: MessageParams) => `must be at least ${p.n} characters`,
  emptyOrMin: (p: MessageParams) => `must be empty or at least ${p.n} characters`,
  idPrefix: (p: MessageParams) => `must be an ID starting with ${p.prefix}-`,
  regionId: () => 'must be a region ID such as cn-hangzhou',
  noAliyunPrefix: () => 'must not start with aliyun or acs:',
  noUrlPrefix: () => 'must not start with http:// or https://',
  startLetter: () => 'must start with a letter or Chinese character',
  nameChars: () => 'may contain only letters, digits, _, - and .',
  ipv4: () => 'must be an IPv4 address such as 192.168.1.10',
  cidr: () => 'must be an IPv4 CIDR block such as 192.168.0.0/24',
} satisfies Record<string, (p: MessageParams) => string>;
/** A stable validation message key; the SPA translates `validation.<key>`. */
export type ValidationKey = keyof typeof VALIDATION_MESSAGES_EN;

const byText = new Map<string, { key: ValidationKey; params: MessageParams }>();

/** Renders `key` in English and remembers its key and params, so a zod issue can be traced back to them. */
export function msg(key: ValidationKey, params: MessageParams = {}): string {
  const text = VALIDATION_MESSAGES_EN[key](params);
  byText.set(text, { key, params });
  return text;
}

/** The key and params of one zod issue: a contracts `msg()` message, else a key named after zod's issue code. */
export function issueKey(issue: z.core.$ZodIssue): { key: string; params: MessageParams } {
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
