import { describe, expect, it } from 'vitest';
import { RateBudget } from './rate-budget.ts';

describe('RateBudget.headroom', () => {
  it('counts the calls waiting in one region only, and names the default rate', async () => {
    const budget = new RateBudget({ callsPerSecond: 0.01 });
    expect(budget.headroom('r1')).toEqual({ waiting: 0, slowed: false, callsPerSecond: 0.01 });
    await budget.take('DescribeNatGateways', 'r1');
    const abort = new AbortController();
    const waiting = budget.take('DescribeNatGateways', 'r1', abort.signal);
    await budget.take('DescribeVpcs', 'r2');
    expect(budget.headroom('r1')).toMatchObject({ waiting: 1, slowed: false });
    expect(budget.headroom('r2')).toMatchObject({ waiting: 0 });
    abort.abort();
    await expect(waiting).rejects.toBeDefined();
    expect(budget.headroom('r1').waiting).toBe(0);
  });

  it('says slowed after a throttling answer in that region, and follows the share', () => {
    const budget = new RateBudget({ callsPerSecond: 10 });
    budget.settle('DescribeNatGateways', 'r1', true);
    expect(budget.headroom('r1')).toEqual({ waiting: 0, slowed: true, callsPerSecond: 10 });
    expect(budget.headroom('r2')).toEqual({ waiting: 0, slowed: false, callsPerSecond: 10 });
    budget.setShare(0.5);
    expect(budget.headroom('r2').callsPerSecond).toBe(5);
  });
});
