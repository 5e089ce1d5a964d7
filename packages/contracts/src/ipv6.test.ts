import { describe, expect, it } from 'vitest';
import {
  allocateIpv6BandwidthSchema,
  changeIpv6BandwidthSchema,
  createIpv6EgressRuleSchema,
  createIpv6GatewaySchema,
  ipv6EgressRuleParamsSchema,
  ipv6AddressListQuerySchema,
  ipv6AddressParamsSchema,
  ipv6GatewayListQuerySchema,
  ipv6GatewayParamsSchema,
  updateIpv6GatewaySchema,
} from './index.ts';

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('IPv6 gateway schemas', () => {
  it('creates with a VPC and a valid name; names each bad field', () => {
    expect(createIpv6GatewaySchema.parse({ vpcId: 'vpc-abc1', name: 'gw-1' })).toEqual({
      vpcId: 'vpc-abc1',
      name: 'gw-1',
    });
    const bad = createIpv6GatewaySchema.safeParse({
      vpcId: 'ngw-1',
      name: '1x',
      description: 'http://x',
    });
    expect(paths(bad).sort()).toEqual(['description', 'name', 'vpcId']);
  });

  it('patches name/description and refuses spec by name', () => {
    expect(updateIpv6GatewaySchema.parse({ name: 'renamed' })).toEqual({
      name: 'renamed',
      description: undefined,
    });
    const spec = updateIpv6GatewaySchema.safeParse({ spec: 'Large' });
    expect(paths(spec)).toEqual(['spec']);
    expect(updateIpv6GatewaySchema.safeParse({}).success).toBe(false);
  });

  it('parses list queries and route params', () => {
    expect(ipv6GatewayListQuerySchema.parse({ page: '2', status: 'Available' })).toMatchObject({
      page: 2,
      pageSize: 20,
      status: 'Available',
    });
    expect(ipv6GatewayListQuerySchema.safeParse({ status: 'Gone' }).success).toBe(false);
    expect(
      ipv6GatewayParamsSchema.safeParse({ regionId: 'cn-hangzhou', id: 'ipv6gw-a1' }).success,
    ).toBe(true);
    expect(
      ipv6GatewayParamsSchema.safeParse({ regionId: 'cn-hangzhou', id: 'ngw-a1' }).success,
    ).toBe(false);
  });
});

describe('IPv6 address and bandwidth schemas', () => {
  it('allocates 1–2000 Mbit/s with PayByBandwidth and 1–1000 with PayByTraffic', () => {
    expect(allocateIpv6BandwidthSchema.parse({ bandwidth: '10' })).toEqual({
      bandwidth: 10,
      internetChargeType: 'PayByBandwidth',
    });
    expect(allocateIpv6BandwidthSchema.safeParse({ bandwidth: 2000 }).success).toBe(true);
    const traffic = allocateIpv6BandwidthSchema.safeParse({
      bandwidth: 1500,
      internetChargeType: 'PayByTraffic',
    });
    expect(paths(traffic)).toEqual(['bandwidth']);
    expect(paths(allocateIpv6BandwidthSchema.safeParse({ bandwidth: 0 }))).toEqual(['bandwidth']);
    expect(paths(allocateIpv6BandwidthSchema.safeParse({ bandwidth: 1.5 }))).toEqual(['bandwidth']);
  });

  it('changes within 1–2000 and validates filters and params', () => {
    expect(changeIpv6BandwidthSchema.safeParse({ bandwidth: 2001 }).success).toBe(false);
    expect(ipv6AddressListQuerySchema.parse({ vpcId: 'vpc-1', networkType: 'Public' })).toEqual({
      vpcId: 'vpc-1',
      networkType: 'Public',
    });
    expect(paths(ipv6AddressListQuerySchema.safeParse({ vSwitchId: 'vpc-1' }))).toEqual([
      'vSwitchId',
    ]);
    expect(
      ipv6AddressParamsSchema.safeParse({ regionId: 'cn-hangzhou', addressId: 'ipv6-x1' }).success,
    ).toBe(true);
  });
});

describe('IPv6 egress-only rule schemas', () => {
  it('creates on an IPv6 address; names each bad field', () => {
    expect(createIpv6EgressRuleSchema.parse({ instanceId: 'ipv6-abc1', name: ' out-1 ' })).toEqual({
      instanceId: 'ipv6-abc1',
      name: 'out-1',
    });
    const bad = createIpv6EgressRuleSchema.safeParse({
      instanceId: 'eni-1',
      name: '1x',
      description: 'https://x',
    });
    expect(paths(bad).sort()).toEqual(['description', 'instanceId', 'name']);
  });

  it('takes the rule ID after the gateway in the path', () => {
    const params = { regionId: 'cn-hangzhou', id: 'ipv6gw-1' };
    expect(ipv6EgressRuleParamsSchema.safeParse({ ...params, ruleId: 'ipv6py-a1' }).success).toBe(
      true,
    );
    expect(paths(ipv6EgressRuleParamsSchema.safeParse({ ...params, ruleId: 'ipv6-a1' }))).toEqual([
      'ruleId',
    ]);
  });
});
