import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin, fails, ok, signedCall } from './signed-call.ts';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'immediate' }, rngSeed: 7 });
});
afterAll(() => emu.close());
beforeEach(async () => {
  await admin(emu, 'POST', 'reset');
  await admin(emu, 'DELETE', 'faults');
  await admin(emu, 'DELETE', 'stats');
});

const R = { RegionId: 'cn-hangzhou' };

describe('ClientToken idempotency', () => {
  it('same token + same params → the first result; different params → IdempotentParameterMismatch', async () => {
    const first = await ok<{ AllocationId: string; EipAddress: string }>(
      emu.url,
      'AllocateEipAddress',
      { ...R, ClientToken: 'tok-1', Name: 'once' },
    );
    const again = await ok<{ AllocationId: string; RequestId: string }>(
      emu.url,
      'AllocateEipAddress',
      { ...R, ClientToken: 'tok-1', Name: 'once' },
    );
    expect(again.AllocationId).toBe(first.AllocationId);
    const list = await ok<{ TotalCount: number }>(emu.url, 'DescribeEipAddresses', {
      ...R,
      EipName: 'once',
    });
    expect(list.TotalCount).toBe(1);
    const e = await fails(emu.url, 'AllocateEipAddress', {
      ...R,
      ClientToken: 'tok-1',
      Name: 'twice',
    });
    expect([e.status, e.code]).toEqual([400, 'IdempotentParameterMismatch']);
  });

  it('answers LastTokenProcessing while the first request is still running', async () => {
    await admin(emu, 'PUT', 'faults', {
      rules: [{ action: 'AllocateEipAddress', probability: 1, kind: 'latency', latencyMs: 600 }],
    });
    // Whichever arrives first runs (slowly); the other finds its token in flight.
    const both = await Promise.all([
      signedCall(emu.url, 'AllocateEipAddress', { ...R, ClientToken: 'tok-slow' }),
      new Promise((r) => setTimeout(r, 150)).then(() =>
        signedCall(emu.url, 'AllocateEipAddress', { ...R, ClientToken: 'tok-slow' }),
      ),
    ]);
    const outcomes = both.map((r) => (r.status === 200 ? 'OK' : String(r.body.Code))).sort();
    expect(outcomes).toEqual(['LastTokenProcessing', 'OK']);
  });

  it('forgets a token whose request failed, so a fixed retry works', async () => {
    await fails(emu.url, 'AllocateEipAddress', { ...R, ClientToken: 'tok-bad', Bandwidth: 9999 });
    await ok(emu.url, 'AllocateEipAddress', { ...R, ClientToken: 'tok-bad', Bandwidth: 10 });
    expect(
      (await fails(emu.url, 'AllocateEipAddress', { ...R, ClientToken: 'x'.repeat(65) })).code,
    ).toBe('InvalidParameter.ClientToken.Malformed');
  });
});

describe('fault injection', () => {
  it('throttles with x-acs-retry-after, only the targeted action', async () => {
    await admin(emu, 'PUT', 'faults', {
      rules: [{ action: 'DescribeVpcs', probability: 1, kind: 'throttling', retryAfterSeconds: 3 }],
    });
    const e = await fails(emu.url, 'DescribeVpcs', R);
    expect([e.status, e.code, e.headers.get('x-acs-retry-after')]).toEqual([
      400,
      'Throttling.User',
      '3',
    ]);
    await ok(emu.url, 'DescribeVSwitches', R);
  });

  it('limits a rule to one regionId, so one region of a fan-out fails', async () => {
    await admin(emu, 'PUT', 'faults', {
      rules: [{ regionId: 'cn-shanghai', probability: 1, kind: 'unavailable' }],
    });
    const e = await fails(emu.url, 'DescribeVpcs', { RegionId: 'cn-shanghai' });
    expect([e.status, e.code]).toEqual([503, 'ServiceUnavailable']);
    await ok(emu.url, 'DescribeVpcs', R);
    await ok(emu.url, 'DescribeRegions', {});
  });

  it('answers ServiceUnavailable 503 and InternalError 500', async () => {
    await admin(emu, 'PUT', 'faults', {
      rules: [
        { action: 'DescribeVpcs', probability: 1, kind: 'unavailable' },
        { probability: 1, kind: 'internal' },
      ],
    });
    expect(await fails(emu.url, 'DescribeVpcs', R)).toMatchObject({
      status: 503,
      code: 'ServiceUnavailable',
    });
    expect(await fails(emu.url, 'DescribeZones', R)).toMatchObject({
      status: 500,
      code: 'InternalError',
    });
  });

  it('is repeatable with a seed', async () => {
    const run = async () => {
      await admin(emu, 'PUT', 'faults', {
        seed: 99,
        rules: [{ probability: 0.5, kind: 'unavailable' }],
      });
      const codes: number[] = [];
      for (let i = 0; i < 12; i += 1)
        codes.push((await signedCall(emu.url, 'DescribeRegions')).status);
      return codes;
    };
    const a = await run();
    expect(a).toContain(503);
    expect(a).toContain(200);
    expect(await run()).toEqual(a);
  });

  it('adds latency with jitter', async () => {
    await admin(emu, 'PUT', 'faults', {
      rules: [{ probability: 1, kind: 'latency', latencyMs: 120, jitterMs: 30 }],
    });
    const t = performance.now();
    await ok(emu.url, 'DescribeRegions');
    const ms = performance.now() - t;
    expect(ms).toBeGreaterThanOrEqual(115);
    expect(ms).toBeLessThan(5000);
  });

  it('drops the response after committing the change (connection reset)', async () => {
    await admin(emu, 'PUT', 'faults', {
      rules: [{ action: 'AllocateEipAddress', probability: 1, kind: 'drop' }],
    });
    await expect(
      signedCall(emu.url, 'AllocateEipAddress', { ...R, Name: 'dropped', ClientToken: 'tok-drop' }),
    ).rejects.toThrow();
    await admin(emu, 'DELETE', 'faults');
    expect(
      (
        await ok<{ TotalCount: number }>(emu.url, 'DescribeEipAddresses', {
          ...R,
          EipName: 'dropped',
        })
      ).TotalCount,
    ).toBe(1);
    // The retry with the same token gets the committed result, not a second EIP.
    await ok(emu.url, 'AllocateEipAddress', { ...R, Name: 'dropped', ClientToken: 'tok-drop' });
    expect(
      (
        await ok<{ TotalCount: number }>(emu.url, 'DescribeEipAddresses', {
          ...R,
          EipName: 'dropped',
        })
      ).TotalCount,
    ).toBe(1);
  });

  it('counts requests per action in stats', async () => {
    await ok(emu.url, 'DescribeRegions');
    await ok(emu.url, 'DescribeRegions');
    await fails(emu.url, 'DescribeUnicorns');
    const stats = (await admin(emu, 'GET', 'stats')) as {
      requests: { total: number; byAction: Record<string, number> };
    };
    expect(stats.requests).toEqual({
      total: 3,
      byAction: { DescribeRegions: 2, DescribeUnicorns: 1 },
    });
  });
});
