import { describe, expect, it } from 'vitest';
import { WaitTimeoutError } from './errors.ts';
import { waitFor } from './wait-for.ts';

describe('waitFor', () => {
  it('polls until the predicate holds and returns that value', async () => {
    const states = ['Creating', 'Creating', 'Available'];
    let probes = 0;
    const value = await waitFor(
      async () => states[probes++] ?? 'Available',
      (status) => status === 'Available',
      { initialDelayMs: 1, maxDelayMs: 2 },
    );
    expect(value).toBe('Available');
    expect(probes).toBe(3);
  });

  it('returns at once when the first probe already matches', async () => {
    let probes = 0;
    await waitFor(
      async () => ++probes,
      () => true,
      { initialDelayMs: 10_000 },
    );
    expect(probes).toBe(1);
  });

  it('backs off exponentially up to maxDelayMs', async () => {
    const times: number[] = [];
    await waitFor(
      async () => times.push(Date.now()),
      (n) => n >= 5,
      { initialDelayMs: 10, maxDelayMs: 40 },
    );
    const gaps = times.slice(1).map((t, i) => t - (times[i] ?? t));
    // Pauses 10, 20, 40, 40 ms (timers may fire a little late, never early).
    expect(gaps.map((g) => g >= 9)).toEqual([true, true, true, true]);
    expect(gaps[2]).toBeGreaterThanOrEqual(39);
  });

  it('throws WaitTimeoutError carrying the last value', async () => {
    const error = await waitFor(
      async () => 'Creating',
      () => false,
      {
        timeoutMs: 30,
        initialDelayMs: 5,
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect((error as WaitTimeoutError).lastValue).toBe('Creating');
    expect((error as Error).message).toMatch(/condition not met after 30 ms/);
  });

  it('rejects with the abort reason', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('user cancelled')), 20);
    await expect(
      waitFor(
        async () => 0,
        () => false,
        { initialDelayMs: 5, signal: controller.signal },
      ),
    ).rejects.toThrow('user cancelled');
  });

  it('passes on probe errors', async () => {
    await expect(
      waitFor(
        async () => Promise.reject(new Error('InvalidVpnGatewayInstanceId.NotFound')),
        () => true,
      ),
    ).rejects.toThrow('NotFound');
  });
});
