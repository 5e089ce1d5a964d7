import '../../../testing/setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, OPERATOR, renderWithApp } from '../../../testing/render';
import { vpnGatewayFixture } from '../testing/vpn.fixture';
import { ipsecServerFixture } from '../testing/vpn.fixture';
import { IpsecServersSection } from './ipsec-servers-section';

const R = '/api/regions/cn-hangzhou';
const server = ipsecServerFixture();

function render(session: typeof OPERATOR) {
  const bff = fakeBff({
    [`GET ${R}/ipsec-servers`]: () => ({ items: [server] }),
    [`GET ${R}/ipsec-servers/iss-test1/logs`]: () => ({
      ipsecServerId: 'iss-test1',
      from: 0,
      to: 3600,
      lines: ['2026-12-01 00:00:01 iss-test1 IKE_SA established'],
      complete: true,
    }),
    [`PATCH ${R}/ipsec-servers/iss-test1`]: () => ({ ...server, name: 'field-2' }),
  });
  renderWithApp(<IpsecServersSection gateway={vpnGatewayFixture({ sslEnabled: true })} />, {
    session,
  });
  return bff;
}

afterEach(() => vi.unstubAllGlobals());

describe('IpsecServersSection', () => {
  it('lists the server, shows its logs, and edits it with the form filled (key left blank)', async () => {
    const bff = render(OPERATOR);
    const table = await screen.findByRole('table', { name: 'IPsec servers' });
    expect(within(table).getByText('172.30.0.0/24')).toBeTruthy();
    expect(within(table).getByText('ikev2 aes/sha1, group14')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Logs of IPsec server field-staff' }));
    expect((await screen.findByLabelText('Log lines')).textContent).toContain('IKE_SA');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit IPsec server field-staff' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit IPsec server' });
    const name = within(dialog).getByLabelText('Name');
    expect((name as HTMLInputElement).value).toBe('field-staff');
    expect((within(dialog).getByLabelText('Pre-shared key') as HTMLInputElement).value).toBe('');
    fireEvent.change(name, { target: { value: 'field-2' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bff.calls.some((c) => c.method === 'PATCH')).toBe(true));
    const patch = bff.calls.find((c) => c.method === 'PATCH');
    const sent = JSON.parse(String(patch?.init.body)) as Record<string, unknown>;
    expect(sent).toMatchObject({ name: 'field-2', clientIpPool: '172.30.0.0/24' });
    expect(sent).not.toHaveProperty('psk');
    expect(sent).not.toHaveProperty('vpnGatewayId');
  });

  it('shows auditors the server and its logs, with no create, edit or delete', async () => {
    render(AUDITOR);
    await screen.findByRole('table', { name: 'IPsec servers' });
    expect(screen.getByRole('button', { name: 'Logs of IPsec server field-staff' })).toBeTruthy();
    for (const name of [
      'Create IPsec server',
      'Edit IPsec server field-staff',
      'Delete IPsec server field-staff',
    ])
      expect(screen.queryByRole('button', { name }), name).toBeNull();
  });
});
