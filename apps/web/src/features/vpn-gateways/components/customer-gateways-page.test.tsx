import '../../../testing/setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, renderWithApp } from '../../../testing/render';
import { connectionFixture, customerGatewayFixture } from '../testing/vpn.fixture';
import { CustomerGatewaysPage } from './customer-gateways-page';

const R = '/api/regions/cn-hangzhou';

afterEach(() => vi.unstubAllGlobals());

describe('CustomerGatewaysPage', () => {
  it('disables Delete while a connection uses the gateway, naming it with a link', async () => {
    const { calls } = fakeBff({
      [`GET ${R}/customer-gateways`]: () => ({
        items: [customerGatewayFixture({ connectionIds: ['vco-a1'] })],
      }),
      [`GET ${R}/vpn-connections`]: () => ({
        items: [connectionFixture({ id: 'vco-a1', name: 'to-office', vpnGatewayId: 'vpn-test1' })],
      }),
    });
    renderWithApp(<CustomerGatewaysPage regionId="cn-hangzhou" />);
    const table = await screen.findByRole('table', { name: 'Customer gateways' });
    expect(within(table).getByText('1 IPsec connection')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete customer gateway cgw-test1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete customer gateway' });
    const remove = within(dialog).getByRole('button', { name: 'Delete' });
    expect(remove).toHaveProperty('disabled', true);
    expect(remove.getAttribute('aria-describedby')).toBe('delete-plan-blocked');
    expect(dialog.textContent).toContain('An IPsec connection still uses it: delete it first.');
    const link = await within(dialog).findByRole('link', { name: 'to-office (vco-a1)' });
    expect(link.getAttribute('href')).toBe(
      '/regions/cn-hangzhou/vpn-gateways/vpn-test1/connections/vco-a1',
    );
    const query = calls.find((c) => c.url.pathname.endsWith('/vpn-connections'));
    expect(query?.url.searchParams.get('customerGatewayId')).toBe('cgw-test1');
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
  });

  it('deletes an unused customer gateway in one step', async () => {
    const { calls } = fakeBff({
      [`GET ${R}/customer-gateways`]: () => ({ items: [customerGatewayFixture()] }),
      [`DELETE ${R}/customer-gateways/cgw-test1`]: () => ({ status: 204 }),
    });
    renderWithApp(<CustomerGatewaysPage regionId="cn-hangzhou" />);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Delete customer gateway cgw-test1' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Delete customer gateway' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
  });

  it('gives auditors no register or delete control', async () => {
    fakeBff({ [`GET ${R}/customer-gateways`]: () => ({ items: [customerGatewayFixture()] }) });
    renderWithApp(<CustomerGatewaysPage regionId="cn-hangzhou" />, { session: AUDITOR });
    await screen.findByRole('table', { name: 'Customer gateways' });
    expect(screen.queryByRole('button', { name: 'Register customer gateway' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Delete customer gateway/ })).toBeNull();
  });
});
