// Emulator throughput: signed DescribeNatGateways requests per second against an in-process
// emulator, over one undici keep-alive Agent with 16 concurrent workers.
//   pnpm exec tsx bench/emulator-throughput.ts [durationMs]
//
// bench/ is not a workspace package (no package.json), so undici is resolved through
// packages/emulator/package.json (a devDependency there) with createRequire.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { DEMO_ACCESS_KEY, startEmulator } from '../packages/emulator/src/index.ts';
import { signRpcRequest } from '../packages/signer/src/index.ts';

/** The slice of undici this bench uses. */
interface Undici {
  Agent: new (options: { connections: number; keepAliveTimeout: number; pipelining: number }) => {
    close(): Promise<void>;
  };
  request(
    url: string,
    options: { dispatcher: unknown; method: 'GET' },
  ): Promise<{ statusCode: number; body: { text(): Promise<string> } }>;
}

/** Options of {@link runEmulatorBench}. */
export interface EmulatorBenchOptions {
  durationMs?: number;
  warmupMs?: number;
  concurrency?: number;
  format?: 'XML' | 'JSON';
}

/** What one bench run measured. */
export interface EmulatorBenchResult {
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU time of this process (client + emulator) per request: steadier than req/s on a busy machine. */
  cpuUsPerRequest: number;
  concurrency: number;
  format: 'XML' | 'JSON';
}

async function loadUndici(): Promise<Undici> {
  const fromEmulator = createRequire(new URL('../packages/emulator/package.json', import.meta.url));
  return (await import(pathToFileURL(fromEmulator.resolve('undici')).href)) as Undici;
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0
    ? 0
    : (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0);

/** Starts an emulator, hammers it with signed DescribeNatGateways calls, stops it, returns the figures. */
export async function runEmulatorBench(
  opts: EmulatorBenchOptions = {},
): Promise<EmulatorBenchResult> {
  const durationMs = opts.durationMs ?? 5000;
  const warmupMs = opts.warmupMs ?? 2000;
  const concurrency = opts.concurrency ?? 16;
  const format = opts.format ?? 'JSON';
  const { Agent, request } = await loadUndici();
  const emu = await startEmulator({ logger: false, timing: { mode: 'immediate' } });
  const agent = new Agent({ connections: concurrency, keepAliveTimeout: 10_000, pipelining: 1 });
  const latencies: number[] = [];
  let requests = 0;
  let errors = 0;
  const call = async (measure: boolean) => {
    // A fresh nonce and timestamp per request: each one is really signed and verified.
    const params = signRpcRequest({
      method: 'GET',
      action: 'DescribeNatGateways',
      params: { RegionId: 'cn-hangzhou', PageSize: '10' },
      credentials: { ...DEMO_ACCESS_KEY },
      format,
    });
    const started = performance.now();
    const res = await request(`${emu.url}/?${new URLSearchParams(params).toString()}`, {
      dispatcher: agent,
      method: 'GET',
    });
    await res.body.text();
    if (!measure) return;
    latencies.push(performance.now() - started);
    if (res.statusCode === 200) requests += 1;
    else errors += 1;
  };
  const loop = async (until: number, measure: boolean) => {
    while (performance.now() < until) await call(measure);
  };
  try {
    const warmEnd = performance.now() + warmupMs;
    await Promise.all(Array.from({ length: concurrency }, () => loop(warmEnd, false)));
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const end = start + durationMs;
    await Promise.all(Array.from({ length: concurrency }, () => loop(end, true)));
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    latencies.sort((a, b) => a - b);
    return {
      requests,
      errors,
      seconds,
      requestsPerSecond: Math.round(requests / seconds),
      p50Ms: Number(percentile(latencies, 0.5).toFixed(2)),
      p99Ms: Number(percentile(latencies, 0.99).toFixed(2)),
      cpuUsPerRequest: Math.round((cpu.user + cpu.system) / Math.max(1, requests + errors)),
      concurrency,
      format,
    };
  } finally {
    await agent.close();
    await emu.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const durationMs = Number(process.argv[2] ?? 5000);
  // One discarded run first: JIT and heap keep warming up across runs of the same process.
  await runEmulatorBench({ durationMs: 3000, format: 'JSON' });
  const rows: EmulatorBenchResult[] = [];
  for (const format of ['JSON', 'XML'] as const)
    rows.push(await runEmulatorBench({ durationMs, format }));
  console.log('\nEmulator throughput: signed DescribeNatGateways (10 per page), undici keep-alive');
  console.table(
    rows.map((r) => ({
      format: r.format,
      concurrency: r.concurrency,
      'req/s': r.requestsPerSecond,
      'p50 ms': r.p50Ms,
      'p99 ms': r.p99Ms,
      'CPU µs/req': r.cpuUsPerRequest,
      requests: r.requests,
      errors: r.errors,
    })),
  );
}
