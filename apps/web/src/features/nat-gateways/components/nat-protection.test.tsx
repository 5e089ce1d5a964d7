import '../../../testing/setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, OPERATOR, renderWithApp } from '../../../testing/render';
import { dnatFixture, eipFixture, snatFixture } from '../testing/nat-entries.fixture';
import { natGatewayFixture } from '../testing/nat-gateway.fixture';
import { NatGatewayDetail } from './nat-gateway-detail';

const REGION = '/api/regions/cn-hangzhou';
const GW = `${REGION}/nat-gateways/ngw-test1`;
const attribute = {
  id: 'ngw-test1',
  deletionProtection: true,
  businessStatus: 'Normal',
  billing: { instanceChargeType: 'PostPaid', internetChargeType: 'PayByLcu', spec: '' },
  privateNetwork: {
    networkInterfaceId: 'eni-gw1',
    zoneId: 'cn-hangzhou-h',
    vSwitchId: 'vsw-test1',
    privateIpAddress: '10.0.0.5',
    maxBandwidthMbps: 5000,
  },
  accessMode: { modeValue: 'route', tunnelType: '' },
  privateLinkEnabled: false,
  snatEntryCount: 1,
  forwardEntryCount: 1,
  fullNatEntryCount: 0,
  ips: [],
  associatedNetworkInterfaces: [],
};

/** The detail page over a BFF whose protection flags change with each PUT, as the real one does. */
function renderDetail(session: typeof OPERATOR, protectedAtStart: boolean) {
  let gateway = natGatewayFixture({ deletionProtection: protectedAtStart });
  let eip: typeof eipFixture & { deletionProtection?: boolean } = { ...eipFixture };
  const bff = fakeBff({
    [`GET ${GW}`]: () => gateway,
    [`GET ${GW}/attribute`]: () => ({
      ...attribute,
      deletionProtection: gateway.deletionProtection,
    }),
    [`GET ${GW}/eips`]: () => ({ items: [eip] }),
    [`GET ${GW}/snat-entries`]: () => ({ items: [snatFixture] }),
    [`GET ${GW}/dnat-entries`]: () => ({ items: [dnatFixture] }),
    [`PUT ${GW}/deletion-protection`]: (init) => {
      const { enabled } = JSON.parse(String(init.body)) as { enabled: boolean };
      gateway = { ...gateway, deletionProtection: enabled };
      return gateway;
    },
    [`PUT ${REGION}/eips/eip-1/deletion-protection`]: (init) => {
      const { enabled } = JSON.parse(String(init.body)) as { enabled: boolean };
      eip = { ...eipFixture, ...(enabled ? { deletionProtection: true } : {}) };
      return eip;
    },
  });
  renderWithApp(<NatGatewayDetail regionId="cn-hangzhou" id="ngw-test1" />, { session });
  return bff;
}
const puts = (bff: ReturnType<typeof fakeBff>) =>
  bff.calls
    .filter((c) => c.method === 'PUT')
    .map((c) => [c.url.pathname, JSON.parse(String(c.init.body)) as unknown]);

afterEach(() => vi.unstubAllGlobals());

describe('NAT deletion protection', () => {
  it('shows the attributes only GetNatGatewayAttribute has', async () => {
    renderDetail(OPERATOR, false);
    expect(await screen.findByText('eni-gw1')).toBeTruthy();
    expect(screen.getByText('Route mode')).toBeTruthy();
    expect(screen.getByText('Billing status')).toBeTruthy();
  });

  it('refuses delete up front while protected, naming the switch; off again, delete is offered', async () => {
    const bff = renderDetail(OPERATOR, true);
    const toggle = await screen.findByRole('switch', { name: 'Deletion protection' });
    expect((toggle as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const refusal = await screen.findByRole('dialog');
    expect(within(refusal).getByRole('alert').textContent).toContain(
      'turn off the “Deletion protection” switch',
    );
    expect(within(refusal).queryByRole('button', { name: 'Delete' })).toBeNull();
    fireEvent.click(within(refusal).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(toggle);
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(false));
    expect(puts(bff)).toEqual([[`${GW}/deletion-protection`, { enabled: false }]]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getByRole('button', { name: 'Delete' })).toBeTruthy();
  });

  it('protects and unprotects a bound EIP from its row', async () => {
    const bff = renderDetail(OPERATOR, false);
    const toggle = await screen.findByRole('switch', {
      name: 'Deletion protection of EIP 47.96.1.1',
    });
    fireEvent.click(toggle);
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(true));
    fireEvent.click(toggle);
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(false));
    expect(puts(bff)).toEqual([
      [`${REGION}/eips/eip-1/deletion-protection`, { enabled: true }],
      [`${REGION}/eips/eip-1/deletion-protection`, { enabled: false }],
    ]);
  });

  it('shows auditors the protection state with no switch', async () => {
    renderDetail(AUDITOR, true);
    await screen.findByRole('table', { name: 'Bound EIPs' });
    expect(screen.queryAllByRole('switch')).toHaveLength(0);
    const term = screen.getByText('Deletion protection', { selector: 'dt' });
    expect(term.nextElementSibling?.textContent).toBe('On');
  });
});
