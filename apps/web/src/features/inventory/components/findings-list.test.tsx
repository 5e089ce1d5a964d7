import '../../../testing/setup';
import type { Inventory, InventoryItem } from '@gc/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, OPERATOR, renderWithApp } from '../../../testing/render';
import { FindingsList } from './findings-list';

const nat: InventoryItem = {
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
  details: {},
  findings: [
    { checkId: 'nat-no-deletion-protection', severity: 'low', params: {} },
    {
      checkId: 'nat-dnat-risky-port',
      severity: 'high',
      params: { count: 1, ports: '3389', entries: 'fwd-1 1.2.3.4:3389→10.0.0.5' },
    },
  ],
};

const inventory: Inventory = {
  generatedAt: '2026-06-01T00:00:00.000Z',
  account: 'demo',
  items: [nat],
  total: 1,
  regions: [{ id: 'cn-hangzhou', ok: true, itemCount: 1 }],
  counts: { byRegion: {}, byType: {}, byStatus: {} },
  summary: [],
  resources: [
    {
      type: 'customer-gateway',
      id: 'cgw-1',
      name: 'old peer',
      regionId: 'cn-hangzhou',
      details: { connectionIds: [] },
      findings: [{ checkId: 'vpn-cgw-unused', severity: 'low', params: { ipAddress: '5.6.7.8' } }],
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

const rows = () =>
  within(screen.getByRole('table', { name: 'Findings of the checks' }))
    .getAllByRole('row')
    .slice(1);

describe('FindingsList', () => {
  it('lists findings most severe first with evidence and InfraGuard IDs, filtered by severity', () => {
    fakeBff({});
    renderWithApp(<FindingsList inventory={inventory} />, { session: AUDITOR });
    expect(rows().map((r) => r.getAttribute('data-finding'))).toEqual([
      'nat-dnat-risky-port:ngw-1',
      'nat-no-deletion-protection:ngw-1',
      'vpn-cgw-unused:cgw-1',
    ]);
    expect(rows()[0]?.textContent).toContain('ports: 3389');
    expect(rows()[0]?.textContent).toContain('rule:aliyun:nat-risk-ports-check');
    expect(screen.queryByRole('button', { name: 'Turn on deletion protection' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'High' }));
    expect(rows()).toHaveLength(1);
    fireEvent.click(screen.getByRole('radio', { name: 'Medium' }));
    expect(screen.getByText('No finding at this severity.')).toBeTruthy();
  });

  it('lets an operator apply the deletion-protection fix after confirming', async () => {
    const { calls } = fakeBff({
      'PUT /api/regions/cn-hangzhou/nat-gateways/ngw-1/deletion-protection': () => ({}),
    });
    renderWithApp(<FindingsList inventory={inventory} />, { session: OPERATOR });
    fireEvent.click(screen.getByRole('button', { name: 'Turn on deletion protection' }));
    const dialog = await screen.findByRole('dialog', { name: 'Apply the fix?' });
    expect(dialog.textContent).toContain('egress (cn-hangzhou)');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Apply fix' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT');
    expect(JSON.parse(String(put?.init.body))).toEqual({ enabled: true });
  });
});
