import '../../../testing/setup';
import type { Inventory, InventoryItem } from '@gc/contracts';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, renderWithApp } from '../../../testing/render';
import { InventoryPage } from './inventory-page';

const INVENTORY = 'GET /api/inventory';
const REGIONS = 'GET /api/regions';
const regions = () => ({ items: [{ id: 'cn-hangzhou', name: 'China (Hangzhou)' }] });

const item = (over: Partial<InventoryItem>): InventoryItem => ({
  type: 'nat',
  id: 'ngw-1',
  name: 'egress',
  regionId: 'cn-hangzhou',
  vpcId: 'vpc-1',
  status: 'Available',
  creationTime: '2026-01-01T00:00:00Z',
  createdAt: '2026-01-01T00:00:00Z',
  chargeType: 'PostPaid',
  tags: [],
  details: { snatCount: 0 },
  findings: [{ checkId: 'nat-no-snat', severity: 'medium', params: {} }],
  ...over,
});

const inventory = (items: InventoryItem[]): Inventory => ({
  generatedAt: '2026-06-01T00:00:00.000Z',
  account: 'demo',
  items,
  total: items.length,
  regions: [
    { id: 'cn-hangzhou', ok: true, itemCount: 1 },
    {
      id: 'cn-shanghai',
      ok: false,
      itemCount: 1,
      error: { code: 'ServiceUnavailable', message: 'down', requestId: 'REQ-42' },
    },
  ],
  counts: {
    byRegion: { 'cn-hangzhou': 1, 'cn-shanghai': 1 },
    byType: { nat: 1, vpn: 1 },
    byStatus: {},
  },
  summary: [{ checkId: 'nat-no-snat', severity: 'medium', count: 1 }],
});

afterEach(() => vi.unstubAllGlobals());

describe('InventoryPage', () => {
  it('lists every gateway with its checks, the failed region, counts and the check summary', async () => {
    fakeBff({
      [REGIONS]: regions,
      [INVENTORY]: () =>
        inventory([
          item({}),
          item({
            type: 'vpn',
            id: 'vpn-1',
            name: 'office',
            vpcId: 'vpc-2',
            regionId: 'cn-shanghai',
            status: 'active',
            findings: [],
          }),
        ]),
    });
    renderWithApp(<InventoryPage />, { session: AUDITOR });
    const table = await screen.findByRole('table', { name: 'Gateways in every region' });
    const nat = within(table).getByRole('link', { name: 'egress' });
    expect(nat.getAttribute('href')).toBe('/regions/cn-hangzhou/nat-gateways/ngw-1');
    expect(
      within(table).getByRole('link', { name: 'Topology of vpc-1' }).getAttribute('href'),
    ).toBe('/regions/cn-hangzhou/vpcs/vpc-1/topology');
    expect(within(table).getByText('No SNAT entry')).toBeTruthy();
    expect(within(table).getByText('VPN gateway')).toBeTruthy();
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toContain('cn-shanghai');
    expect(banner.textContent).toContain('ServiceUnavailable');
    expect(banner.textContent).toContain('REQ-42');
    expect(screen.getByRole('table', { name: 'Gateway checks' }).textContent).toContain('Medium');
    expect(screen.getByText('Per region')).toBeTruthy();
  });

  it('sends the URL filters to the BFF and exports with the same filters', async () => {
    const { calls } = fakeBff({ [REGIONS]: regions, [INVENTORY]: () => inventory([]) });
    renderWithApp(<InventoryPage />, {
      session: AUDITOR,
      path: '/?type=nat&region=cn-hangzhou&tag=env',
    });
    await screen.findByText('No gateway matches these filters.');
    const call = calls.find((c) => c.url.pathname === '/api/inventory');
    expect(Object.fromEntries(call?.url.searchParams ?? [])).toEqual({
      type: 'nat',
      region: 'cn-hangzhou',
      tag: 'env',
    });
    expect(screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe(
      '/api/inventory/export?format=csv&type=nat&region=cn-hangzhou&tag=env',
    );
    expect(screen.getByRole('link', { name: 'Export JSON' }).getAttribute('href')).toContain(
      'format=json',
    );
  });
});
