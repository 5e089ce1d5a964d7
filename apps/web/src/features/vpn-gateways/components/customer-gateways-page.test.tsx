import '../../../testing/setup';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, renderWithApp } from '../../../testing/render';
import { customerGatewayFixture } from '../testing/vpn.fixture';
import { CustomerGatewaysPage } from './customer-gateways-page';

const R = '/api/regions/cn-hangzhou';

afterEach(() => vi.unstubAllGlobals());

describe('CustomerGatewaysPage', () => {
  it('shows why a delete was refused while a connection uses the gateway', async () => {
    fakeBff({
      [`GET ${R}/customer-gateways`]: () => ({
        items: [customerGatewayFixture({ connectionIds: ['vco-a1'] })],
      }),
      [`DELETE ${R}/customer-gateways/cgw-test1`]: () => ({
        status: 409,
        body: {
          error: {
            code: 'DependencyViolation.VpnConnection',
            message: 'The specified resource depends on VpnConnection.',
            requestId: 'req-1',
          },
        },
      }),
    });
    renderWithApp(<CustomerGatewaysPage regionId="cn-hangzhou" />);
    const table = await screen.findByRole('table', { name: 'Customer gateways' });
    expect(within(table).getByText('1 IPsec connection')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete customer gateway cgw-test1' }));
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('An IPsec connection still uses it (vco-a1)');
    expect(alert.textContent).toContain('DependencyViolation.VpnConnection');
  });

  it('gives auditors no register or delete control', async () => {
    fakeBff({ [`GET ${R}/customer-gateways`]: () => ({ items: [customerGatewayFixture()] }) });
    renderWithApp(<CustomerGatewaysPage regionId="cn-hangzhou" />, { session: AUDITOR });
    await screen.findByRole('table', { name: 'Customer gateways' });
    expect(screen.queryByRole('button', { name: 'Register customer gateway' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Delete customer gateway/ })).toBeNull();
  });
});
