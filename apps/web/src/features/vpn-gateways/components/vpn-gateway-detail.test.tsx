import '../../../testing/setup';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, OPERATOR, renderWithApp } from '../../../testing/render';
import type { IpsecServer } from '@gc/contracts';
import {
  connectionFixture,
  ipsecServerFixture,
  customerGatewayFixture,
  vpnGatewayFixture,
} from '../testing/vpn.fixture';
import { VpnGatewayDetail } from './vpn-gateway-detail';

const R = '/api/regions/cn-hangzhou';
const MUTATING = ['Rename', 'Delete', 'Add IPsec connection', 'Delete IPsec connection vco-test1'];

function renderDetail(
  session: typeof OPERATOR,
  connections = [connectionFixture()],
  ipsecServers: IpsecServer[] = [],
) {
  const bff = fakeBff({
    [`GET ${R}/ssl-vpn-servers`]: () => ({ items: [] }),
    [`GET ${R}/ipsec-servers`]: () => ({ items: ipsecServers }),
    [`GET ${R}/vpn-gateways/vpn-test1`]: () => vpnGatewayFixture(),
    [`GET ${R}/vpn-connections`]: () => ({ items: connections }),
    [`GET ${R}/customer-gateways`]: () => ({
      items: [customerGatewayFixture({ connectionIds: ['vco-test1'] })],
    }),
    [`GET ${R}/vpcs`]: () => ({ items: [] }),
  });
  renderWithApp(<VpnGatewayDetail regionId="cn-hangzhou" id="vpn-test1" />, { session });
  return bff;
}

afterEach(() => vi.unstubAllGlobals());

describe('VpnGatewayDetail', () => {
  it('shows the connections with their tunnel state and the customer gateways they use', async () => {
    renderDetail(OPERATOR);
    const table = await screen.findByRole('table', { name: 'IPsec connections' });
    expect(within(table).getByText('IKE not established')).toBeTruthy();
    expect(within(table).getByText('Shanghai office (203.0.113.10)')).toBeTruthy();
    expect(within(table).getByText('Remote: 192.168.1.0/24')).toBeTruthy();
    const used = screen.getByRole('table', { name: 'Customer gateways in use' });
    expect(within(used).getByText('65010')).toBeTruthy();
    for (const name of MUTATING) expect(screen.getByRole('button', { name }), name).toBeTruthy();
  });

  it('shows auditors the same data with no mutating control, but the peer config', async () => {
    renderDetail(AUDITOR);
    await screen.findByRole('table', { name: 'IPsec connections' });
    for (const name of MUTATING) expect(screen.queryByRole('button', { name }), name).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Download the peer configuration of vco-test1' }),
    ).toBeTruthy();
  });

  it('plans a guarded delete: the connection first, then the gateway', async () => {
    renderDetail(OPERATOR, [connectionFixture(), connectionFixture({ id: 'vco-2', name: 'dr' })]);
    await screen.findByRole('table', { name: 'IPsec connections' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const plan = await screen.findByTestId('delete-plan');
    const steps = within(plan)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(steps).toHaveLength(3);
    expect(steps[0]).toContain('Delete IPsec connection to-office (vco-test1) — waiting');
    expect(steps[1]).toContain('Delete IPsec connection dr (vco-2) — waiting');
    expect(steps[2]).toContain('Delete VPN gateway office-vpn (vpn-test1) — waiting');
    expect(screen.getByRole('button', { name: 'Delete (3 steps)' })).toBeTruthy();
  });

  it('deletes a client-to-site server before the connections: the gateway refuses otherwise', async () => {
    renderDetail(OPERATOR, [connectionFixture()], [ipsecServerFixture()]);
    await screen.findByRole('table', { name: 'IPsec connections' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const plan = await screen.findByTestId('delete-plan');
    const steps = within(plan)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(steps).toHaveLength(3);
    expect(steps[0]).toContain('Delete IPsec server field-staff (iss-test1)');
    expect(steps[1]).toContain('Delete IPsec connection to-office (vco-test1)');
    expect(screen.getByText(/still has 1 client-to-site server/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete (3 steps)' })).toBeTruthy();
  });
});
