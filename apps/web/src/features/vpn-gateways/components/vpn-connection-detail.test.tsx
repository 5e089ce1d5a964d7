import '../../../testing/setup';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, OPERATOR, renderWithApp } from '../../../testing/render';
import {
  customerGatewayFixture,
  dualConnectionFixture,
  tunnelFixture,
  vpnGatewayFixture,
} from '../testing/vpn.fixture';
import { VpnConnectionDetail } from './vpn-connection-detail';

const R = '/api/regions/cn-hangzhou';

function setup(failedOver: boolean, role: 'operator' | 'auditor' = 'operator') {
  const master = tunnelFixture({
    status: failedOver ? 'ike_sa_not_established' : 'ipsec_sa_established',
  });
  const slave = tunnelFixture({
    id: 'tun-slave1',
    role: 'slave',
    index: 2,
    zoneId: 'cn-hangzhou-j',
    internetIp: '47.96.0.11',
  });
  const conn = dualConnectionFixture({
    tunnels: [master, slave],
    activeTunnelId: failedOver ? slave.id : master.id,
  });
  fakeBff({
    [`GET ${R}/vpn-connections/vco-dual1`]: () => conn,
    [`GET ${R}/vpn-gateways/vpn-test1`]: () =>
      vpnGatewayFixture({ disasterRecoveryInternetIp: '47.96.0.11' }),
    [`GET ${R}/customer-gateways`]: () => ({ items: [customerGatewayFixture()] }),
  });
  renderWithApp(
    <VpnConnectionDetail regionId="cn-hangzhou" vpnGatewayId="vpn-test1" id="vco-dual1" />,
    { session: role === 'auditor' ? AUDITOR : OPERATOR },
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('VpnConnectionDetail', () => {
  it('shows both tunnels with role, zone, IP and which one carries traffic', async () => {
    setup(false);
    const table = await screen.findByRole('table', { name: 'Tunnels' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      'Mastertun-master1',
      'Slavetun-slave1',
    ]);
    expect(within(rows[0] as HTMLElement).getByText('cn-hangzhou-k')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('47.96.0.11')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('Carries traffic')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Standby')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy();
  });

  it('shows the failover: master down, slave carrying; an auditor has no edit control', async () => {
    setup(true, 'auditor');
    const table = await screen.findByRole('table', { name: 'Tunnels' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0] as HTMLElement).getByText('Down')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Carries traffic')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
  });
});
