import '../../../testing/setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderWithApp } from '../../../testing/render';
import {
  customerGatewayFixture,
  dualConnectionFixture,
  vpnGatewayFixture,
} from '../testing/vpn.fixture';
import { DualConnectionModal } from './dual-connection-modal';

const R = '/api/regions/cn-hangzhou';
const gateway = vpnGatewayFixture({ disasterRecoveryInternetIp: '47.96.0.11' });

function setup(opts: { editing?: boolean; busy?: boolean } = {}) {
  const bodies: unknown[] = [];
  let calls = 0;
  fakeBff({
    [`GET ${R}/customer-gateways`]: () => ({
      items: [
        customerGatewayFixture(),
        customerGatewayFixture({
          id: 'cgw-test2',
          name: 'Backup office',
          ipAddress: '203.0.113.20',
        }),
      ],
    }),
    [`GET ${R}/vpcs`]: () => ({ items: [] }),
    [`POST ${R}/vpn-connections`]: (init) => {
      bodies.push(JSON.parse(String(init.body)));
      return { status: 201, body: dualConnectionFixture() };
    },
    [`PATCH ${R}/vpn-connections/vco-dual1`]: (init) => {
      bodies.push(JSON.parse(String(init.body)));
      calls += 1;
      if (opts.busy && calls === 1)
        return {
          status: 409,
          body: { error: { code: 'VpnGateway.Configuring', message: 'busy', requestId: 'RID-9' } },
        };
      return { status: 200, body: dualConnectionFixture() };
    },
    [`GET ${R}/vpn-gateways/vpn-test1`]: () => gateway,
    [`GET ${R}/vpn-connections`]: () => ({ items: [] }),
  });
  const onClose = vi.fn();
  renderWithApp(
    <DualConnectionModal
      gateway={gateway}
      {...(opts.editing ? { connection: dualConnectionFixture() } : {})}
      onClose={onClose}
    />,
  );
  return { bodies, onClose };
}

const group = (name: string) => screen.getByRole('group', { name });

afterEach(() => vi.unstubAllGlobals());

describe('DualConnectionModal', () => {
  it('creates a master and a slave, each with its customer gateway, masked key and BGP CIDR', async () => {
    const { bodies, onClose } = setup();
    await screen.findAllByRole('option', { name: /Backup office/ });
    const master = within(group('Master tunnel'));
    const slave = within(group('Slave tunnel'));
    expect(
      master.getByLabelText(/^Pre-shared key/, { selector: 'input' }).getAttribute('type'),
    ).toBe('password');
    fireEvent.change(master.getByRole('combobox', { name: /Customer gateway/ }), {
      target: { value: 'cgw-test1' },
    });
    fireEvent.change(slave.getByRole('combobox', { name: /Customer gateway/ }), {
      target: { value: 'cgw-test2' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Remote subnets/ }), {
      target: { value: '192.168.9.0/24' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Local subnets/ }), {
      target: { value: '10.0.0.0/16' },
    });
    fireEvent.click(screen.getByRole('switch', { name: /BGP on the tunnels/ }));
    fireEvent.change(slave.getByRole('textbox', { name: /Tunnel CIDR/ }), {
      target: { value: '169.254.3.0/30' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create connection' }));
    expect(await screen.findByText(/Must be a \/30 inside 169\.254\.0\.0\/16/)).toBeTruthy();
    expect(bodies).toEqual([]);
    fireEvent.change(slave.getByRole('textbox', { name: /Tunnel CIDR/ }), {
      target: { value: '169.254.21.0/30' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create connection' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(bodies[0]).toMatchObject({
      vpnGatewayId: 'vpn-test1',
      enableTunnelsBgp: true,
      tunnels: [
        {
          role: 'master',
          customerGatewayId: 'cgw-test1',
          bgpConfig: { tunnelCidr: '169.254.10.0/30' },
        },
        {
          role: 'slave',
          customerGatewayId: 'cgw-test2',
          bgpConfig: { tunnelCidr: '169.254.21.0/30' },
        },
      ],
    });
    expect(JSON.stringify(bodies[0])).not.toContain('customerGatewayId":""');
    expect((bodies[0] as { tunnels: { psk: string }[] }).tunnels[0]?.psk).toMatch(
      /^[A-Za-z0-9]{24}$/,
    );
  });

  it('edits: the create form filled, keys empty (kept), busy gateway explained with a retry', async () => {
    const { bodies, onClose } = setup({ editing: true, busy: true });
    const remote = await screen.findByRole('textbox', { name: /Remote subnets/ });
    expect((remote as HTMLInputElement).value).toBe('192.168.1.0/24');
    const key = within(group('Master tunnel')).getByLabelText(/^Pre-shared key/, {
      selector: 'input',
    }) as HTMLInputElement;
    expect(key.value).toBe('');
    fireEvent.change(remote, { target: { value: '192.168.1.0/24,192.168.2.0/24' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/applies one change at a time/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(bodies[1]).toMatchObject({
      remoteSubnet: '192.168.1.0/24,192.168.2.0/24',
      tunnels: [
        { id: 'tun-master1', role: 'master' },
        { id: 'tun-slave1', role: 'slave' },
      ],
    });
    expect(JSON.stringify(bodies[1])).not.toContain('"psk"');
  });
});
