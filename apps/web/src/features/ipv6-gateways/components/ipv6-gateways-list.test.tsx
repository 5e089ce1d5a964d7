import '../../../testing/setup';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { AUDITOR, renderWithApp } from '../../../testing/render';
import { ipv6GatewayFixture, ipv6PageFixture } from '../testing/ipv6.fixture';
import { Ipv6GatewaysList } from './ipv6-gateways-list';

const LIST = 'GET /api/regions/cn-hangzhou/ipv6-gateways';
const VPCS = 'GET /api/regions/cn-hangzhou/vpcs';

afterEach(() => vi.unstubAllGlobals());

describe('Ipv6GatewaysList', () => {
  it('shows name and ID, status, spec, VPC and tags, with create for operators', async () => {
    fakeBff({
      [LIST]: () => ipv6PageFixture([ipv6GatewayFixture({ status: 'Creating' })]),
      [VPCS]: () => ({ items: [] }),
    });
    renderWithApp(<Ipv6GatewaysList regionId="cn-hangzhou" />);
    const table = await screen.findByRole('table', { name: 'IPv6 gateways' });
    expect(within(table).getByRole('link', { name: 'prod-ipv6' })).toBeTruthy();
    expect(within(table).getByText('ipv6gw-bp1test')).toBeTruthy();
    expect(within(table).getByText('Creating')).toBeTruthy();
    expect(within(table).getByText('Single tier (no spec)')).toBeTruthy();
    expect(within(table).getByText('vpc-bp1prod')).toBeTruthy();
    expect(within(table).getByText('env: prod')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Create IPv6 gateway' })).toBeTruthy();
  });

  it('sends the URL filters to the BFF and has no create button for auditors', async () => {
    const { calls } = fakeBff({ [LIST]: () => ipv6PageFixture([]), [VPCS]: () => ({ items: [] }) });
    renderWithApp(<Ipv6GatewaysList regionId="cn-hangzhou" />, {
      session: AUDITOR,
      path: '/?q=prod&status=Available&vpcId=vpc-bp1prod',
    });
    await screen.findByText('No IPv6 gateway matches these filters.');
    const list = calls.find((c) => c.url.pathname.endsWith('/ipv6-gateways'));
    expect(Object.fromEntries(list?.url.searchParams ?? [])).toEqual({
      q: 'prod',
      status: 'Available',
      vpcId: 'vpc-bp1prod',
      page: '1',
      pageSize: '20',
    });
    expect(screen.queryByRole('button', { name: 'Create IPv6 gateway' })).toBeNull();
  });
});
