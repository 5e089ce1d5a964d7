import '../../../testing/setup';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../../testing/fake-bff';
import { renderWithApp } from '../../../testing/render';
import { ipv6AddressFixture } from '../testing/ipv6.fixture';
import { BandwidthModal } from './bandwidth-modal';

const PATH = '/api/regions/cn-hangzhou/ipv6-addresses/ipv6-a1/internet-bandwidth';
const SESSION = {
  'GET /api/session': () => ({ user: 'operator', role: 'operator', demo: true, csrfToken: 'c' }),
};

afterEach(() => vi.unstubAllGlobals());

describe('BandwidthModal', () => {
  it('allocates with a charge type, checking its ceiling before sending', async () => {
    const { calls } = fakeBff({
      ...SESSION,
      [`POST ${PATH}`]: () => ({ status: 201, body: ipv6AddressFixture('ipv6-a1', 15) }),
    });
    const onClose = vi.fn();
    renderWithApp(<BandwidthModal address={ipv6AddressFixture('ipv6-a1')} onClose={onClose} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Billing' }), {
      target: { value: 'PayByTraffic' },
    });
    const input = screen.getByRole('textbox', { name: /Bandwidth/ });
    fireEvent.change(input, { target: { value: '1500' } });
    fireEvent.click(screen.getByRole('button', { name: 'Allocate' }));
    expect(await screen.findByText('At most 1000 Mbit/s with Pay by traffic')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.change(input, { target: { value: '15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Allocate' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const post = calls.find((c) => c.method === 'POST');
    expect(JSON.parse(String(post?.init.body))).toEqual({
      bandwidth: 15,
      internetChargeType: 'PayByTraffic',
    });
    expect(new Headers(post?.init.headers).get('Idempotency-Key')).toBeTruthy();
  });

  it('checks a change against the ceiling of the address charge type', async () => {
    const { calls } = fakeBff(SESSION);
    const address = ipv6AddressFixture('ipv6-a1', 10);
    const bw = address.internetBandwidth;
    if (!bw) throw new Error('fixture without bandwidth');
    const traffic = {
      ...address,
      internetBandwidth: { ...bw, internetChargeType: 'PayByTraffic' },
    };
    renderWithApp(<BandwidthModal address={traffic} onClose={() => undefined} />);
    fireEvent.change(screen.getByRole('textbox', { name: /Bandwidth/ }), {
      target: { value: '1200' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Change' }));
    expect(await screen.findByText('At most 1000 Mbit/s with Pay by traffic')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it('changes an existing bandwidth with PATCH and shows its charge type read-only', async () => {
    const { calls } = fakeBff({
      ...SESSION,
      [`PATCH ${PATH}`]: () => ipv6AddressFixture('ipv6-a1', 30),
    });
    const onClose = vi.fn();
    renderWithApp(<BandwidthModal address={ipv6AddressFixture('ipv6-a1', 10)} onClose={onClose} />);
    expect(screen.queryByRole('combobox', { name: 'Billing' })).toBeNull();
    expect(screen.getByText(/Pay by bandwidth/)).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Bandwidth/ }), {
      target: { value: '30' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Change' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(JSON.parse(String(patch?.init.body))).toEqual({ bandwidth: 30 });
  });
});
