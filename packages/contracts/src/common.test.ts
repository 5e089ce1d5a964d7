import { describe, expect, it } from 'vitest';
import { descriptionSchema, isNetworkCidr, resourceNameSchema, tagSchema } from './common.ts';

describe('isNetworkCidr', () => {
  it.each([
    ['10.0.0.0/8', true],
    ['192.168.1.0/24', true],
    ['0.0.0.0/0', true],
    ['192.168.1.10/32', true],
    ['192.168.1.1/24', false],
    ['256.0.0.0/8', false],
    ['10.0.0.0/33', false],
    ['10.0.0.0', false],
    ['10.0.0.0/8/1', false],
  ])('%s → %s', (cidr, ok) => expect(isNetworkCidr(cidr)).toBe(ok));
});

describe('resourceNameSchema', () => {
  const name = resourceNameSchema();
  it('accepts English and Chinese names', () => {
    expect(name.parse('prod-egress_nat.1')).toBe('prod-egress_nat.1');
    expect(name.parse('支付网关')).toBe('支付网关');
  });
  it.each(['a', '1abc', '-abc', 'has space', 'x'.repeat(129)])('rejects %j', (value) => {
    expect(name.safeParse(value).success).toBe(false);
  });
});

describe('descriptionSchema and tagSchema', () => {
  it('allows empty descriptions but not a URL prefix or one character', () => {
    const d = descriptionSchema();
    expect(d.safeParse('').success).toBe(true);
    expect(d.safeParse('x').success).toBe(false);
    expect(d.safeParse('https://x').success).toBe(false);
  });
  it('refuses reserved tag key prefixes', () => {
    expect(tagSchema.safeParse({ key: 'acs:env', value: 'x' }).success).toBe(false);
    expect(tagSchema.safeParse({ key: 'aliyun-x', value: 'x' }).success).toBe(false);
    expect(tagSchema.parse({ key: 'env' })).toEqual({ key: 'env', value: '' });
  });
});
