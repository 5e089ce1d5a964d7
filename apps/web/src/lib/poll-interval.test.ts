import { describe, expect, it } from 'vitest';
import { pollDelay, pollWhile } from './poll-interval';

describe('pollDelay', () => {
  it('backs off 1 s, 2 s, 4 s, 8 s, then stays at 10 s', () => {
    expect([0, 1, 2, 3, 4, 9].map(pollDelay)).toEqual([1000, 2000, 4000, 8000, 10000, 10000]);
  });
});

describe('pollWhile', () => {
  const busy = (d: { status: string }) => d.status === 'Creating';
  const query = (status: string | undefined, dataUpdateCount: number) => ({
    state: { data: status === undefined ? undefined : { status }, dataUpdateCount },
  });

  it('polls with growing delays while busy and stops once stable', () => {
    const interval = pollWhile(busy);
    const q = query('Creating', 3);
    expect(interval(q)).toBe(1000);
    q.state.dataUpdateCount = 4;
    expect(interval(q)).toBe(2000);
    q.state.dataUpdateCount = 5;
    expect(interval(q)).toBe(4000);
    q.state.data = { status: 'Available' };
    q.state.dataUpdateCount = 6;
    expect(interval(q)).toBe(false);
  });

  it('starts again from 1 s when the data turns busy again (and after a reload)', () => {
    const interval = pollWhile(busy);
    const q = query('Creating', 1);
    interval(q);
    q.state.dataUpdateCount = 2;
    q.state.data = { status: 'Available' };
    expect(interval(q)).toBe(false);
    q.state.dataUpdateCount = 7;
    q.state.data = { status: 'Creating' };
    expect(interval(q)).toBe(1000);
    expect(interval(query('Creating', 1))).toBe(1000);
  });

  it('does not poll without data', () => {
    expect(pollWhile(busy)(query(undefined, 0))).toBe(false);
  });
});
