import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { RateBudget } from './rate-budget.ts';
import { VpcClient } from './vpc-client.ts';

const credentials = { accessKeyId: 'testid', accessKeySecret: 'testsecret' };
const ORIGIN = 'http://127.0.0.1:8081';
const OK = {
  RequestId: 'r-ok',
  TotalCount: 0,
  PageNumber: 1,
  PageSize: 10,
  NatGateways: { NatGateway: [] },
};
const THROTTLED = { RequestId: 'r-th', Code: 'Throttling.User', Message: 'Request was denied.' };

let agent: MockAgent;
afterEach(() => agent.close());

describe('a client with a rate budget', () => {
  it('retries a throttled call through the budget, which slows down and the call succeeds', async () => {
    agent = new MockAgent();
    agent.disableNetConnect();
    let attempts = 0;
    agent
      .get(ORIGIN)
      .intercept({ path: () => true, method: () => true })
      .reply((): { statusCode: number; data: object } => {
        attempts += 1;
        return attempts <= 2 ? { statusCode: 400, data: THROTTLED } : { statusCode: 200, data: OK };
      })
      .persist();
    const budget = new RateBudget({ callsPerSecond: 40 });
    const client = new VpcClient({
      endpoint: ORIGIN,
      credentials,
      format: 'JSON',
      dispatcher: agent,
      rateBudget: budget,
      retry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5 },
    });
    const res = await client.describeNatGateways({ RegionId: 'cn-hangzhou' });
    expect(res.RequestId).toBe('r-ok');
    expect(attempts).toBe(3);
    // Two throttling answers within a second halve the rate once; the success adds back a little.
    expect(budget.state().slowestCallsPerSecond).toBeGreaterThan(20);
    expect(budget.state().slowestCallsPerSecond).toBeLessThan(21);
    // A derived client (the BFF's) shares the same budget.
    const derived = client.withInterceptors([]);
    await derived.describeNatGateways({ RegionId: 'cn-hangzhou' });
    expect(budget.state().slowestCallsPerSecond).toBeGreaterThan(20.05);
  });
});
