import '../../../testing/setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderWithApp } from '../../../testing/render';
import {
  connectionFixture,
  customerGatewayFixture,
  vpnGatewayFixture,
} from '../testing/vpn.fixture';
import { CreateVpnConnectionModal } from './create-vpn-connection-modal';

const R = '/api/regions/cn-hangzhou';

function setup() {
  const bodies: unknown[] = [];
  const headers: Headers[] = [];
  const bff = fakeBff({
    [`GET ${R}/customer-gateways`]: () => ({ items: [customerGatewayFixture()] }),
    [`GET ${R}/vpcs`]: () => ({
      items: [
        {
          id: 'vpc-test1',
          name: 'prod',
          cidrBlock: '10.0.0.0/16',
          status: 'Available',
          isDefault: false,
          description: '',
          regionId: 'cn-hangzhou',
          vSwitchIds: [],
          natGatewayIds: [],
          tags: [],
        },
      ],
    }),
    [`POST ${R}/vpn-connections`]: (init) => {
      bodies.push(JSON.parse(String(init.body)));
      headers.push(new Headers(init.headers));
      return { status: 201, body: connectionFixture() };
    },
    [`GET ${R}/vpn-gateways/vpn-test1`]: () => vpnGatewayFixture(),
    [`GET ${R}/vpn-connections`]: () => ({ items: [] }),
  });
  const onClose = vi.fn();
  renderWithApp(<CreateVpnConnectionModal gateway={vpnGatewayFixture()} onClose={onClose} />);
  return { bff, bodies, headers, onClose };
}

const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;

afterEach(() => vi.unstubAllGlobals());

describe('CreateVpnConnectionModal', () => {
  it('generates a masked key and keeps IKE/IPsec settings hidden until asked', async () => {
    setup();
    const key = await screen.findByLabelText(/^Pre-shared key/, { selector: 'input' });
    expect(key.getAttribute('type')).toBe('password');
    expect((key as HTMLInputElement).value).toMatch(/^[A-Za-z0-9]{24}$/);
    expect(screen.queryByRole('combobox', { name: 'IKE version' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show advanced IKE and IPsec settings' }));
    expect((screen.getByRole('combobox', { name: 'IKE version' }) as HTMLSelectElement).value).toBe(
      'ikev1',
    );
  });

  it('puts a bad subnet error on its field and sends nothing', async () => {
    const { bodies } = setup();
    await screen.findByRole('option', { name: /Shanghai office/ });
    fireEvent.change(screen.getByRole('combobox', { name: /Customer gateway/ }), {
      target: { value: 'cgw-test1' },
    });
    fireEvent.change(field('Remote subnets (office side)'), {
      target: { value: '192.168.1.1/24' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create connection' }));
    expect(await screen.findByText(/"192\.168\.1\.1\/24" is not one/)).toBeTruthy();
    expect(field('Remote subnets (office side)').getAttribute('aria-invalid')).toBe('true');
    expect(bodies).toEqual([]);
  });

  it('sends the key, the VPC CIDR as local subnet and an Idempotency-Key', async () => {
    const { bodies, headers, onClose } = setup();
    await screen.findByRole('option', { name: /Shanghai office/ });
    await waitFor(() => expect(field('Local subnets (VPC side)').value).toBe('10.0.0.0/16'));
    fireEvent.change(screen.getByRole('combobox', { name: /Customer gateway/ }), {
      target: { value: 'cgw-test1' },
    });
    fireEvent.change(field('Remote subnets (office side)'), {
      target: { value: '192.168.9.0/24' },
    });
    const key = screen.getByLabelText(/^Pre-shared key/, { selector: 'input' });
    fireEvent.change(key, { target: { value: 'my-own-Key!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create connection' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(bodies[0]).toMatchObject({
      vpnGatewayId: 'vpn-test1',
      customerGatewayId: 'cgw-test1',
      localSubnet: '10.0.0.0/16',
      remoteSubnet: '192.168.9.0/24',
      psk: 'my-own-Key!',
      ikeConfig: { ikeVersion: 'ikev1', ikePfs: 'group2', ikeLifetime: 86400 },
    });
    expect(headers[0]?.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
