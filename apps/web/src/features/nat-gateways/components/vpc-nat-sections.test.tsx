import '../../../testing/setup';
import type { FullNatEntry, NatIp, NatIpCidr } from '@gc/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, OPERATOR, renderWithApp } from '../../../testing/render';
import { natGatewayFixture } from '../testing/nat-gateway.fixture';
import { NatGatewayDetail } from './nat-gateway-detail';

const GW = '/api/regions/cn-hangzhou/nat-gateways/ngw-test1';
const cidr = (o: Partial<NatIpCidr>): NatIpCidr => ({
  id: 'vpcnatcidr-1',
  natGatewayId: 'ngw-test1',
  cidr: '10.0.0.0/24',
  name: '',
  description: '',
  status: 'Available',
  isDefault: true,
  creationTime: '2026-01-01T08:00Z',
  ...o,
});
const natIp = (o: Partial<NatIp>): NatIp => ({
  id: 'vpcnatip-1',
  natGatewayId: 'ngw-test1',
  ip: '10.0.0.5',
  cidr: '10.0.0.0/24',
  name: '',
  description: '',
  status: 'Available',
  isDefault: true,
  ...o,
});
const fullNat: FullNatEntry = {
  id: 'fullnat-1',
  fullNatTableId: 'fulltb-1',
  name: 'erp-reverse',
  description: '',
  status: 'Available',
  ipProtocol: 'TCP',
  natIp: '192.168.50.11',
  natIpPort: '8080',
  accessIp: '10.10.10.50',
  accessDomain: '',
  accessPort: '80',
  networkInterfaceId: 'eni-1',
  creationTime: '2026-01-01T08:00:00Z',
};
const CIDRS = [
  cidr({}),
  cidr({ id: 'vpcnatcidr-2', cidr: '192.168.50.0/24', name: 'idc', isDefault: false }),
];
const IPS = [
  natIp({}),
  natIp({
    id: 'vpcnatip-2',
    ip: '192.168.50.11',
    cidr: '192.168.50.0/24',
    name: 'idc-ip',
    isDefault: false,
  }),
];

function renderVpcNat(session: typeof OPERATOR, ips: NatIp[] = IPS) {
  const bff = fakeBff({
    [`GET ${GW}`]: () => natGatewayFixture({ networkType: 'intranet', eips: [] }),
    [`GET ${GW}/nat-ip-cidrs`]: () => ({ items: CIDRS }),
    [`GET ${GW}/nat-ips`]: () => ({ items: ips }),
    [`GET ${GW}/fullnat-entries`]: () => ({ items: [fullNat] }),
    [`GET ${GW}/snat-entries`]: () => ({ items: [] }),
    [`GET ${GW}/dnat-entries`]: () => ({ items: [] }),
    [`POST ${GW}/nat-ip-cidrs`]: () => ({ status: 201, body: cidr({ id: 'vpcnatcidr-3' }) }),
    [`POST ${GW}/fullnat-entries`]: () => ({ status: 201, body: fullNat }),
  });
  renderWithApp(<NatGatewayDetail regionId="cn-hangzhou" id="ngw-test1" />, { session });
  return bff;
}
const posts = (bff: ReturnType<typeof fakeBff>) =>
  bff.calls
    .filter((c) => c.method === 'POST')
    .map((c) => [c.url.pathname, JSON.parse(String(c.init.body)) as unknown]);

afterEach(() => vi.unstubAllGlobals());

describe('VPC NAT sections', () => {
  it('lists blocks, NAT IPs and FULLNAT entries instead of EIPs; the defaults cannot go', async () => {
    renderVpcNat(OPERATOR);
    const blocks = await screen.findByRole('table', { name: 'NAT IP CIDR blocks' });
    expect(within(blocks).getByText('192.168.50.0/24')).toBeTruthy();
    const ips = await screen.findByRole('table', { name: 'NAT IPs' });
    expect(within(ips).getByText('idc-ip')).toBeTruthy();
    const entries = await screen.findByRole('table', { name: 'FULLNAT entries' });
    expect(within(entries).getByText('TCP 192.168.50.11:8080 → 10.10.10.50:80')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Bound EIPs' })).toBeNull();
    const kept = screen.getByRole('button', { name: /default block .* cannot be deleted/ });
    expect(kept).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Delete NAT IP 10.0.0.5' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByRole('button', { name: 'Delete NAT IP idc-ip' })).toHaveProperty(
      'disabled',
      false,
    );
  });

  it('refuses a malformed block on its field and sends a valid one', async () => {
    const bff = renderVpcNat(OPERATOR);
    fireEvent.click(await screen.findByRole('button', { name: 'Add NAT CIDR block' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add NAT CIDR block' });
    const field = within(dialog).getByRole('textbox', { name: /CIDR block/ });
    fireEvent.change(field, { target: { value: '192.168.60.0/33' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(posts(bff)).toEqual([]);
    fireEvent.change(field, { target: { value: '192.168.60.0/24' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), {
      target: { value: 'idc-2' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(posts(bff)).toHaveLength(1));
    expect(posts(bff)[0]).toEqual([
      `${GW}/nat-ip-cidrs`,
      { cidr: '192.168.60.0/24', name: 'idc-2' },
    ]);
  });

  it('asks a FULLNAT entry for a backend before sending it', async () => {
    const bff = renderVpcNat(OPERATOR);
    fireEvent.click(await screen.findByRole('button', { name: 'Add FULLNAT entry' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add FULLNAT entry' });
    const natIpSelect = within(dialog).getByRole('combobox', { name: /^NAT IP/ });
    await within(natIpSelect).findByRole('option', { name: '192.168.50.11 (idc-ip)' });
    fireEvent.change(natIpSelect, { target: { value: '192.168.50.11' } });
    const fill = (name: RegExp, value: string) =>
      fireEvent.change(within(dialog).getByRole('textbox', { name }), { target: { value } });
    fill(/^NAT IP port/, '9090');
    fill(/^Backend port/, '443');
    fill(/^Reverse endpoint ENI/, 'eni-abc');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    const backend = within(dialog).getByRole('textbox', { name: /^Backend IP/ });
    await waitFor(() => expect(backend.getAttribute('aria-invalid')).toBe('true'));
    expect(posts(bff)).toEqual([]);
    fill(/^Backend IP/, '10.10.10.60');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(posts(bff)).toHaveLength(1));
    expect(posts(bff)[0]).toEqual([
      `${GW}/fullnat-entries`,
      {
        ipProtocol: 'TCP',
        natIp: '192.168.50.11',
        natIpPort: '9090',
        accessIp: '10.10.10.60',
        accessPort: '443',
        networkInterfaceId: 'eni-abc',
      },
    ]);
  });

  it('names NAT IPs, not EIPs, in the SNAT and DNAT forms', async () => {
    renderVpcNat(OPERATOR, []);
    fireEvent.click(await screen.findByRole('button', { name: 'Add SNAT entry' }));
    const snat = await screen.findByRole('dialog', { name: 'Add SNAT entry' });
    expect(await within(snat).findByText('Add a NAT IP to the gateway first.')).toBeTruthy();
    expect(within(snat).queryByText(/EIP/)).toBeNull();
    fireEvent.click(within(snat).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add DNAT entry' }));
    const dnat = await screen.findByRole('dialog', { name: 'Add DNAT entry' });
    expect(within(dnat).getByRole('combobox', { name: /^NAT IP/ })).toBeTruthy();
    expect(within(dnat).getByRole('option', { name: 'Choose a NAT IP' })).toBeTruthy();
    expect(within(dnat).queryByText(/EIP/)).toBeNull();
  });

  it('gives an auditor the lists and no control that changes them', async () => {
    renderVpcNat(AUDITOR);
    await screen.findByRole('table', { name: 'FULLNAT entries' });
    expect(screen.getByText('idc-ip')).toBeTruthy();
    const writes = screen.queryAllByRole('button', { name: /^(Add|Edit|Delete) / });
    expect(writes.map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([]);
  });
});
