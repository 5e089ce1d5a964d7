import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ipv4Schema, tagSchema } from './common.ts';
import { allocateIpv6BandwidthSchema } from './ipv6-address.ts';
import { createNatGatewaySchema } from './nat-gateway.ts';
import { pskSchema, subnetListSchema } from './vpn-connection.ts';
import { updateVpnGatewaySchema } from './vpn-gateway.ts';
import { fieldError, issueKey } from './validation-messages.ts';

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

describe('schema messages carry keys', () => {
  const first = (result: { error?: { issues: z.core.$ZodIssue[] } }) => {
    const issue = result.error?.issues[0];
    return issue && { message: issue.message, ...issueKey(issue) };
  };

  it('keeps the parsed value in a keyed issue without remembering it', () => {
    expect(first(subnetListSchema.safeParse('10.0.0.0/8, 10.0.0.1/8'))).toEqual({
      message:
        'must be IPv4 CIDR blocks such as 192.168.0.0/24, comma-separated ("10.0.0.1/8" is not)',
      key: 'subnets',
      params: { value: '10.0.0.1/8' },
    });
    expect(
      first(
        allocateIpv6BandwidthSchema.safeParse({
          bandwidth: 1500,
          internetChargeType: 'PayByTraffic',
        }),
      ),
    ).toEqual({
      message: 'must be at most 1000 Mbit/s with PayByTraffic',
      key: 'maxMbps',
      params: { n: 1000, chargeType: 'PayByTraffic' },
    });
  });

  it('gives resource IDs their prefix without the dash, and object rules their key', () => {
    expect(
      first(createNatGatewaySchema.safeParse({ vpcId: 'x', vSwitchId: 'vsw-a', name: 'ok' })),
    ).toEqual({
      message: 'must be an ID starting with vpc-',
      key: 'idPrefix',
      params: { prefix: 'vpc' },
    });
    expect(first(updateVpnGatewaySchema.safeParse({}))).toEqual({
      message: 'give a name or a description to change',
      key: 'nothingToChange',
      params: {},
    });
    expect(first(pskSchema.safeParse('has space'))).toMatchObject({ key: 'psk' });
  });
});

describe('fieldError', () => {
  it('gives a BFF-raised field error the same shape as a schema one', () => {
    expect(fieldError('bandwidth', 'vpnBandwidth')).toEqual({
      path: 'bandwidth',
      message: 'must be one of the offered bandwidths',
      key: 'vpnBandwidth',
      params: {},
    });
  });
});
