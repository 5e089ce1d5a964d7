import '../../../testing/setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, renderWithApp } from '../../../testing/render';
import { natGatewayFixture, pageFixture } from '../testing/nat-gateway.fixture';
import { NatGatewaysList } from './nat-gateways-list';

const LIST = 'GET /api/regions/cn-hangzhou/nat-gateways';
const VPCS = 'GET /api/regions/cn-hangzhou/vpcs';

afterEach(() => vi.unstubAllGlobals());

const renderList = (session = undefined as typeof AUDITOR | undefined, path = '/') =>
  renderWithApp(<NatGatewaysList regionId="cn-hangzhou" />, { session, path });

describe('NatGatewaysList', () => {
  it('shows the gateways in a table named "NAT gateways" with create for operators', async () => {
    fakeBff({
      [LIST]: () => pageFixture([natGatewayFixture({ status: 'Creating', name: 'new-gw' })]),
      [VPCS]: () => ({ items: [] }),
    });
    renderList();
    const table = await screen.findByRole('table', { name: 'NAT gateways' });
    expect(within(table).getByRole('link', { name: 'new-gw' })).toBeTruthy();
    expect(within(table).getByText('Creating')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create NAT gateway' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeTruthy();
  });

  it('has no create button at all for auditors', async () => {
    fakeBff({ [LIST]: () => pageFixture([natGatewayFixture()]), [VPCS]: () => ({ items: [] }) });
    renderList(AUDITOR);
    await screen.findByRole('table', { name: 'NAT gateways' });
    expect(screen.queryByRole('button', { name: 'Create NAT gateway' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeTruthy();
  });

  it('sends the URL filters, page and sort to the BFF', async () => {
    const { calls } = fakeBff({
      [LIST]: () => pageFixture([]),
      [VPCS]: () => ({ items: [] }),
    });
    renderList(undefined, '/?q=prod&status=Available&page=2&sort=-name');
    await screen.findByText('No NAT gateway matches these filters.');
    const list = calls.find((c) => c.url.pathname.endsWith('/nat-gateways'));
    expect(Object.fromEntries(list?.url.searchParams ?? [])).toEqual({
      q: 'prod',
      status: 'Available',
      page: '2',
      pageSize: '20',
      sort: '-name',
    });
  });

  it('narrows the rows in the keystroke itself; the URL and the BFF follow when typing settles', async () => {
    const { calls } = fakeBff({
      [LIST]: (_init, url) =>
        pageFixture(
          url.searchParams.get('q') === 'xr'
            ? [natGatewayFixture({ id: 'ngw-1', name: 'xray-gw' })]
            : [
                natGatewayFixture({ id: 'ngw-1', name: 'xray-gw' }),
                natGatewayFixture({ id: 'ngw-2', name: 'alpha-gw' }),
              ],
        ),
      [VPCS]: () => ({ items: [] }),
    });
    const { router } = renderList(AUDITOR);
    const table = await screen.findByRole('table', { name: 'NAT gateways' });
    expect(within(table).getByRole('link', { name: 'alpha-gw' })).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Name or ID' }), {
      target: { value: 'xr' },
    });
    // No await: the rows the keystroke rendered, before the URL or the BFF heard of it.
    expect(within(table).queryByRole('link', { name: 'alpha-gw' })).toBeNull();
    expect(within(table).getByRole('link', { name: 'xray-gw' })).toBeTruthy();
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(router.state.location.search).toBe('?q=xr'));
    await waitFor(() => expect(calls.some((c) => c.url.searchParams.get('q') === 'xr')).toBe(true));
    expect(screen.getByRole('textbox', { name: 'Name or ID' })).toHaveProperty('value', 'xr');
  });

  it('shows an error with its code and RequestId, and retries', async () => {
    let fail = true;
    fakeBff({
      [LIST]: () =>
        fail
          ? {
              status: 503,
              body: {
                error: { code: 'UpstreamUnavailable', message: 'down', requestId: 'REQ-42' },
              },
            }
          : pageFixture([natGatewayFixture()]),
      [VPCS]: () => ({ items: [] }),
    });
    renderList();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('UpstreamUnavailable')).toBeTruthy();
    expect(within(alert).getByText('REQ-42')).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Copy RequestId' })).toBeTruthy();
    fail = false;
    within(alert).getByRole('button', { name: 'Retry' }).click();
    await waitFor(() => expect(screen.getByRole('table', { name: 'NAT gateways' })).toBeTruthy());
  });

  it('sorts from a column header: a second click on the sorted column reverses it', async () => {
    fakeBff({ [LIST]: () => pageFixture([natGatewayFixture()]), [VPCS]: () => ({ items: [] }) });
    const { router } = renderList(undefined, '/?sort=name');
    const table = await screen.findByRole('table', { name: 'NAT gateways' });
    const name = within(table).getByRole('columnheader', { name: /Name/ });
    expect(name.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(name).getByRole('button'));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-name'));
  });

  it('keeps the rows it has under the error of a failed refresh', async () => {
    let fail = false;
    fakeBff({
      [LIST]: () =>
        fail
          ? { status: 503, body: { error: { code: 'UpstreamUnavailable', message: 'down' } } }
          : pageFixture([natGatewayFixture({ name: 'kept-gw' })]),
      [VPCS]: () => ({ items: [] }),
    });
    renderList();
    await screen.findByRole('link', { name: 'kept-gw' });
    fail = true;
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('UpstreamUnavailable')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'kept-gw' })).toBeTruthy();
  });
});
