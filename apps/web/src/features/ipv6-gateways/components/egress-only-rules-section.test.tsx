import '../../../testing/setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, renderWithApp } from '../../../testing/render';
import { ipv6AddressFixture, ipv6GatewayFixture } from '../testing/ipv6.fixture';
import { EgressOnlyRulesSection } from './egress-only-rules-section';

const RULES = '/api/regions/cn-hangzhou/ipv6-gateways/ipv6gw-bp1test/egress-only-rules';
const rule = {
  id: 'ipv6py-r1',
  ipv6GatewayId: 'ipv6gw-bp1test',
  name: 'web-out',
  description: '',
  instanceId: 'ipv6-a1',
  instanceType: 'Ipv6Address',
  status: 'Available',
};

afterEach(() => vi.unstubAllGlobals());

describe('EgressOnlyRulesSection', () => {
  it('lists rules with status and creates one on a free address of the VPC', async () => {
    const { calls } = fakeBff({
      [`GET ${RULES}`]: () => ({ items: [rule] }),
      'GET /api/regions/cn-hangzhou/ipv6-addresses': () => ({
        items: [ipv6AddressFixture('ipv6-a1'), ipv6AddressFixture('ipv6-a2')],
      }),
      [`POST ${RULES}`]: () => ({ status: 201, body: { ...rule, id: 'ipv6py-r2' } }),
    });
    renderWithApp(<EgressOnlyRulesSection gateway={ipv6GatewayFixture()} />);
    const table = await screen.findByRole('table', { name: 'Egress-only rules' });
    expect(within(table).getByText('web-out')).toBeTruthy();
    expect(within(table).getByText('Available')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add egress-only rule' }));
    const picker = await screen.findByRole('combobox', { name: /IPv6 address/ });
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(3));
    const taken = within(picker).getAllByRole('option')[1] as HTMLOptionElement;
    expect(taken.disabled).toBe(true);
    fireEvent.change(picker, { target: { value: 'ipv6-a2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST');
    expect(JSON.parse(String(post?.init.body))).toEqual({ instanceId: 'ipv6-a2' });
    expect(new Headers(post?.init.headers).get('Idempotency-Key')).toBeTruthy();
  });

  it('is read-only for auditors', async () => {
    fakeBff({ [`GET ${RULES}`]: () => ({ items: [rule] }) });
    renderWithApp(<EgressOnlyRulesSection gateway={ipv6GatewayFixture()} />, { session: AUDITOR });
    await screen.findByRole('table', { name: 'Egress-only rules' });
    expect(screen.queryByRole('button', { name: 'Add egress-only rule' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Delete egress-only rule/ })).toBeNull();
  });
});
