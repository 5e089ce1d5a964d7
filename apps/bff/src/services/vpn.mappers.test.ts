import { describe, expect, it } from 'vitest';
import { bandwidthOfSpec, epochToIso, toVpnGateway } from './vpn.mappers.ts';
import { pageVpnGateways } from './vpn-gateway-service.ts';

describe('VPN mappers', () => {
  it('reads Spec with or without its unit (REFERENCE §3.4 disagreement)', () => {
    expect(bandwidthOfSpec('10M')).toBe(10);
    expect(bandwidthOfSpec('5')).toBe(5);
    expect(bandwidthOfSpec('fast')).toBe(0);
    expect(bandwidthOfSpec(undefined)).toBe(0);
  });
  it('turns epoch milliseconds into ISO, and EndTime 0 into no expiry', () => {
    expect(epochToIso(1_700_000_000_000)).toBe('2023-11-14T22:13:20.000Z');
    expect(epochToIso(0)).toBeUndefined();
  });
  it('maps flags and shows an unknown status as updating', () => {
    const g = toVpnGateway(
      {
        VpnGatewayId: 'vpn-1',
        Status: 'weird',
        IpsecVpn: 'enable',
        SslVpn: 'disable',
        Spec: '20M',
        CreateTime: 1_700_000_000_000,
        EndTime: 0,
        EniInstanceIds: { EniInstanceId: [] },
        Tags: { Tag: [{ Key: 'env', Value: 'prod' }] },
      },
      'cn-hangzhou',
    );
    expect(g).toMatchObject({ status: 'updating', ipsecEnabled: true, sslEnabled: false });
    expect(g).toMatchObject({
      bandwidth: 20,
      endTime: undefined,
      tags: [{ key: 'env', value: 'prod' }],
    });
  });
});

describe('pageVpnGateways', () => {
  const gw = (id: string, name: string, createTime: string, status = 'active' as const) =>
    ({ id, name, createTime, status, vpcId: 'vpc-a' }) as Parameters<typeof pageVpnGateways>[0][0];
  const all = [gw('vpn-a', 'Office', '2024-01-01'), gw('vpn-b', 'DR', '2025-01-01')];
  it('sorts newest first, filters on q and pages', () => {
    expect(pageVpnGateways(all, { page: 1, pageSize: 20 }).items.map((g) => g.id)).toEqual([
      'vpn-b',
      'vpn-a',
    ]);
    expect(pageVpnGateways(all, { page: 1, pageSize: 20, q: 'offi' }).total).toBe(1);
    expect(pageVpnGateways(all, { page: 2, pageSize: 1 }).items[0]?.id).toBe('vpn-a');
  });

  it('sorts on a column when asked', () => {
    const byName = pageVpnGateways(all, { page: 1, pageSize: 20, sort: 'name' });
    expect(byName.items.map((g) => g.name)).toEqual(['DR', 'Office']);
    const byNameDown = pageVpnGateways(all, { page: 1, pageSize: 20, sort: '-name' });
    expect(byNameDown.items.map((g) => g.name)).toEqual(['Office', 'DR']);
  });
});
