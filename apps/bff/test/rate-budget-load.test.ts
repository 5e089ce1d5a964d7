import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateBudget } from '@gc/vpc-client';
import { startHarness, type Harness } from './harness.ts';

// Issue 20's scenario: the emulator throttles at a fixed rate (2 calls per second per region
// and action); three users browse and one inventory runs meanwhile, on the BFF as shipped (2 s
// read cache with single-flight, default retries, 10/s budget per region and action). Nobody
// sees an error, and few calls are throttled (2 of 77 when measured). In so short a run the
// cache and the retry-after pause do most of it; the budget's AIMD is shown in its unit tests.
let h: Harness;
const budget = new RateBudget({ callsPerSecond: 10 });

interface Stats {
  requests: { total: number };
  errors: { byCode: Record<string, number> };
}

beforeAll(async () => {
  h = await startHarness(
    { rateBudget: budget },
    {
      rateBudget: budget,
      // As shipped (apps/bff/src/bootstrap.ts uses the client's default retry policy).
      retry: { maxAttempts: 4 },
    },
  );
  await h.admin('PUT', '/faults', {
    rules: [{ kind: 'rateLimit', probability: 1, limit: 2, windowSeconds: 1 }],
  });
  await h.admin('DELETE', '/stats');
});
afterAll(() => h.close());

describe('three users and an inventory under the account rate', () => {
  it('answers every request, and keeps throttling answers under 5% of calls', async () => {
    const pages = [
      '/api/regions/cn-hangzhou/nat-gateways',
      '/api/regions/cn-hangzhou/vpn-gateways',
      '/api/regions/cn-hangzhou/ipv6-gateways',
    ];
    const browse = async () => {
      const user = await h.auditor();
      const statuses: number[] = [];
      // A page load asks for its lists together, as the SPA's queries do.
      for (let round = 0; round < 5; round++)
        statuses.push(...(await Promise.all(pages.map((p) => user.get(p)))).map((r) => r.status));
      return statuses;
    };
    const inventory = async () => [(await (await h.auditor()).get('/api/inventory')).status];
    const statuses = (await Promise.all([browse(), browse(), browse(), inventory()])).flat();
    expect(statuses).toEqual(statuses.map(() => 200));
    const stats = await h.admin<Stats>('GET', '/stats');
    const throttled = stats.errors.byCode['Throttling.User'] ?? 0;
    expect(stats.requests.total).toBeGreaterThan(60);
    expect(throttled / stats.requests.total).toBeLessThan(0.05);
    expect(budget.state().waiting).toBe(0);
  }, 120_000);
});
