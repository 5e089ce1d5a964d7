import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upstreamRateSchema } from '@gc/contracts';
import { RateBudget } from '@gc/vpc-client';
import { startHarness, type Harness } from './harness.ts';

// Issue 20: every user's calls share the account's budget; the console asks how many wait.
let h: Harness;
const budget = new RateBudget({ callsPerSecond: 2 });

beforeAll(async () => {
  h = await startHarness({ cacheTtlMs: 0, rateBudget: budget }, { rateBudget: budget });
});
afterAll(() => h.close());

describe('GET /api/upstream-rate', () => {
  it('needs a session', async () => {
    expect((await h.agent().get('/api/upstream-rate')).status).toBe(401);
  });

  it('shows the calls of several users waiting on one budget, all of which then succeed', async () => {
    const users = [await h.auditor(), await h.operator(), await h.auditor()];
    const idle = upstreamRateSchema.parse((await users[0]?.get('/api/upstream-rate'))?.body);
    expect(idle).toMatchObject({ limited: true, callsPerSecond: 2 });
    // Nine identical region reads from three users against two calls per second.
    const reads = users.flatMap((u) => [0, 1, 2].map(() => u.get('/api/regions/cn-hangzhou/vpcs')));
    let busy = idle;
    for (let i = 0; i < 20 && busy.waiting === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      busy = upstreamRateSchema.parse((await users[1]?.get('/api/upstream-rate'))?.body);
    }
    expect(busy.waiting).toBeGreaterThan(0);
    const answers = await Promise.all(reads);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const after = upstreamRateSchema.parse((await users[2]?.get('/api/upstream-rate'))?.body);
    expect(after.waiting).toBe(0);
  });
});

describe('without a budget (the demo)', () => {
  it('says nothing is limited', async () => {
    const demo = await startHarness();
    try {
      const res = await (await demo.auditor()).get('/api/upstream-rate');
      expect(upstreamRateSchema.parse(res.body)).toEqual({
        limited: false,
        waiting: 0,
        callsPerSecond: 0,
        slowestCallsPerSecond: 0,
        slowedBuckets: 0,
      });
    } finally {
      await demo.close();
    }
  });
});
