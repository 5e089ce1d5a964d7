import { describe, expect, it } from 'vitest';
import { runPlan, type StepState } from './delete-plan';

describe('runPlan', () => {
  it('stops at the failed step with its error, then resumes from that step only', async () => {
    const log: string[] = [];
    let fail = true;
    const run = async (s: string) => {
      if (s === 'b' && fail) throw new Error('refused');
      log.push(s);
    };
    const states: [number, StepState][] = [];
    const errors: unknown[] = [];
    const report = (i: number, st: StepState, e?: unknown) => {
      states.push([i, st]);
      if (e !== undefined) errors.push(e);
    };
    expect(await runPlan(['a', 'b', 'c'], 0, run, report)).toBe(1);
    expect(log).toEqual(['a']);
    expect(states.at(-1)).toEqual([1, 'failed']);
    expect((errors[0] as Error).message).toBe('refused');
    fail = false;
    expect(await runPlan(['a', 'b', 'c'], 1, run, report)).toBe(-1);
    expect(log).toEqual(['a', 'b', 'c']);
  });
});
