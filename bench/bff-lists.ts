// Issue 17: the BFF's NAT, VPN and IPv6 lists against direct signed calls to the same emulator,
// 64 concurrent each, slices interleaved so drift hits every side alike. "direct" reads every
// page of the list (what the BFF needs to filter); "BFF" is the list route with its defaults
// (region index on); "before" is the same route with the index off. CPU per request is this
// process's CPU time (emulator, BFF and load generator all run here) over the requests
// answered: the same accounting on every side. The ratios are medians over rounds of each
// round's own ratio (its sides ran within seconds of each other), so a drift of the machine's
// load between rounds moves both sides of a ratio, not one.
//   pnpm exec tsx bench/bff-lists.ts [sliceMs] [rounds]
import { pathToFileURL } from 'node:url';
import { DEMO_ACCESS_KEY } from '@gc/emulator';
import { paginate, VpcClient } from '@gc/vpc-client';
import { startBffStack } from './lib/bff-stack.ts';
import { httpGetFirer, round2, runLoad, type LoadResult } from './lib/load.ts';

const REGION = 'cn-hangzhou';

interface Measured extends LoadResult {
  cpuMsPerRequest: number;
}

/** One list's figures: ratio = BFF req/s ÷ direct req/s; CPU ratio = BFF ÷ direct. */
export interface ListVsDirect {
  list: string;
  direct: Measured;
  bff: Measured;
  /** The same route without the region index (read and sorted per request: before issue 17). */
  bffNoIndex: Measured;
  /** Median over rounds of that round's BFF req/s ÷ direct req/s (likewise the three below). */
  ratio: number;
  ratioNoIndex: number;
  /** Median over rounds of BFF p99 − direct p99 (not the difference of the two medians). */
  addedP99Ms: number;
  cpuRatio: number;
}

type Page = { PageNumber: number; PageSize: number };
type Direct = (c: VpcClient, page: Page) => Promise<{ items: unknown[]; totalCount: number }>;

const LISTS: { list: string; path: string; direct: Direct }[] = [
  {
    list: 'NAT',
    path: 'nat-gateways',
    direct: async (c, page) => {
      const r = await c.describeNatGateways({ RegionId: REGION, ...page });
      return { items: r.NatGateways.NatGateway, totalCount: r.TotalCount };
    },
  },
  {
    list: 'VPN',
    path: 'vpn-gateways',
    direct: async (c, page) => {
      const r = await c.describeVpnGateways({ RegionId: REGION, ...page });
      return { items: r.VpnGateways.VpnGateway, totalCount: r.TotalCount };
    },
  },
  {
    list: 'IPv6',
    path: 'ipv6-gateways',
    direct: async (c, page) => {
      const r = await c.describeIpv6Gateways({ RegionId: REGION, ...page });
      return { items: r.Ipv6Gateways.Ipv6Gateway, totalCount: r.TotalCount };
    },
  },
];

const WARMUP_MS = 150;

async function measure(fire: () => Promise<boolean>, concurrency: number, ms: number) {
  const before = process.cpuUsage();
  const r = await runLoad(fire, { concurrency, durationMs: ms, warmupMs: WARMUP_MS });
  const cpu = process.cpuUsage(before);
  // The warm-up's CPU is in `cpu` too: counted per request over warm-up + measured time.
  const answered = Math.max(1, r.requestsPerSecond * ((ms + WARMUP_MS) / 1000));
  return { ...r, cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / answered };
}

/** The median (upper of the two middle values for an even count); 0 when empty. */
const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The median over rounds of `f(bff slice, direct slice)` of the same round. */
const perRound = (a: Measured[], b: Measured[], f: (x: Measured, y: Measured) => number) =>
  round2(median(a.map((x, i) => f(x, b[i] ?? x))));

const merge = (parts: Measured[]): Measured => {
  const med = (f: (m: Measured) => number) => median(parts.map(f));
  return {
    requests: parts.reduce((a, p) => a + p.requests, 0),
    errors: parts.reduce((a, p) => a + p.errors, 0),
    requestsPerSecond: med((p) => p.requestsPerSecond),
    p50Ms: med((p) => p.p50Ms),
    p99Ms: med((p) => p.p99Ms),
    cpuMsPerRequest: Math.round(med((p) => p.cpuMsPerRequest) * 1000) / 1000,
  };
};

/** Measures each list, BFF against direct, at `concurrency` (64) connections. */
export async function runBffListsBench(
  opts: { concurrency?: number; sliceMs?: number; rounds?: number } = {},
): Promise<ListVsDirect[]> {
  const concurrency = opts.concurrency ?? 64;
  const sliceMs = opts.sliceMs ?? 1000;
  const rounds = opts.rounds ?? 5;
  const stack = await startBffStack();
  const client = new VpcClient({
    endpoint: stack.emulatorUrl,
    credentials: { ...DEMO_ACCESS_KEY },
  });
  const before = await startBffStack({
    emulatorUrl: stack.emulatorUrl,
    emulatorAdminToken: stack.emulatorAdminToken,
    app: { regionIndex: false },
  });
  const cookie = (await stack.login('auditor')).cookie;
  const cookieBefore = (await before.login('auditor')).cookie;
  const out: ListVsDirect[] = [];
  try {
    for (const { list, path, direct } of LISTS) {
      const firer = httpGetFirer(
        `${stack.url}/api/regions/${REGION}/${path}?pageSize=20`,
        { cookie },
        concurrency,
      );
      const beforeFirer = httpGetFirer(
        `${before.url}/api/regions/${REGION}/${path}?pageSize=20`,
        { cookie: cookieBefore },
        concurrency,
      );
      const directFire = async () => {
        let n = 0;
        for await (const _ of paginate((page) => direct(client, page))) n += 1;
        return n >= 0;
      };
      const fires = { direct: directFire, bff: firer.fire, bffNoIndex: beforeFirer.fire };
      const slices = {
        direct: [] as Measured[],
        bff: [] as Measured[],
        bffNoIndex: [] as Measured[],
      };
      const names = Object.keys(fires) as (keyof typeof fires)[];
      for (let r = 0; r < rounds; r += 1) {
        for (let k = 0; k < names.length; k += 1) {
          const who = names[(r + k) % names.length] as keyof typeof fires;
          slices[who].push(await measure(fires[who], concurrency, sliceMs));
        }
      }
      await firer.close();
      await beforeFirer.close();
      const d = merge(slices.direct);
      const b = merge(slices.bff);
      const o = merge(slices.bffNoIndex);
      out.push({
        list,
        direct: d,
        bff: b,
        bffNoIndex: o,
        ratio: perRound(
          slices.bff,
          slices.direct,
          (x, y) => x.requestsPerSecond / y.requestsPerSecond,
        ),
        ratioNoIndex: perRound(
          slices.bffNoIndex,
          slices.direct,
          (x, y) => x.requestsPerSecond / y.requestsPerSecond,
        ),
        addedP99Ms: perRound(slices.bff, slices.direct, (x, y) => x.p99Ms - y.p99Ms),
        cpuRatio: perRound(
          slices.bff,
          slices.direct,
          (x, y) => x.cpuMsPerRequest / y.cpuMsPerRequest,
        ),
      });
    }
  } finally {
    await client.close();
    await before.close();
    await stack.close();
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await runBffListsBench({
    sliceMs: Number(process.argv[2] ?? 1000),
    rounds: Number(process.argv[3] ?? 5),
  });
  for (const r of rows) console.log(JSON.stringify(r));
}
