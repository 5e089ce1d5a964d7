import { describe, expect, it } from 'vitest';
import { ipv4Schema, tagSchema } from './common.ts';
import { issueKey } from './validation-messages.ts';

const cases: Array<{
  input: unknown;
  schema: typeof ipv4Schema | typeof tagSchema;
  message: string;
  key: string;
  params: object;
}> = [
  {
    schema: ipv4Schema,
    input: '1.2.3',
    message: 'must be an IPv4 address such as 192.168.1.10',
    key: 'ipv4',
    params: {},
  },
  { schema: tagSchema, input: { key: '' }, message: 'is required', key: 'required', params: {} },
  {
    schema: tagSchema,
    input: { key: 'x'.repeat(129) },
    message: 'must be at most 128 characters',
    key: 'maxChars',
    params: { n: 128 },
  },
  {
    schema: tagSchema,
    input: { key: 'aliyun-x' },
    message: 'must not start with aliyun or acs:',
    key: 'noAliyunPrefix',
    params: {},
  },
  {
    schema: tagSchema,
    input: { key: 'k', value: 'https://x' },
    message: 'must not start with http:// or https://',
    key: 'noUrlPrefix',
    params: {},
  },
];

describe('validation message keys', () => {
  for (const c of cases) {
    it(`${c.key} renders the same English as before`, () => {
      const result = c.schema.safeParse(c.input);
      const issue = result.error?.issues[0];
      expect(issue?.message).toBe(c.message);
      expect(issue && issueKey(issue)).toEqual({ key: c.key, params: c.params });
    });
  }
  it('maps zod built-in issue codes to keys', () => {
    const issue = tagSchema.safeParse({ key: 5 }).error?.issues[0];
    expect(issue && issueKey(issue)).toEqual({
      key: 'invalidType',
      params: { expected: 'string' },
    });
  });
});
