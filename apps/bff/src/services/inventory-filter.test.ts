import { describe, expect, it } from 'vitest';
import { inventoryItem } from './checks/inventory-item.fixture.ts';
import { countInventory, filterInventory, sortInventory } from './inventory-filter.ts';

const items = [
  inventoryItem({ id: 'ngw-1', name: 'Prod-Egress', tags: [{ key: 'env', value: 'prod' }] }),
  inventoryItem({
    id: 'vpn-1',
    type: 'vpn',
    name: 'office',
    status: 'active',
    regionId: 'cn-shanghai',
    tags: [{ key: 'owner', value: '' }],
  }),
  inventoryItem({ id: 'ipv6gw-1', type: 'ipv6', name: 'v6', tags: [] }),
];

describe('filterInventory', () => {
  it('combines type, region, status (any case), q and tag filters', () => {
    const ids = (q: Parameters<typeof filterInventory>[1]) =>
      filterInventory(items, q).map((i) => i.id);
    expect(ids({})).toEqual(['ngw-1', 'vpn-1', 'ipv6gw-1']);
    expect(ids({ type: 'vpn' })).toEqual(['vpn-1']);
    expect(ids({ region: 'cn-hangzhou' })).toEqual(['ngw-1', 'ipv6gw-1']);
    expect(ids({ status: 'ACTIVE' })).toEqual(['vpn-1']);
    expect(ids({ q: 'egress' })).toEqual(['ngw-1']);
    expect(ids({ q: 'IPV6GW' })).toEqual(['ipv6gw-1']);
    expect(ids({ tag: 'env' })).toEqual(['ngw-1']);
    expect(ids({ tag: 'env=prod' })).toEqual(['ngw-1']);
    expect(ids({ tag: 'env=dev' })).toEqual([]);
    expect(ids({ tag: 'owner=' })).toEqual(['vpn-1']);
    expect(ids({ type: 'nat', region: 'cn-shanghai' })).toEqual([]);
  });
});

describe('countInventory', () => {
  it('counts per region, type and status', () => {
    expect(countInventory(items)).toEqual({
      byRegion: { 'cn-hangzhou': 2, 'cn-shanghai': 1 },
      byType: { nat: 1, vpn: 1, ipv6: 1 },
      byStatus: { Available: 2, active: 1 },
    });
  });
});

describe('sortInventory', () => {
  it('orders by region, then NAT/VPN/IPv6, then name', () => {
    expect(sortInventory([...items].reverse()).map((i) => i.id)).toEqual([
      'ngw-1',
      'ipv6gw-1',
      'vpn-1',
    ]);
  });
});
