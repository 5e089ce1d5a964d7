// #2 BFF NAT list endpoint against a direct @gc/vpc-client call to the emulator, 64 concurrent
// connections each, in one process, slices interleaved (direct, BFF, BFF without cache, …) so
// drift hits all alike. "direct" fetches every page of DescribeNatGateways, as the BFF does.
//   pnpm exec tsx bench/bff-throughput.ts [sliceMs]
import { pathToFileURL } from 'node:url';
import { DEMO_ACCESS_KEY } from '@gc/emulator';
import { paginate, VpcClient } from '@gc/vpc-client';
import { startBffStack } from './lib/bff-stack.ts';
import { httpGetFirer, round2, runLoad, type LoadResult } from './lib/load.ts';

const REGION = 'cn-hangzhou';

/** Figures of {@link runBffThroughputBench}; ratio = BFF req/s ÷ direct req/s. */
export interface BffThroughputResult {
  direct: LoadResult;
  bff: LoadResult;
  bffNoCache: LoadResult;
  ratio: number;
  ratioNoCache: number;
  addedP50Ms: number;
  addedP99Ms: number;
  addedP99NoCacheMs: number;
}

const merge = (parts: LoadResult[]): LoadResult => {
  const n = parts.length;
  const sum = (f: (r: LoadResult) => number) => parts.reduce((a, r) => a + f(r), 0);
  return {
    requests: sum((r) => r.requests),
    errors: sum((r) => r.errors),
    requestsPerSecond: Math.round(sum((r) => r.requestsPerSecond) / n),
    // The median over slices of each slice's quantile: robust to one noisy slice.
    p50Ms: median(parts.map((r) => r.p50Ms)),
    p99Ms: median(parts.map((r) => r.p99Ms)),
  };
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Measures list throughput and latency: direct client, BFF (2 s cache), BFF (coalescing only). */
export async function runBffThroughputBench(
  opts: { concurrency?: number; sliceMs?: number; rounds?: number } = {},
): Promise<BffThroughputResult> {
  const concurrency = opts.concurrency ?? 64;
  const sliceMs = opts.sliceMs ?? 2000;
  const rounds = opts.rounds ?? 3;
  const cached = await startBffStack();
  const uncached = await startBffStack({
    emulatorUrl: cached.emulatorUrl,
    emulatorAdminToken: cached.emulatorAdminToken,
    app: { cacheTtlMs: 0 },
  });
  const direct = new VpcClient({
    endpoint: cached.emulatorUrl,
    credentials: { ...DEMO_ACCESS_KEY },
  });
  const path = `/api/regions/${REGION}/nat-gateways?pageSize=20`;
  const bffFirer = httpGetFirer(
    `${cached.url}${path}`,
    { cookie: (await cached.login('auditor')).cookie },
    concurrency,
  );
  const noCacheFirer = httpGetFirer(
    `${uncached.url}${path}`,
    { cookie: (await uncached.login('auditor')).cookie },
    concurrency,
  );
  const runners = {
    direct: async () => {
      let n = 0;
      for await (const _g of paginate(async (page) => {
        const r = await direct.describeNatGateways({ RegionId: REGION, ...page });
        return { items: r.NatGateways.NatGateway, totalCount: r.TotalCount };
      })) {
        n += 1;
      }
      return n > 0;
    },
    bff: bffFirer.fire,
    bffNoCache: noCacheFirer.fire,
  };
  const names = Object.keys(runners) as (keyof typeof runners)[];
  const slices: Record<keyof typeof runners, LoadResult[]> = {
    direct: [],
    bff: [],
    bffNoCache: [],
  };
  try {
    for (let r = 0; r < rounds; r += 1) {
      for (let k = 0; k < names.length; k += 1) {
        const name = names[(r + k) % names.length] as keyof typeof runners;
        slices[name].push(
          await runLoad(runners[name], { concurrency, durationMs: sliceMs, warmupMs: 200 }),
        );
      }
    }
  } finally {
    await bffFirer.close();
    await noCacheFirer.close();
    await direct.close();
    await uncached.close();
    await cached.close();
  }
  const d = merge(slices.direct);
  const b = merge(slices.bff);
  const n = merge(slices.bffNoCache);
  return {
    direct: d,
    bff: b,
    bffNoCache: n,
    ratio: round2(b.requestsPerSecond / d.requestsPerSecond),
    ratioNoCache: round2(n.requestsPerSecond / d.requestsPerSecond),
    addedP50Ms: round2(b.p50Ms - d.p50Ms),
    addedP99Ms: round2(b.p99Ms - d.p99Ms),
    addedP99NoCacheMs: round2(n.p99Ms - d.p99Ms),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await runBffThroughputBench({ sliceMs: Number(process.argv[2] ?? 2000) });
  console.table({ direct: r.direct, 'bff (2 s cache)': r.bff, 'bff (no cache)': r.bffNoCache });
  console.log(r);
}
