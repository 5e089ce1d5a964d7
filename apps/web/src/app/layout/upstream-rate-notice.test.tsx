import '../../testing/setup';
import { useQuery } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBff } from '../../testing/fake-bff';
import { renderWithApp } from '../../testing/render';
import { UpstreamRateNotice } from './upstream-rate-notice';

afterEach(() => vi.unstubAllGlobals());

const WAITING = {
  limited: true,
  waiting: 3,
  callsPerSecond: 10,
  slowestCallsPerSecond: 5,
  slowedBuckets: 1,
};

/** A page whose list read stays pending until the test lets it finish. */
function pageWith(pending: Promise<unknown>) {
  return function Page() {
    useQuery({ queryKey: ['regions', 'cn-hangzhou', 'nat'], queryFn: () => pending });
    return <UpstreamRateNotice />;
  };
}

describe('UpstreamRateNotice', () => {
  it('says calls wait for the account’s rate while a request is slow, and goes away after', async () => {
    const { calls } = fakeBff({ 'GET /api/upstream-rate': () => WAITING });
    let finish: (v: unknown) => void = () => undefined;
    const Page = pageWith(new Promise((resolve) => (finish = resolve)));
    renderWithApp(<Page />);
    const notice = await screen.findByRole('status', {}, { timeout: 4000 });
    expect(notice.textContent).toContain('3 calls to Alibaba Cloud are waiting for their turn');
    expect(notice.textContent).toContain('10 calls per second per region and action');
    expect(notice.textContent).toContain('now 5 calls per second at the slowest');
    await act(async () => finish({ items: [] }));
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(calls.every((c) => c.url.pathname === '/api/upstream-rate')).toBe(true);
  });

  it('never asks while requests are quick, and shows nothing when no budget is set', async () => {
    const { calls } = fakeBff({
      'GET /api/upstream-rate': () => ({ ...WAITING, limited: false, waiting: 0 }),
    });
    const Quick = pageWith(Promise.resolve({ items: [] }));
    renderWithApp(<Quick />);
    await new Promise((r) => setTimeout(r, 1800));
    expect(calls).toHaveLength(0);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
