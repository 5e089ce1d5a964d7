import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY } from '@gc/emulator';
import { VpcClient } from '@gc/vpc-client';
import { startHarness, type Agent, type Harness } from './harness.ts';

const LATENCY_MS = 200;
let h: Harness;
let auditor: Agent;

beforeAll(async () => {
  h = await startHarness({ cacheTtlMs: 0 });
  auditor = await h.auditor();
});
afterAll(() => h.close());

describe('inventory wall time (issue 8 row 4)', () => {
  it(`stays near one call with ${LATENCY_MS} ms injected on every upstream call`, async () => {
    // A first read learns which regions and gateways exist (what a running console already knows).
    expect((await auditor.get('/api/inventory')).status).toBe(200);
    await h.admin('PUT', '/faults', {
      rules: [{ probability: 1, kind: 'latency', latencyMs: LATENCY_MS }],
    });
    const direct = new VpcClient({ endpoint: h.emulator.url, credentials: { ...DEMO_ACCESS_KEY } });
    try {
      await direct.describeRegions({});
      const t0 = performance.now();
      await direct.describeRegions({});
      const oneCallMs = performance.now() - t0;
      await h.admin('DELETE', '/stats');
      const t1 = performance.now();
      const res = await auditor.get('/api/inventory');
      const inventoryMs = performance.now() - t1;
      expect(res.status).toBe(200);
      const stats = await h.admin<{ requests: { total: number } }>('GET', '/stats');
      const calls = stats.requests.total;
      const ratio = inventoryMs / oneCallMs;
      console.log(
        `inventory ${Math.round(inventoryMs)} ms (${calls} upstream calls) vs one call ${Math.round(oneCallMs)} ms: ${ratio.toFixed(2)}x`,
      );
      // The ≤ 2× target (issue 8) is a goal measured by the bench, not asserted on a shared CI
      // machine. What is asserted: the calls overlap, far from one latency per call in sequence.
      expect(calls).toBeGreaterThan(20);
      expect(inventoryMs).toBeLessThan((calls * LATENCY_MS) / 4);
    } finally {
      await direct.close();
      await h.admin('DELETE', '/faults');
    }
  });

  it('reads a known account in one round trip: no call waits for another one to answer', async () => {
    // Every dependent read (rule lists, connections, addresses, SSL servers, egress rules) is
    // started from what the last read found. With a long latency, a second wave of calls would
    // take the read past twice that latency whatever the machine's load.
    const latencyMs = 1000;
    expect((await auditor.get('/api/inventory')).status).toBe(200);
    await h.admin('PUT', '/faults', { rules: [{ probability: 1, kind: 'latency', latencyMs }] });
    try {
      const t0 = performance.now();
      const res = await auditor.get('/api/inventory');
      const ms = performance.now() - t0;
      expect(res.status).toBe(200);
      expect(ms).toBeGreaterThanOrEqual(latencyMs);
      expect(ms).toBeLessThan(2 * latencyMs);
    } finally {
      await h.admin('DELETE', '/faults');
    }
  });
});
