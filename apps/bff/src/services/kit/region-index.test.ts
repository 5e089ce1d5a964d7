import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VpcClient } from '@gc/vpc-client';
import { ReadCache } from '../cached-client.ts';
import { gatewayPageSpec, type GatewayLike } from './page-resources.ts';
import { RegionIndex, type IndexTiming } from './region-index.ts';

const TIMING: IndexTiming = {
  freshMs: 2_000,
  maxStaleMs: 30_000,
  refreshMs: 10_000,
  watchMs: 60_000,
};
const gw = (id: string, name: string): GatewayLike => ({
  id,
  name,
  status: 'Available',
  vpcId: 'vpc-1',
  creationTime: '2026-01-01T00:00:00Z',
});
const Q = { page: 1, pageSize: 10 };
// The index reads through `load` here; the client is only handed to services' loaders.
const NO_CLIENT = {} as VpcClient;

/** An upstream whose list we change by hand, counting the reads per region. */
function upstream() {
  const lists: Record<string, GatewayLike[]> = { r1: [gw('a', 'alpha')], r2: [gw('z', 'zulu')] };
  const reads: Record<string, number> = {};
  const load = async (regionId: string) => {
    reads[regionId] = (reads[regionId] ?? 0) + 1;
    return [...(lists[regionId] ?? [])];
  };
  return { lists, reads, load };
}

function setup() {
  vi.useFakeTimers({ now: Date.UTC(2026, 11, 6, 4, 0, 0) });
  const up = upstream();
  const cache = new ReadCache();
  const index = new RegionIndex(up.load, gatewayPageSpec(), {
    cache,
    client: NO_CLIENT,
    timing: TIMING,
  });
  const names = async (regionId = 'r1') => (await index.page(regionId, Q)).items.map((g) => g.name);
  return { ...up, cache, index, names };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('RegionIndex', () => {
  it('reads a region once, then serves it from memory with when it was read and the bound', async () => {
    const { index, reads } = setup();
    const first = await index.page('r1', Q);
    await vi.advanceTimersByTimeAsync(1_000);
    const second = await index.page('r1', Q);
    expect(reads.r1).toBe(1);
    expect(second).toEqual(first);
    expect(first).toMatchObject({
      total: 1,
      indexedAt: '2026-12-06T04:00:00.000Z',
      staleAfterMs: 30_000,
    });
  });

  it('serves a stale list at once and re-reads it in the background (bounded by maxStaleMs)', async () => {
    const { lists, reads, names } = setup();
    await names();
    lists.r1 = [gw('b', 'bravo')];
    await vi.advanceTimersByTimeAsync(3_000);
    expect(await names()).toEqual(['alpha']); // stale, served at once
    await vi.advanceTimersByTimeAsync(0);
    expect(await names()).toEqual(['bravo']); // the background re-read landed
    expect(reads.r1).toBe(2);
  });

  it('never serves a list older than maxStaleMs: the read waits for a fresh one', async () => {
    const { lists, names, index } = setup();
    await names();
    lists.r1 = [gw('b', 'bravo')];
    // Nobody looked for longer than the watch window, so no timer re-read either.
    vi.setSystemTime(Date.now() + 61_000);
    expect(await names()).toEqual(['bravo']);
    expect((await index.page('r1', Q)).indexedAt).toBe('2026-12-06T04:01:01.000Z');
  });

  it('re-reads only the invalidated region at once (our mutation), and every region on a global one', async () => {
    const { lists, reads, cache, names } = setup();
    await names('r1');
    await names('r2');
    lists.r1 = [gw('b', 'bravo')];
    lists.r2 = [gw('y', 'yankee')];
    cache.invalidate('r1');
    expect(await names('r1')).toEqual(['bravo']);
    expect(await names('r2')).toEqual(['zulu']);
    cache.invalidate(undefined, 'remote');
    expect(await names('r2')).toEqual(['yankee']);
    expect(reads).toEqual({ r1: 2, r2: 2 });
  });

  it('re-reads once after a burst of invalidations, when the list is next asked for', async () => {
    const { reads, cache, names } = setup();
    await names();
    for (let i = 0; i < 5; i++) cache.invalidate('r1', 'remote');
    await vi.advanceTimersByTimeAsync(100);
    expect(reads.r1).toBe(1);
    await Promise.all([names(), names(), names()]);
    expect(reads.r1).toBe(2);
  });

  it('does not hand out a list read before an invalidation that came while it was in flight', async () => {
    const { lists, cache, index } = setup();
    const early = index.page('r1', Q);
    lists.r1 = [gw('b', 'bravo')];
    cache.invalidate('r1');
    await early;
    expect((await index.page('r1', Q)).items.map((g) => g.name)).toEqual(['bravo']);
  });

  it('re-reads on a timer only while someone is looking', async () => {
    const { reads, names } = setup();
    await names();
    await vi.advanceTimersByTimeAsync(35_000);
    expect(reads.r1).toBe(4); // 10 s, 20 s, 30 s
    await vi.advanceTimersByTimeAsync(120_000);
    // The last look was at 0 s: the timer stops once the 60 s window has passed.
    expect(reads.r1).toBe(6); // … 40 s and 50 s, then no more
  });

  it('keeps the last list when a background re-read fails, and surfaces a failed first read', async () => {
    const cache = new ReadCache();
    let fail = false;
    const load = async () => {
      if (fail) throw new Error('Throttling');
      return [gw('a', 'alpha')];
    };
    vi.useFakeTimers();
    const index = new RegionIndex(load, gatewayPageSpec(), {
      cache,
      client: NO_CLIENT,
      timing: TIMING,
    });
    await index.page('r1', Q);
    fail = true;
    await vi.advanceTimersByTimeAsync(12_000);
    expect((await index.page('r1', Q)).total).toBe(1);
    await expect(index.page('r2', Q)).rejects.toThrow('Throttling');
  });
});
