import '../../../testing/setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, OPERATOR, renderWithApp } from '../../../testing/render';
import { connectionFixture, vpnGatewayFixture } from '../testing/vpn.fixture';
import { VpnRoutesSection } from './vpn-routes-section';

const GW = '/api/regions/cn-hangzhou/vpn-gateways/vpn-test1';
const route = {
  vpnGatewayId: 'vpn-test1',
  destination: '172.31.0.0/16',
  nextHop: 'vco-test1',
  weight: 100,
  state: 'published',
  creationTime: '2026-03-01T00:00:00.000Z',
};
const policy = { ...route, source: '10.10.3.0/24', weight: 0, priority: 5, state: 'normal' };
const KEY = '172.31.0.0/16 via vco-test1, weight 100';
const PBR_KEY = '10.10.3.0/24 → 172.31.0.0/16 via vco-test1, weight 0, priority 5';

function renderSection(session: typeof OPERATOR, dual = false) {
  const bff = fakeBff({
    [`GET ${GW}/route-entries`]: () => ({ items: [route] }),
    [`GET ${GW}/policy-routes`]: () => ({ items: [policy] }),
    [`DELETE ${GW}/route-entries`]: () => ({ status: 204 }),
    [`POST ${GW}/route-entries/publish`]: () => ({ status: 204 }),
    [`PATCH ${GW}/policy-routes`]: () => ({ status: 204 }),
  });
  const gateway = vpnGatewayFixture(dual ? { disasterRecoveryInternetIp: '47.96.1.2' } : {});
  renderWithApp(<VpnRoutesSection gateway={gateway} connections={[connectionFixture()]} />, {
    session,
  });
  return bff;
}
const bodyOf = (bff: ReturnType<typeof fakeBff>, method: string) =>
  JSON.parse(String(bff.calls.find((c) => c.method === method)?.init.body)) as unknown;

afterEach(() => vi.unstubAllGlobals());

describe('VpnRoutesSection', () => {
  it('shows both tables, says routes have no IDs, and links the next hop to its connection', async () => {
    renderSection(OPERATOR);
    const dest = await screen.findByRole('table', { name: 'Destination routes' });
    expect(within(dest).getByText('Published to the VPC')).toBeTruthy();
    const link = within(dest).getByRole('link', { name: 'to-office' });
    expect(link.getAttribute('href')).toBe(
      '/regions/cn-hangzhou/vpn-gateways/vpn-test1/connections/vco-test1',
    );
    const pbr = await screen.findByRole('table', { name: 'Policy-based routes' });
    expect(within(pbr).getByText('10.10.3.0/24')).toBeTruthy();
    expect(within(pbr).getByText('0 (standby)')).toBeTruthy();
    expect(screen.getByText(/A route is identified by its destination/)).toBeTruthy();
  });

  it('deletes a route by its full key, shown in the confirmation', async () => {
    const bff = renderSection(OPERATOR);
    await screen.findByRole('table', { name: 'Destination routes' });
    fireEvent.click(screen.getByRole('button', { name: `Delete route ${KEY}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete route' });
    expect(within(dialog).getByText(new RegExp(KEY))).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(bff.calls.some((c) => c.method === 'DELETE')).toBe(true));
    expect(bodyOf(bff, 'DELETE')).toEqual({
      destination: '172.31.0.0/16',
      nextHop: 'vco-test1',
      weight: 100,
    });
  });

  it('withdraws a published route and changes a policy route priority', async () => {
    const bff = renderSection(OPERATOR);
    await screen.findByRole('table', { name: 'Destination routes' });
    fireEvent.click(screen.getByRole('button', { name: `Withdraw route ${KEY} from the VPC` }));
    await waitFor(() => expect(bff.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(bodyOf(bff, 'POST')).toEqual({
      destination: '172.31.0.0/16',
      nextHop: 'vco-test1',
      routeType: 'dbr',
      publish: false,
    });
    fireEvent.click(screen.getByRole('button', { name: `Change route ${PBR_KEY}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Change a route' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'New priority' }), {
      target: { value: '2' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bff.calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(bodyOf(bff, 'PATCH')).toEqual({
      source: '10.10.3.0/24',
      destination: '172.31.0.0/16',
      nextHop: 'vco-test1',
      weight: 0,
      priority: 5,
      newPriority: 2,
    });
  });

  it('hides weight changes of destination routes on a dual-tunnel gateway', async () => {
    renderSection(OPERATOR, true);
    await screen.findByRole('table', { name: 'Destination routes' });
    expect(screen.getByText(/dual-tunnel gateway: weights have no effect/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: `Change route ${KEY}` })).toBeNull();
    expect(screen.getByRole('button', { name: `Change route ${PBR_KEY}` })).toBeTruthy();
  });

  it('shows auditors the routes without any write control', async () => {
    renderSection(AUDITOR);
    const dest = await screen.findByRole('table', { name: 'Destination routes' });
    await screen.findByRole('table', { name: 'Policy-based routes' });
    expect(within(dest).getByText('172.31.0.0/16')).toBeTruthy();
    for (const name of [/^Delete route/, /^Withdraw route/, /^Publish route/, /^Change route/])
      expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add destination route' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add policy route' })).toBeNull();
  });
});
