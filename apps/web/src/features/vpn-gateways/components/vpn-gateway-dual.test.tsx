import '../../../testing/setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderWithApp } from '../../../testing/render';
import { vpnGatewayFixture } from '../testing/vpn.fixture';
import { CreateVpnGatewayModal } from './create-vpn-gateway-modal';
import { DeleteVpnGatewayModal } from './delete-vpn-gateway-modal';
import { VPN_ATTRIBUTES } from './vpn-gateway-attributes';
import { AttributesGrid } from '../../../components/ui/detail-page/attributes-grid';

const R = '/api/regions/cn-hangzhou';
const vsw = (id: string, zoneId: string) => ({
  id,
  name: id,
  cidrBlock: '10.0.0.0/24',
  vpcId: 'vpc-a1',
  zoneId,
  status: 'Available',
  availableIpAddressCount: 200,
  description: '',
});
const vpc = {
  id: 'vpc-a1',
  name: 'pay',
  cidrBlock: '10.0.0.0/16',
  status: 'Available',
  isDefault: false,
  description: '',
  regionId: 'cn-hangzhou',
  vSwitchIds: [],
  natGatewayIds: [],
  tags: [],
};
const SWITCHES = [
  vsw('vsw-j', 'cn-hangzhou-j'),
  vsw('vsw-j2', 'cn-hangzhou-j'),
  vsw('vsw-k', 'cn-hangzhou-k'),
];

afterEach(() => vi.unstubAllGlobals());

function setupCreate() {
  const bodies: unknown[] = [];
  const zoneQueries: string[] = [];
  fakeBff({
    [`GET ${R}/vpcs`]: () => ({ items: [vpc] }),
    [`GET ${R}/vpcs/vpc-a1/vswitches`]: () => ({ items: SWITCHES }),
    [`GET ${R}/vpn-gateways/available-zones`]: (_init, url) => {
      zoneQueries.push(url.search);
      // The largest spec is not sold in zone k.
      const ids = url.searchParams.get('spec') === '1000M' ? ['j'] : ['j', 'k'];
      return {
        items: ids.map((z) => ({
          zoneId: `cn-hangzhou-${z}`,
          zoneName: `Hangzhou Zone ${z.toUpperCase()}`,
        })),
      };
    },
    [`POST ${R}/vpn-gateways`]: (init) => {
      bodies.push(JSON.parse(String(init.body)));
      return { status: 201, body: vpnGatewayFixture({ tunnelMode: 'dual' }) };
    },
  });
  renderWithApp(<CreateVpnGatewayModal regionId="cn-hangzhou" onClose={vi.fn()} />);
  return { bodies, zoneQueries };
}

const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const optionOf = (name: string, value: string) =>
  within(select(name))
    .getAllByRole('option')
    .find((o) => (o as HTMLOptionElement).value === value) as HTMLOptionElement;

describe('create form: two vSwitches in two zones', () => {
  it('explains why, offers the second vSwitch in another zone only, and sends both', async () => {
    const { bodies, zoneQueries } = setupCreate();
    expect(await screen.findByText(/Zone-level disaster recovery/)).toBeTruthy();
    await waitFor(() => expect(select('VPC').options.length).toBe(2));
    fireEvent.change(select('VPC'), { target: { value: 'vpc-a1' } });
    await waitFor(() => expect(optionOf('vSwitch', 'vsw-k')).toBeTruthy());
    await waitFor(() =>
      expect(optionOf('vSwitch', 'vsw-k').textContent).toContain('Hangzhou Zone K'),
    );
    fireEvent.change(select('vSwitch'), { target: { value: 'vsw-j' } });
    const second = 'Second vSwitch (other zone)';
    expect(optionOf(second, 'vsw-j2').disabled).toBe(true);
    expect(optionOf(second, 'vsw-j2').textContent).toContain('same zone as the first');
    expect(optionOf(second, 'vsw-k').disabled).toBe(false);
    fireEvent.change(select('Bandwidth'), { target: { value: '1000' } });
    await waitFor(() => expect(optionOf(second, 'vsw-k').disabled).toBe(true));
    expect(optionOf(second, 'vsw-k').textContent).toContain('zone does not offer this bandwidth');
    expect(zoneQueries.some((q) => q.includes('spec=1000M'))).toBe(true);
    fireEvent.change(select('Bandwidth'), { target: { value: '10' } });
    await waitFor(() => expect(optionOf(second, 'vsw-k').disabled).toBe(false));
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), {
      target: { value: 'dual-vpn' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(
      await screen.findByText('This region creates dual-tunnel gateways: choose a second vSwitch.'),
    ).toBeTruthy();
    fireEvent.change(select(second), { target: { value: 'vsw-k' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({ vSwitchId: 'vsw-j', disasterRecoveryVSwitchId: 'vsw-k' });
    expect(bodies[0]).not.toHaveProperty('gatewayType');
  });

  it('hides bandwidth and SSL for an enhanced gateway and sends its type', async () => {
    const { bodies } = setupCreate();
    await waitFor(() => expect(select('VPC').options.length).toBe(2));
    fireEvent.change(select('Gateway type'), { target: { value: 'Enhanced.SiteToSite' } });
    expect(screen.getByText(/IPsec only, public, always dual-tunnel/)).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Bandwidth' })).toBeNull();
    expect(screen.queryByRole('switch', { name: 'SSL-VPN' })).toBeNull();
    fireEvent.change(select('VPC'), { target: { value: 'vpc-a1' } });
    await waitFor(() => expect(optionOf('vSwitch', 'vsw-k')).toBeTruthy());
    fireEvent.change(select('vSwitch'), { target: { value: 'vsw-j' } });
    fireEvent.change(select('Second vSwitch (other zone)'), { target: { value: 'vsw-k' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 's2s' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toMatchObject({
      gatewayType: 'Enhanced.SiteToSite',
      disasterRecoveryVSwitchId: 'vsw-k',
    });
  });
});

describe('dual gateway attributes and delete', () => {
  it('shows tunnel mode, both vSwitches with zones, both IPs and the SSL IP', async () => {
    fakeBff({
      [`GET ${R}/vpcs/vpc-test1/vswitches`]: () => ({
        items: [vsw('vsw-test1', 'cn-hangzhou-j'), vsw('vsw-dr', 'cn-hangzhou-k')],
      }),
    });
    const gw = vpnGatewayFixture({
      tunnelMode: 'dual',
      gatewayType: 'Traditional',
      disasterRecoveryVSwitchId: 'vsw-dr',
      disasterRecoveryInternetIp: '47.96.0.11',
      sslVpnInternetIp: '47.96.0.12',
    });
    renderWithApp(<AttributesGrid resource={gw} items={VPN_ATTRIBUTES} />);
    expect(await screen.findByText('Dual tunnel')).toBeTruthy();
    expect(await screen.findByText('vsw-dr · cn-hangzhou-k')).toBeTruthy();
    expect(screen.getByText('vsw-test1 · cn-hangzhou-j')).toBeTruthy();
    expect(screen.getByText('47.96.0.11')).toBeTruthy();
    expect(screen.getByText('47.96.0.12')).toBeTruthy();
  });

  it('says up front that a subscription within its term cannot be released', () => {
    fakeBff({});
    const gw = vpnGatewayFixture({ chargeType: 'Prepay', endTime: '2099-01-01T00:00:00.000Z' });
    renderWithApp(
      <DeleteVpnGatewayModal gateway={gw} connections={[]} onClose={vi.fn()} onDeleted={vi.fn()} />,
    );
    expect(screen.getByRole('note').textContent).toContain('ForbiddenRelease');
    expect(screen.getByRole('note').textContent).toContain('2099-01-01');
  });
});
