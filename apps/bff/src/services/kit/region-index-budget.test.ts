import { afterEach, describe, expect, it, vi } from 'vitest';
import { RateBudget, type VpcClient } from '@gc/vpc-client';
import { ReadCache } from '../cached-client.ts';
import { gatewayPageSpec, type GatewayLike } from './page-resources.ts';
import { RegionIndex, type IndexTiming } from './region-index.ts';

const TIMING: IndexTiming = {
  freshMs: 2_000,
  maxStaleMs: 30_000,
  refreshMs: 10_000,
  watchMs: 60_000,
};
const Q = { page: 1, pageSize: 10 };
const gws = (n: number): GatewayLike[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `gw-${i}`,
    name: `gw-${i}`,
    status: 'Available',
    vpcId: 'vpc-1',
    creationTime: '2026-01-01T00:00:00Z',
  }));

/** An index over a counted upstream: reads, and the most reads ever in flight at once. */
function setup(opts: { items?: number; budget?: RateBudget; readMs?: number } = {}) {
  vi.useFakeTimers({ now: Date.UTC(2026, 11, 6, 7, 0, 0), toFake: ['setTimeout', 'Date'] });
  let list = gws(opts.items ?? 1);
  const stats = { reads: 0, inFlight: 0, maxInFlight: 0 };
  const load = async () => {
    stats.reads += 1;
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    const snapshot = list;
    if (opts.readMs) await new Promise((resolve) => setTimeout(resolve, opts.readMs));
    stats.inFlight -= 1;
    return snapshot;
  };
  const cache = new ReadCache();
  const index = new RegionIndex(load, gatewayPageSpec(), {
    cache,
    client: {} as VpcClient,
    timing: TIMING,
    budget: opts.budget,
  });
  return { index, cache, stats, setList: (n: number) => (list = gws(n)) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('RegionIndex and the account budget (VPC_RATE_LIMIT)', () => {
  it('postpones background re-reads while users’ calls wait in the region, then resumes', async () => {
    const budget = new RateBudget({ callsPerSecond: 100, perAction: { DescribeVpcs: 0.001 } });
    const { index, stats } = setup({ budget });
    await index.page('r1', Q);
    // A user's call waits for its turn in r1 (its action's one call is spent).
    await budget.take('DescribeVpcs', 'r1');
    const abort = new AbortController();
    const waiting = budget.take('DescribeVpcs', 'r1', abort.signal).catch(() => 'aborted');
    await vi.advanceTimersByTimeAsync(25_000);
    await index.page('r1', Q); // stale (25 s): served, and no re-read starts either
    expect(stats.reads).toBe(1);
    abort.abort();
    expect(await waiting).toBe('aborted');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(stats.reads).toBe(2); // the next timer tick re-reads
  });

  it('paces background re-reads to half the region’s rate: 5,000 items at 5 calls/s = one per 40 s', async () => {
    const budget = new RateBudget({ callsPerSecond: 5 });
    const { index, stats } = setup({ budget, items: 5_000 });
    await index.page('r1', Q);
    for (let s = 1; s <= 55; s++) {
      await vi.advanceTimersByTimeAsync(1_000);
      // Someone keeps looking (the watch window), asking for the list now and then.
      if (s % 5 === 0 && s < 30) await index.page('r1', Q);
    }
    // 100 calls per read at 2.5 calls/s: the timer ticks at 10, 20, 30 s are skipped, 40 s reads.
    expect(stats.reads).toBe(2);
  });

  it('without a budget, keeps re-reading every refresh interval while watched', async () => {
    const { index, stats } = setup({ items: 5_000 });
    await index.page('r1', Q);
    await vi.advanceTimersByTimeAsync(35_000);
    expect(stats.reads).toBe(4);
  });

  it('never runs two reads of a region at once, even when an invalidation orphans one', async () => {
    const { index, cache, stats, setList } = setup({ readMs: 1_000 });
    const first = index.page('r1', Q);
    await vi.advanceTimersByTimeAsync(100);
    setList(2);
    cache.invalidate('r1');
    const second = index.page('r1', Q); // must not see the orphaned read's list…
    await vi.advanceTimersByTimeAsync(3_000);
    expect((await first).total).toBe(1);
    expect((await second).total).toBe(2); // …and started only after it ended
    expect(stats).toMatchObject({ reads: 2, maxInFlight: 1 });
  });

  it('answers the same query of one read with the same final page, and a new one after a re-read', async () => {
    const { index, cache } = setup({ items: 3 });
    const first = await index.page('r1', Q);
    expect(await index.page('r1', Q)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(await index.page('r1', { ...Q, pageSize: 2 })).not.toBe(first);
    cache.invalidate('r1');
    const next = await index.page('r1', Q);
    expect(next).not.toBe(first);
    expect(next).toEqual(first);
  });
});
