import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema, readySchema } from '@gc/contracts';
import { DEMO_ACCESS_KEY } from '@gc/emulator';
import { VpcClient } from '@gc/vpc-client';
import { startHarness, type Harness } from './harness.ts';

const LIST = '/api/regions/cn-hangzhou/nat-gateways';

describe('upstream failures', () => {
  let h: Harness;
  let slowClient: VpcClient;
  beforeAll(async () => {
    h = await startHarness();
    // A second client on the same emulator that gives up on headers after 150 ms, no retries.
    slowClient = new VpcClient({
      endpoint: h.emulator.url,
      credentials: { ...DEMO_ACCESS_KEY },
      timeouts: { headersMs: 150 },
      retry: { maxAttempts: 1 },
    });
  });
  afterAll(async () => {
    await slowClient.close();
    await h.close();
  });

  it('maps upstream 5xx to 502 with the upstream code and RequestId', async () => {
    const op = await h.operator();
    await h.admin('PUT', '/faults', {
      rules: [{ action: 'DescribeNatGateways', probability: 1, kind: 'unavailable' }],
    });
    try {
      const res = await op.get(`${LIST}?q=unavailable`);
      expect(res.status).toBe(502);
      const body = errorBodySchema.parse(res.body);
      expect(body.error.code).toBe('ServiceUnavailable');
      expect(body.error.requestId).toBeDefined();
    } finally {
      await h.admin('DELETE', '/faults');
    }
  });

  it('maps an upstream timeout to 504', async () => {
    const t = await startHarness({ client: slowClient });
    try {
      const op = await t.operator();
      await h.admin('PUT', '/faults', {
        rules: [
          { action: 'DescribeNatGateways', probability: 1, kind: 'latency', latencyMs: 1000 },
        ],
      });
      const res = await op.get(LIST);
      expect(res.status).toBe(504);
      expect(errorBodySchema.parse(res.body).error.code).toBe('UpstreamTimeout');
    } finally {
      await h.admin('DELETE', '/faults');
      await t.close();
    }
  });
});

describe('unreachable upstream', () => {
  it('answers /api/ready 503 and reads 502 UpstreamUnavailable', async () => {
    const dead = new VpcClient({
      endpoint: 'http://127.0.0.1:9',
      credentials: { ...DEMO_ACCESS_KEY },
      retry: { maxAttempts: 1 },
    });
    const h = await startHarness({ client: dead });
    try {
      const ready = await h.agent().get('/api/ready');
      expect(ready.status).toBe(503);
      expect(readySchema.parse(ready.body).status).toBe('unavailable');
      const op = await h.operator();
      const res = await op.get(LIST);
      expect(res.status).toBe(502);
      expect(errorBodySchema.parse(res.body).error.code).toBe('UpstreamUnavailable');
    } finally {
      await h.close();
      await dead.close();
    }
  });
});
