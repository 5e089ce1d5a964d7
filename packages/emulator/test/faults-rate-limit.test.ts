import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin, fails, ok } from './signed-call.ts';

// Issue 20: the emulator throttles at a fixed rate per region and action, as Alibaba's quotas
// ("300/60(s)", dimension regionId + API + account) do, so clients can be tested against it.
let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'immediate' } });
});
afterAll(() => emu.close());

describe('fault kind rateLimit', () => {
  it('answers Throttling.User past the limit of a window, per region and action, and counts it', async () => {
    await admin(emu, 'PUT', 'faults', {
      rules: [
        { kind: 'rateLimit', probability: 1, action: 'DescribeVpcs', limit: 3, windowSeconds: 60 },
      ],
    });
    await admin(emu, 'DELETE', 'stats');
    for (let i = 0; i < 3; i++) await ok(emu.url, 'DescribeVpcs', { RegionId: 'cn-hangzhou' });
    const e = await fails(emu.url, 'DescribeVpcs', { RegionId: 'cn-hangzhou' });
    expect(e.status).toBe(400);
    expect(e.code).toBe('Throttling.User');
    const retryAfter = Number(e.headers.get('x-acs-retry-after'));
    expect(retryAfter).toBeGreaterThan(50);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Another region, and another action, have their own counts.
    await ok(emu.url, 'DescribeVpcs', { RegionId: 'ap-southeast-1' });
    await ok(emu.url, 'DescribeVSwitches', { RegionId: 'cn-hangzhou' });
    const stats = (await admin(emu, 'GET', 'stats')) as {
      requests: { total: number };
      errors: { byCode: Record<string, number> };
    };
    expect(stats.requests.total).toBe(6);
    expect(stats.errors.byCode).toEqual({ 'Throttling.User': 1 });
    // New rules start new windows.
    await admin(emu, 'DELETE', 'faults');
    await ok(emu.url, 'DescribeVpcs', { RegionId: 'cn-hangzhou' });
  });
});
