import '../../../testing/setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderWithApp } from '../../../testing/render';
import { ipv6AddressFixture, ipv6GatewayFixture } from '../testing/ipv6.fixture';
import { DeleteIpv6GatewayModal } from './delete-ipv6-gateway-modal';

const ADDRESSES = 'GET /api/regions/cn-hangzhou/ipv6-addresses';
const bw = (id: string) =>
  `DELETE /api/regions/cn-hangzhou/ipv6-addresses/${id}/internet-bandwidth`;
const GATEWAY = 'DELETE /api/regions/cn-hangzhou/ipv6-gateways/ipv6gw-bp1test';
const SESSION = {
  'GET /api/session': () => ({ user: 'operator', role: 'operator', demo: true, csrfToken: 'c' }),
};

afterEach(() => vi.unstubAllGlobals());

describe('DeleteIpv6GatewayModal', () => {
  it('shows the plan, releases each bandwidth in order, then deletes the gateway', async () => {
    const { calls } = fakeBff({
      ...SESSION,
      [ADDRESSES]: () => ({
        items: [ipv6AddressFixture('ipv6-a1', 10), ipv6AddressFixture('ipv6-b2', 5)],
      }),
      [bw('ipv6-a1')]: () => ({ status: 204 }),
      [bw('ipv6-b2')]: () => ({ status: 204 }),
      [GATEWAY]: () => ({ status: 204 }),
    });
    const onDeleted = vi.fn();
    renderWithApp(
      <DeleteIpv6GatewayModal
        gateway={ipv6GatewayFixture()}
        onClose={() => undefined}
        onDeleted={onDeleted}
      />,
    );
    expect(
      await screen.findByText('Plan: release 2 internet bandwidths, then delete the gateway.'),
    ).toBeTruthy();
    const plan = screen.getByTestId('delete-plan');
    expect(within(plan).getAllByRole('listitem')).toHaveLength(3);
    const query = calls.find((c) => c.url.pathname.endsWith('/ipv6-addresses'));
    expect(query?.url.searchParams.get('networkType')).toBe('Public');
    fireEvent.click(screen.getByRole('button', { name: 'Delete (3 steps)' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
    const mutations = calls.filter((c) => c.method === 'DELETE').map((c) => c.url.pathname);
    expect(mutations).toEqual([
      '/api/regions/cn-hangzhou/ipv6-addresses/ipv6-a1/internet-bandwidth',
      '/api/regions/cn-hangzhou/ipv6-addresses/ipv6-b2/internet-bandwidth',
      '/api/regions/cn-hangzhou/ipv6-gateways/ipv6gw-bp1test',
    ]);
  });

  it('stops at a failed step with its error and resumes from it', async () => {
    let fail = true;
    const { calls } = fakeBff({
      ...SESSION,
      [ADDRESSES]: () => ({ items: [ipv6AddressFixture('ipv6-a1', 10)] }),
      [bw('ipv6-a1')]: () => ({ status: 204 }),
      [GATEWAY]: () =>
        fail
          ? {
              status: 409,
              body: {
                error: { code: 'IncorrectStatus.Ipv6Gateway', message: 'busy', requestId: 'req-1' },
              },
            }
          : { status: 204 },
    });
    const onDeleted = vi.fn();
    renderWithApp(
      <DeleteIpv6GatewayModal
        gateway={ipv6GatewayFixture()}
        onClose={() => undefined}
        onDeleted={onDeleted}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Delete (2 steps)' }));
    expect(await screen.findByText('A step failed; the steps before it are done.')).toBeTruthy();
    expect(onDeleted).not.toHaveBeenCalled();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry from the failed step' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalled());
    const releases = calls.filter(
      (c) => c.method === 'DELETE' && c.url.pathname.includes('bandwidth'),
    );
    expect(releases).toHaveLength(1);
  });
});
