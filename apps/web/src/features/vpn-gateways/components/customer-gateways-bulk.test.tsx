import '../../../testing/setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, OPERATOR, renderWithApp } from '../../../testing/render';
import { customerGatewayFixture } from '../testing/vpn.fixture';
import { CustomerGatewaysPage } from './customer-gateways-page';

const R = '/api/regions/cn-hangzhou';
const OFFICE = customerGatewayFixture({ tags: [{ key: 'env', value: 'prod' }] });
const LAB = customerGatewayFixture({
  id: 'cgw-test2',
  name: 'Seattle lab',
  ipAddress: '198.51.100.7',
});
const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as unknown;

afterEach(() => vi.unstubAllGlobals());

describe('bulk actions on customer gateways', () => {
  it('adds a tag to the two ticked customer gateways, keeping their other tags', async () => {
    const { calls } = fakeBff({
      [`GET ${R}/customer-gateways`]: () => ({ items: [OFFICE, LAB] }),
      [`PUT ${R}/customer-gateways/cgw-test1/tags`]: (init) => ({
        ...OFFICE,
        ...(bodyOf(init) as object),
      }),
      [`PUT ${R}/customer-gateways/cgw-test2/tags`]: (init) => ({
        ...LAB,
        ...(bodyOf(init) as object),
      }),
    });
    renderWithApp(<CustomerGatewaysPage regionId="cn-hangzhou" />, { session: OPERATOR });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select Shanghai office' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Seattle lab' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByRole('status').textContent).toContain('2');
    fireEvent.click(within(bar).getByRole('button', { name: 'Add tag' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Tag key/ }), {
      target: { value: 'site' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Tag value/ }), {
      target: { value: 'branch' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add tag' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    const bodies = Object.fromEntries(
      calls.filter((c) => c.method === 'PUT').map((c) => [c.url.pathname, bodyOf(c.init)]),
    );
    expect(bodies).toEqual({
      [`${R}/customer-gateways/cgw-test1/tags`]: {
        tags: [
          { key: 'env', value: 'prod' },
          { key: 'site', value: 'branch' },
        ],
      },
      [`${R}/customer-gateways/cgw-test2/tags`]: { tags: [{ key: 'site', value: 'branch' }] },
    });
    // Done: the selection clears and the list is read again.
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Bulk actions' })).toBeNull());
    expect(
      calls.filter((c) => c.method === 'GET' && c.url.pathname.endsWith('/customer-gateways'))
        .length,
    ).toBeGreaterThan(1);
  });

  it('walks a bulk delete through the dialog, which refuses a customer gateway in use', async () => {
    const { calls } = fakeBff({
      [`GET ${R}/customer-gateways`]: () => ({
        items: [customerGatewayFixture({ connectionIds: ['vco-a1'] })],
      }),
      [`GET ${R}/vpn-connections`]: () => ({ items: [] }),
    });
    renderWithApp(<CustomerGatewaysPage regionId="cn-hangzhou" />, { session: OPERATOR });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select Shanghai office' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    fireEvent.click(within(bar).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete customer gateway' });
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toHaveProperty('disabled', true);
    expect(dialog.textContent).toContain('An IPsec connection still uses it: delete it first.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
  });

  it('gives auditors no row checkboxes', async () => {
    fakeBff({ [`GET ${R}/customer-gateways`]: () => ({ items: [OFFICE] }) });
    renderWithApp(<CustomerGatewaysPage regionId="cn-hangzhou" />, { session: AUDITOR });
    await screen.findByRole('table', { name: 'Customer gateways' });
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});
