import { describe, expect, it } from 'vitest';
import type { NatGateway, NatGatewayListQuery } from '@gc/contracts';
import { pageNatGateways } from './nat-gateway-query.ts';

const gw = (
  id: string,
  name: string,
  status: NatGateway['status'],
  vpcId: string,
  creationTime: string,
): NatGateway => ({
  id,
  name,
  status,
  vpcId,
  creationTime,
  description: '',
  regionId: 'cn-hangzhou',
  vSwitchId: 'vsw-1',
  zoneId: 'cn-hangzhou-h',
  natType: 'Enhanced',
  networkType: 'internet',
  spec: '',
  instanceChargeType: 'PostPaid',
  internetChargeType: 'PayByLcu',
  eipBindMode: 'MULTI_BINDED',
  deletionProtection: false,
  privateIpAddress: '',
  snatTableIds: [],
  forwardTableIds: [],
  eips: [],
  tags: [],
});

const all = [
  gw('ngw-aaa', 'prod-egress', 'Available', 'vpc-1', '2026-01-01T10:00Z'),
  gw('ngw-bbb', 'staging', 'Creating', 'vpc-2', '2026-03-01T10:00:00Z'),
  gw('ngw-ccc', 'Prod-backup', 'Available', 'vpc-2', '2026-02-01T10:00:00Z'),
  gw('ngw-ddd', '支付网关', 'Deleting', 'vpc-1', '2025-12-01T10:00:00Z'),
];
const q = (over: Partial<NatGatewayListQuery>): NatGatewayListQuery => ({
  page: 1,
  pageSize: 20,
  ...over,
});
const ids = (p: { items: NatGateway[] }) => p.items.map((g) => g.id);

describe('pageNatGateways', () => {
  it('sorts newest first by default, parsing times with or without seconds', () => {
    expect(ids(pageNatGateways(all, q({})))).toEqual(['ngw-bbb', 'ngw-ccc', 'ngw-aaa', 'ngw-ddd']);
    expect(ids(pageNatGateways(all, q({ sort: 'creationTime' })))).toEqual([
      'ngw-ddd',
      'ngw-aaa',
      'ngw-ccc',
      'ngw-bbb',
    ]);
  });
  it('filters q on name (case-insensitive) or ID, and by status and VPC', () => {
    expect(ids(pageNatGateways(all, q({ q: 'prod', sort: 'name' })))).toEqual([
      'ngw-ccc',
      'ngw-aaa',
    ]);
    expect(ids(pageNatGateways(all, q({ q: 'NGW-DD' })))).toEqual(['ngw-ddd']);
    expect(ids(pageNatGateways(all, q({ q: '支付' })))).toEqual(['ngw-ddd']);
    expect(ids(pageNatGateways(all, q({ status: 'Available', vpcId: 'vpc-2' })))).toEqual([
      'ngw-ccc',
    ]);
  });
  it('pages after filtering and reports the filtered total', () => {
    const p = pageNatGateways(all, q({ page: 2, pageSize: 3, sort: 'name' }));
    expect(p).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(p.items).toHaveLength(1);
    expect(pageNatGateways(all, q({ page: 9 })).items).toEqual([]);
  });
  it('sorts by status descending', () => {
    expect(pageNatGateways(all, q({ sort: '-status' })).items[0]?.status).toBe('Deleting');
  });
});

describe('pageNatGateways ordering over a large list', () => {
  it('orders names like localeCompare (base sensitivity) with ID tie-breaks', () => {
    const names = ['b', 'A', 'a', 'é', 'e', 'Z', '支付', '10', '9', 'ä'];
    const many = Array.from({ length: 300 }, (_, i) =>
      gw(
        `ngw-${String(i % 7)}${i}`,
        names[i % names.length] ?? '',
        'Available',
        'vpc-1',
        '2026-01-01T10:00Z',
      ),
    );
    const expected = [...many]
      .sort(
        (a, b) =>
          a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id),
      )
      .map((g) => g.id);
    expect(ids(pageNatGateways(many, q({ sort: 'name', pageSize: 300 })))).toEqual(expected);
    expect(ids(pageNatGateways(many, q({ sort: '-name', pageSize: 300 })))).toEqual(
      [...expected].reverse(),
    );
  });
});
