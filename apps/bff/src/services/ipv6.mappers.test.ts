import { describe, expect, it } from 'vitest';
import type { Ipv6Address as ApiIpv6Address } from '@gc/vpc-client';
import { pageIpv6Gateways } from './ipv6-gateway-query.ts';
import { toIpv6Address, toIpv6Gateway, toIpv6VpcCandidate } from './ipv6.mappers.ts';

const apiGateway = (over: Record<string, unknown> = {}) =>
  toIpv6Gateway({
    Ipv6GatewayId: 'ipv6gw-1',
    Status: 'Available',
    Name: 'gw',
    VpcId: 'vpc-1',
    CreationTime: '2026-01-01T00:00:00Z',
    Tags: { Tag: [{ Key: 'env', Value: 'prod' }] },
    ...over,
  } as Parameters<typeof toIpv6Gateway>[0]);

describe('IPv6 mappers', () => {
  it('maps a gateway; an undocumented status (Created) reads as Pending so the UI keeps polling', () => {
    expect(apiGateway()).toMatchObject({
      id: 'ipv6gw-1',
      status: 'Available',
      spec: '',
      tags: [{ key: 'env', value: 'prod' }],
    });
    expect(apiGateway({ Status: 'Created' }).status).toBe('Pending');
    expect(apiGateway({ Spec: 'Small' }).spec).toBe('Small');
  });

  it('maps an address with and without internet bandwidth', () => {
    const base = {
      Ipv6AddressId: 'ipv6-1',
      Ipv6Address: '2408::1',
      NetworkType: 'Private',
      Tags: { Tag: [] },
    } as unknown as ApiIpv6Address;
    expect(toIpv6Address(base, 'cn-hangzhou')).toMatchObject({
      networkType: 'Private',
      internetBandwidth: undefined,
      regionId: 'cn-hangzhou',
    });
    const pub = toIpv6Address(
      {
        ...base,
        NetworkType: 'Public',
        Ipv6InternetBandwidth: {
          Ipv6InternetBandwidthId: 'ipv6bw-1',
          Bandwidth: 10,
          InternetChargeType: 'PayByTraffic',
        },
      } as ApiIpv6Address,
      'cn-hangzhou',
    );
    expect(pub.internetBandwidth).toMatchObject({
      id: 'ipv6bw-1',
      bandwidth: 10,
      internetChargeType: 'PayByTraffic',
    });
  });

  it('marks VPCs with a gateway or without IPv6 as not eligible, with the reason', () => {
    const vpc = (id: string, ipv6?: string) => ({
      id,
      name: id,
      cidrBlock: '10.0.0.0/8',
      status: 'Available',
      isDefault: false,
      description: '',
      regionId: 'cn-hangzhou',
      vSwitchIds: [],
      natGatewayIds: [],
      ipv6CidrBlock: ipv6,
      tags: [],
    });
    const gws = [apiGateway()];
    expect(toIpv6VpcCandidate(vpc('vpc-1', '2408::/56'), gws)).toMatchObject({
      eligible: false,
      blocker: 'hasIpv6Gateway',
      ipv6GatewayId: 'ipv6gw-1',
    });
    expect(toIpv6VpcCandidate(vpc('vpc-2'), gws)).toMatchObject({
      eligible: false,
      blocker: 'ipv6NotEnabled',
    });
    expect(toIpv6VpcCandidate(vpc('vpc-3', '2408:1::/56'), gws)).toMatchObject({ eligible: true });
  });
});

describe('pageIpv6Gateways', () => {
  const all = [
    apiGateway({ Ipv6GatewayId: 'ipv6gw-a', Name: 'alpha', CreationTime: '2026-01-02T00:00:00Z' }),
    apiGateway({
      Ipv6GatewayId: 'ipv6gw-b',
      Name: 'Beta',
      Status: 'Creating',
      VpcId: 'vpc-2',
      CreationTime: '2026-01-03T00:00:00Z',
    }),
    apiGateway({ Ipv6GatewayId: 'ipv6gw-c', Name: 'gamma', CreationTime: '2026-01-01T00:00:00Z' }),
  ];
  const q = (over = {}) => ({ page: 1, pageSize: 20, ...over });

  it('filters by name or ID, status and VPC; newest first by default', () => {
    expect(pageIpv6Gateways(all, q()).items.map((g) => g.id)).toEqual([
      'ipv6gw-b',
      'ipv6gw-a',
      'ipv6gw-c',
    ]);
    expect(pageIpv6Gateways(all, q({ q: 'BETA' })).items.map((g) => g.id)).toEqual(['ipv6gw-b']);
    expect(pageIpv6Gateways(all, q({ q: 'gw-c' })).total).toBe(1);
    expect(pageIpv6Gateways(all, q({ status: 'Available', vpcId: 'vpc-1' })).total).toBe(2);
  });

  it('sorts by name and pages', () => {
    const page = pageIpv6Gateways(all, q({ sort: 'name', page: 2, pageSize: 2 }));
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items.map((g) => g.name)).toEqual(['gamma']);
  });
});
