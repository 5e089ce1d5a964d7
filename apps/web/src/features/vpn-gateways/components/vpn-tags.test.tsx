import '../../../testing/setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, OPERATOR, renderWithApp } from '../../../testing/render';
import { vpnGatewayFixture, vpnPageFixture } from '../testing/vpn.fixture';
import { VpnGatewayDetail } from './vpn-gateway-detail';
import { VpnGatewaysList } from './vpn-gateways-list';

const R = '/api/regions/cn-hangzhou';
const TAGGED = vpnGatewayFixture({ tags: [{ key: 'env', value: 'prod' }] });
const bodyOf = (init: RequestInit | undefined) => JSON.parse(String(init?.body)) as unknown;

afterEach(() => vi.unstubAllGlobals());

function fakeDetail() {
  return fakeBff({
    [`GET ${R}/vpn-gateways/vpn-test1`]: () => TAGGED,
    [`PUT ${R}/vpn-gateways/vpn-test1/tags`]: (init) => ({
      ...TAGGED,
      ...(bodyOf(init) as object),
    }),
    [`GET ${R}/ssl-vpn-servers`]: () => ({ items: [] }),
    [`GET ${R}/ipsec-servers`]: () => ({ items: [] }),
    [`GET ${R}/vpn-connections`]: () => ({ items: [] }),
    [`GET ${R}/customer-gateways`]: () => ({ items: [] }),
    [`GET ${R}/vpcs`]: () => ({ items: [] }),
  });
}

describe('tags on a VPN gateway', () => {
  it('shows them on the detail page and saves an edit through PUT …/tags', async () => {
    const { calls } = fakeDetail();
    renderWithApp(<VpnGatewayDetail regionId="cn-hangzhou" id="vpn-test1" />, {
      session: OPERATOR,
    });
    expect(await screen.findByText('env: prod')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Edit tags' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit tags' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Tag 1 value' }), {
      target: { value: 'staging' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit tags' })).toBeNull());
    const put = calls.find((c) => c.method === 'PUT');
    expect(bodyOf(put?.init)).toEqual({ tags: [{ key: 'env', value: 'staging' }] });
    expect(await screen.findByText('env: staging')).toBeTruthy();
  });

  it('offers auditors the tags but no edit', async () => {
    fakeDetail();
    renderWithApp(<VpnGatewayDetail regionId="cn-hangzhou" id="vpn-test1" />, {
      session: AUDITOR,
    });
    expect(await screen.findByText('env: prod')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit tags' })).toBeNull();
  });

  it('adds a tag to the ticked gateways from the list, keeping their other tags', async () => {
    const { calls } = fakeBff({
      [`GET ${R}/vpn-gateways`]: () => vpnPageFixture([TAGGED]),
      [`PUT ${R}/vpn-gateways/vpn-test1/tags`]: (init) => ({
        ...TAGGED,
        ...(bodyOf(init) as object),
      }),
      [`GET ${R}/vpcs`]: () => ({ items: [] }),
    });
    renderWithApp(<VpnGatewaysList regionId="cn-hangzhou" />, { session: OPERATOR });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select office-vpn' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    fireEvent.click(within(bar).getByRole('button', { name: 'Add tag' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Tag key/ }), {
      target: { value: 'team' },
    });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Tag value/ }), {
      target: { value: 'branch' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add tag' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT');
    expect(bodyOf(put?.init)).toEqual({
      tags: [
        { key: 'env', value: 'prod' },
        { key: 'team', value: 'branch' },
      ],
    });
  });
});
