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

function start(budget: RateBudget, n: number) {
  const granted: number[] = [];
  for (let i = 0; i < n; i++) void budget.take(NAT, HZ).then(() => granted.push(i));
  return granted;
}

describe('RateBudget shared by instances', () => {
  it('takes its share of the rate: half of 10/s lets 5 through per second', async () => {
    const budget = new RateBudget({ callsPerSecond: 10 });
    budget.setShare(0.5);
    const granted = start(budget, 15);
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toHaveLength(5);
    await vi.advanceTimersByTimeAsync(1000);
    expect(granted).toHaveLength(10);
    expect(budget.state().slowestCallsPerSecond).toBe(5);
    expect(budget.options.callsPerSecond).toBe(10);
  });

  it('rescales buckets that exist when the share changes, and back to the whole rate', () => {
    const budget = new RateBudget({ callsPerSecond: 8 });
    start(budget, 1);
    budget.setShare(0.25);
    expect(budget.state().slowestCallsPerSecond).toBe(2);
    budget.setShare(1);
    expect(budget.state()).toMatchObject({ slowestCallsPerSecond: 8, slowedBuckets: 0 });
    expect(() => budget.setShare(0)).toThrow(RangeError);
  });

  it('tells listeners of its own throttling answers only, not of relayed ones', () => {
    const budget = new RateBudget({ callsPerSecond: 10 });
    const heard: unknown[] = [];
    budget.onThrottle((...args) => heard.push(args));
    budget.settle(NAT, HZ, true, 2000);
    expect(heard).toEqual([[NAT, HZ, 2000]]);
    vi.advanceTimersByTime(1500);
    budget.settle(NAT, HZ, true, 0, 'remote');
    expect(heard).toHaveLength(1);
    // The relayed answer slowed this bucket as a local one would: 10 → 5 → 2.5.
    expect(budget.state().slowestCallsPerSecond).toBe(2.5);
  });
});
