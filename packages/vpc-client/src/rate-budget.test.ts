import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateBudget } from './rate-budget.ts';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const NAT = 'DescribeNatGateways';
const HZ = 'cn-hangzhou';

/** Starts `n` takes; returns the order in which they were granted. */
function start(budget: RateBudget, n: number, action = NAT, region = HZ) {
  const granted: number[] = [];
  for (let i = 0; i < n; i++) void budget.take(action, region).then(() => granted.push(i));
  return granted;
}

describe('RateBudget', () => {
  it('lets a second’s worth through at once, then one call per 1/rate, in arrival order', async () => {
    const budget = new RateBudget({ callsPerSecond: 5 });
    const granted = start(budget, 12);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual([0, 1, 2, 3, 4]);
    expect(budget.state().waiting).toBe(7);
    await vi.advanceTimersByTimeAsync(1000);
    expect(granted).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await vi.advanceTimersByTimeAsync(400);
    expect(granted).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(budget.state()).toMatchObject({ waiting: 0, delayedCalls: 7 });
  });

  it('keeps one budget per region and action, as Alibaba limits them', async () => {
    const budget = new RateBudget({ callsPerSecond: 2, perAction: { DescribeVpnGateways: 1 } });
    const hz = start(budget, 3);
    const sg = start(budget, 3, NAT, 'ap-southeast-1');
    const vpn = start(budget, 2, 'DescribeVpnGateways');
    await vi.advanceTimersByTimeAsync(0);
    expect([hz, sg, vpn]).toEqual([[0, 1], [0, 1], [0]]);
    await vi.advanceTimersByTimeAsync(1000);
    expect([hz, sg, vpn]).toEqual([
      [0, 1, 2],
      [0, 1, 2],
      [0, 1],
    ]);
  });

  it('halves a rate on throttling (once per second), then recovers by about 1/s per second', async () => {
    const budget = new RateBudget({ callsPerSecond: 8 });
    budget.settle(NAT, HZ, true);
    budget.settle(NAT, HZ, true); // the same burst: not halved twice
    expect(budget.state()).toMatchObject({ slowestCallsPerSecond: 4, slowedBuckets: 1 });
    await vi.advanceTimersByTimeAsync(1001);
    budget.settle(NAT, HZ, true);
    expect(budget.state().slowestCallsPerSecond).toBe(2);
    // A second of calm at the current rate (2 answers) adds about one call per second.
    budget.settle(NAT, HZ, false);
    budget.settle(NAT, HZ, false);
    expect(budget.state().slowestCallsPerSecond).toBeCloseTo(2.9, 1);
    for (let i = 0; i < 100; i++) budget.settle(NAT, HZ, false);
    expect(budget.state()).toMatchObject({ slowestCallsPerSecond: 8, slowedBuckets: 0 });
  });

  it('holds a throttled bucket for the retry-after the API gave', async () => {
    const budget = new RateBudget({ callsPerSecond: 10 });
    await budget.take(NAT, HZ);
    budget.settle(NAT, HZ, true, 2000);
    const granted = start(budget, 1);
    await vi.advanceTimersByTimeAsync(1900);
    expect(granted).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(granted).toEqual([0]);
  });

  it('never goes under its floor', () => {
    const budget = new RateBudget({ callsPerSecond: 10, minCallsPerSecond: 3 });
    for (let i = 0; i < 5; i++) {
      budget.settle(NAT, HZ, true);
      vi.advanceTimersByTime(1001);
    }
    expect(budget.state().slowestCallsPerSecond).toBe(3);
  });

  it('drops a waiting call whose signal aborts, and the next one takes its turn', async () => {
    const budget = new RateBudget({ callsPerSecond: 1 });
    await budget.take(NAT, HZ);
    const controller = new AbortController();
    const aborted = budget.take(NAT, HZ, controller.signal);
    const next = start(budget, 1);
    controller.abort(new Error('user left'));
    await expect(aborted).rejects.toThrow('user left');
    await vi.advanceTimersByTimeAsync(1000);
    expect(next).toEqual([0]);
    expect(budget.state().waiting).toBe(0);
  });

  it('refuses a rate that is not positive', () => {
    expect(() => new RateBudget({ callsPerSecond: 0 })).toThrow('callsPerSecond must be > 0');
    expect(() => new RateBudget({ callsPerSecond: 1, perAction: { X: -1 } })).toThrow();
  });
});
