// Closed-loop load: N workers call `fire` back to back for a while; latencies per call.
import { Agent, request } from 'undici';

/** What one load run measured. */
export interface LoadResult {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** The value at quantile q (0..1) of ascending samples; 0 when empty. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}

/** Rounds to 2 decimals, for display. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Runs `concurrency` workers calling `fire` (true = success) for `durationMs`, after a warm-up. */
export async function runLoad(
  fire: () => Promise<boolean>,
  opts: { concurrency: number; durationMs: number; warmupMs?: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const loop = async (until: number, measure: boolean) => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const ok = await fire().catch(() => false);
      if (!measure) continue;
      latencies.push(performance.now() - t0);
      if (!ok) errors += 1;
    }
  };
  const workers = (until: number, measure: boolean) =>
    Promise.all(Array.from({ length: opts.concurrency }, () => loop(until, measure)));
  await workers(performance.now() + (opts.warmupMs ?? 300), false);
  const start = performance.now();
  await workers(start + opts.durationMs, true);
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    requestsPerSecond: Math.round((latencies.length - errors) / seconds),
    p50Ms: round2(quantile(latencies, 0.5)),
    p99Ms: round2(quantile(latencies, 0.99)),
  };
}

/** A keep-alive HTTP GET firer with `connections` sockets, for {@link runLoad}. */
export function httpGetFirer(
  url: string,
  headers: Record<string, string>,
  connections: number,
): { fire: () => Promise<boolean>; close: () => Promise<void> } {
  const agent = new Agent({ connections, keepAliveTimeout: 10_000, pipelining: 1 });
  return {
    async fire() {
      const res = await request(url, { dispatcher: agent, method: 'GET', headers });
      await res.body.text();
      return res.statusCode === 200;
    },
    close: () => agent.close(),
  };
}
