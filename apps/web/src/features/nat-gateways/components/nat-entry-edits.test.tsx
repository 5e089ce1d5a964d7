import '../../../testing/setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, OPERATOR, renderWithApp } from '../../../testing/render';
import { dnatFixture, eipFixture, snatFixture } from '../testing/nat-entries.fixture';
import { natGatewayFixture } from '../testing/nat-gateway.fixture';
import { NatGatewayDetail } from './nat-gateway-detail';

const GW = '/api/regions/cn-hangzhou/nat-gateways/ngw-test1';
const eip = { ...eipFixture, name: 'egress', description: 'old' };
const snat = snatFixture;
const dnat = dnatFixture;
const EDITS = ['Edit entry snat-1', 'Edit entry fwd-1', 'Edit EIP 47.96.1.1'];

function renderDetail(session: typeof OPERATOR) {
  const bff = fakeBff({
    [`GET ${GW}`]: () => natGatewayFixture(),
    [`GET ${GW}/eips`]: () => ({ items: [eip] }),
    [`GET ${GW}/snat-entries`]: () => ({ items: [snat] }),
    [`GET ${GW}/dnat-entries`]: () => ({ items: [dnat] }),
    [`PATCH ${GW}/dnat-entries/fwd-1`]: (init) => ({
      ...dnat,
      ...(JSON.parse(String(init.body)) as object),
      status: 'Pending',
    }),
    [`PATCH ${GW}/snat-entries/snat-1`]: () => ({ ...snat, status: 'Pending' }),
    ['PATCH /api/regions/cn-hangzhou/eips/eip-1']: (init) => ({
      ...eip,
      ...(JSON.parse(String(init.body)) as object),
    }),
  });
  renderWithApp(<NatGatewayDetail regionId="cn-hangzhou" id="ngw-test1" />, { session });
  return bff;
}
const patches = (bff: ReturnType<typeof fakeBff>) =>
  bff.calls
    .filter((c) => c.method === 'PATCH')
    .map((c) => [c.url.pathname, JSON.parse(String(c.init.body)) as unknown]);

afterEach(() => vi.unstubAllGlobals());

describe('editing entries and EIPs', () => {
  it('opens the DNAT form filled and sends the changed mapping', async () => {
    const bff = renderDetail(OPERATOR);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit entry fwd-1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit DNAT entry fwd-1' });
    const port = screen.getByRole('textbox', { name: /Public port/ });
    expect((port as HTMLInputElement).value).toBe('22');
    expect(dialog).toBeTruthy();
    fireEvent.change(port, { target: { value: '2222' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(patches(bff)).toHaveLength(1));
    expect(patches(bff)[0]).toEqual([
      `${GW}/dnat-entries/fwd-1`,
      {
        name: 'ssh',
        externalIp: '47.96.1.1',
        externalPort: '2222',
        internalIp: '192.168.0.10',
        internalPort: '22',
        ipProtocol: 'TCP',
      },
    ]);
  });

  it('edits an SNAT entry without its fixed source', async () => {
    const bff = renderDetail(OPERATOR);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit entry snat-1' }));
    await screen.findByRole('dialog', { name: 'Edit SNAT entry snat-1' });
    expect(screen.getByRole('textbox', { name: /Source CIDR block/ })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(patches(bff)).toHaveLength(1));
    expect(patches(bff)[0]).toEqual([
      `${GW}/snat-entries/snat-1`,
      { name: 'web', snatIps: ['47.96.1.1'] },
    ]);
  });

  it('renames an EIP', async () => {
    const bff = renderDetail(OPERATOR);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit EIP 47.96.1.1' }));
    await screen.findByRole('dialog', { name: 'Edit EIP 47.96.1.1' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), {
      target: { value: 'egress-main' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(patches(bff)).toHaveLength(1));
    expect(patches(bff)[0]).toEqual([
      '/api/regions/cn-hangzhou/eips/eip-1',
      { name: 'egress-main', description: 'old', bandwidth: 5 },
    ]);
  });

  it('gives auditors no edit button', async () => {
    renderDetail(AUDITOR);
    await screen.findByRole('table', { name: 'DNAT entries' });
    await screen.findByRole('table', { name: 'Bound EIPs' });
    expect(screen.getByText('egress')).toBeTruthy();
    for (const name of EDITS) expect(screen.queryByRole('button', { name }), name).toBeNull();
  });
});
