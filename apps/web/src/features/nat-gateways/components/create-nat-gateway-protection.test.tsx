import '../../../testing/setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderWithApp } from '../../../testing/render';
import { CreateNatGatewayModal } from './create-nat-gateway-modal';

const BASE = '/api/regions/cn-hangzhou';
const vpc = {
  id: 'vpc-a1',
  name: 'pay',
  cidrBlock: '10.0.0.0/8',
  status: 'Available',
  isDefault: false,
  description: '',
  regionId: 'cn-hangzhou',
  vSwitchIds: ['vsw-j', 'vsw-k'],
  natGatewayIds: [],
  tags: [],
};
const vSwitch = (id: string, zoneId: string) => ({
  id,
  name: id,
  cidrBlock: '10.0.1.0/24',
  vpcId: 'vpc-a1',
  zoneId,
  status: 'Available',
  availableIpAddressCount: 250,
  description: '',
});

afterEach(() => vi.unstubAllGlobals());

function renderCreate() {
  const bff = fakeBff({
    [`GET ${BASE}/vpcs`]: () => ({ items: [vpc] }),
    [`GET ${BASE}/vpcs/vpc-a1/vswitches`]: () => ({
      items: [vSwitch('vsw-j', 'cn-hangzhou-j'), vSwitch('vsw-k', 'cn-hangzhou-k')],
    }),
    [`GET ${BASE}/nat-gateways/available-zones`]: () => ({
      items: [{ zoneId: 'cn-hangzhou-j', zoneName: 'Hangzhou Zone J' }],
    }),
    [`POST ${BASE}/nat-gateways`]: () => ({ status: 201, body: { id: 'ngw-new1' } }),
  });
  renderWithApp(<CreateNatGatewayModal regionId="cn-hangzhou" onClose={() => undefined} />);
  return bff;
}

describe('CreateNatGatewayModal zones and protection', () => {
  it('disables vSwitches in zones without NAT gateways and says why, asking in the UI language', async () => {
    const bff = renderCreate();
    await screen.findByRole('option', { name: /pay \(vpc-a1\)/ });
    fireEvent.change(screen.getByLabelText('VPC', { exact: false, selector: 'select' }), {
      target: { value: 'vpc-a1' },
    });
    const k = await screen.findByRole('option', { name: /vsw-k .*no enhanced NAT gateway/ });
    expect((k as HTMLOptionElement).disabled).toBe(true);
    const j = screen.getByRole('option', { name: /vsw-j/ });
    expect((j as HTMLOptionElement).disabled).toBe(false);
    const select = screen.getByLabelText('vSwitch', { exact: false, selector: 'select' });
    const hint = document.getElementById(
      (select.getAttribute('aria-describedby') ?? '').split(' ')[0] ?? '',
    );
    expect(hint?.textContent).toContain('sold only in Hangzhou Zone J');
    const zones = bff.calls.find((c) => c.url.pathname.endsWith('/available-zones'));
    expect(zones?.url.searchParams.get('lang')).toBe('en');
  });

  it('sends deletionProtection when the option is ticked, and says the BFF enables it after', async () => {
    const bff = renderCreate();
    await screen.findByRole('option', { name: /pay \(vpc-a1\)/ });
    fireEvent.change(screen.getByLabelText('VPC', { exact: false, selector: 'select' }), {
      target: { value: 'vpc-a1' },
    });
    await screen.findByRole('option', { name: /vsw-j/ });
    fireEvent.change(screen.getByLabelText('vSwitch', { exact: false, selector: 'select' }), {
      target: { value: 'vsw-j' },
    });
    fireEvent.change(screen.getByLabelText('Name', { exact: false, selector: 'input' }), {
      target: { value: 'pay-gw' },
    });
    const option = screen.getByRole('checkbox', { name: 'Deletion protection' });
    expect(screen.getByText(/creates the gateway, then turns protection on/)).toBeTruthy();
    fireEvent.click(option);
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(bff.calls.some((c) => c.method === 'POST')).toBe(true));
    const post = bff.calls.find((c) => c.method === 'POST');
    expect(JSON.parse(String(post?.init.body))).toMatchObject({
      vSwitchId: 'vsw-j',
      deletionProtection: true,
    });
  });
});
