import '../../../testing/setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderWithApp } from '../../../testing/render';
import { vpnGatewayFixture, vpnPageFixture } from '../testing/vpn.fixture';
import { VpnGatewaysList } from './vpn-gateways-list';

const LIST = 'GET /api/regions/cn-hangzhou/vpn-gateways';
const VPCS = 'GET /api/regions/cn-hangzhou/vpcs';

afterEach(() => vi.unstubAllGlobals());

describe('VpnGatewaysList', () => {
  it('sends the sort, drops an invalid vpcId, and sorts from the headers', async () => {
    const { calls } = fakeBff({
      [LIST]: () => vpnPageFixture([vpnGatewayFixture()]),
      [VPCS]: () => ({ items: [] }),
    });
    const { router } = renderWithApp(<VpnGatewaysList regionId="cn-hangzhou" />, {
      path: '/?vpcId=not-a-vpc&sort=-bandwidth',
    });
    const table = await screen.findByRole('table', { name: 'VPN gateways' });
    const list = calls.find((c) => c.url.pathname.endsWith('/vpn-gateways'));
    expect(Object.fromEntries(list?.url.searchParams ?? [])).toEqual({
      sort: '-bandwidth',
      page: '1',
      pageSize: '20',
    });
    for (const name of [/Name/, /Status/, /Bandwidth/, /Expires/]) {
      expect(
        within(table).getByRole('columnheader', { name }).getAttribute('aria-sort'),
      ).not.toBeNull();
    }
    fireEvent.click(
      within(within(table).getByRole('columnheader', { name: /Name/ })).getByRole('button'),
    );
    await waitFor(() => expect(router.state.location.search).toBe('?sort=name'));
    expect(screen.getByRole('button', { name: 'Create VPN gateway' })).toBeTruthy();
  });
});
