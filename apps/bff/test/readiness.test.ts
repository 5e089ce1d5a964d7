import { DEMO_ACCESS_KEY } from '@gc/emulator';
import { VpcClient } from '@gc/vpc-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readySchema } from '@gc/contracts';
import { createDemoUserStore } from '../src/auth/user-store.ts';
import { READINESS_TTL, readinessProbe } from '../src/services/readiness-probe.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** Signed DescribeRegions calls the emulator has answered since the last reset. */
async function describeRegionsCalls(): Promise<number> {
  const stats = await h.admin<{ requests: { byAction: Record<string, number> } }>('GET', '/stats');
  return stats.requests.byAction.DescribeRegions ?? 0;
}

describe('/api/ready', () => {
  it('answers 100 concurrent anonymous callers with at most one upstream call, endpoint hidden', async () => {
    await h.admin('DELETE', '/stats');
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => h.agent().get('/api/ready')),
    );
    // Exactly one: the probe did ask the emulator, once for all 100.
    expect(await describeRegionsCalls()).toBe(1);
    for (const res of answers) {
      expect(res.status).toBe(200);
      const body = readySchema.parse(res.body);
      expect(body.status).toBe('ready');
      expect(body.upstream.endpoint).toBe('');
      expect(res.text).not.toContain(h.emulator.url);
      expect(res.text).not.toContain('127.0.0.1');
    }
    // Within the TTL the cached answer holds: no further call.
    await h.agent().get('/api/ready');
    expect(await describeRegionsCalls()).toBeLessThanOrEqual(1);
  });

  it('shows the endpoint to a signed-in user, from the same cached probe', async () => {
    await h.agent().get('/api/ready');
    await h.admin('DELETE', '/stats');
    const op = await h.operator();
    const res = await op.get('/api/ready');
    expect(res.status).toBe(200);
    expect(readySchema.parse(res.body).upstream.endpoint).toBe(h.emulator.url);
    expect(await describeRegionsCalls()).toBe(0);
  });
});

describe('readinessProbe', () => {
  it('probes again once the TTL has passed, sooner after a failure', async () => {
    const client = new VpcClient({
      endpoint: h.emulator.url,
      credentials: { ...DEMO_ACCESS_KEY },
      retry: { maxAttempts: 1 },
    });
    let clock = 0;
    const probe = readinessProbe(client, await createDemoUserStore(), { now: () => clock });
    try {
      await h.admin('DELETE', '/stats');
      expect((await probe()).ready).toBe(true);
      clock += READINESS_TTL.readyMs - 1;
      await probe();
      expect(await describeRegionsCalls()).toBe(1);
      clock += 1;
      await probe();
      expect(await describeRegionsCalls()).toBe(2);

      await h.admin('PUT', '/faults', {
        rules: [{ action: 'DescribeRegions', probability: 1, kind: 'unavailable' }],
      });
      clock += READINESS_TTL.readyMs;
      const failed = await probe();
      expect(failed).toEqual({ ready: false, upstream: { code: 'ServiceUnavailable' } });
      await h.admin('DELETE', '/faults');
      clock += READINESS_TTL.unavailableMs - 1;
      expect((await probe()).ready).toBe(false);
      clock += 1;
      expect((await probe()).ready).toBe(true);
    } finally {
      await h.admin('DELETE', '/faults');
      await client.close();
    }
  });
});
