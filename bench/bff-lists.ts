// Issue 17: the BFF's NAT, VPN and IPv6 lists against direct signed calls to the same emulator,
// 64 concurrent each, slices interleaved so drift hits every side alike. "direct" reads every
// page of the list (what the BFF needs to filter); "BFF" is the list route with its defaults
// (region index on); "before" is the same route with the index off. CPU per request is this
// process's CPU time (emulator, BFF and load generator all run here) over the requests
// answered: the same accounting on every side.
//   pnpm exec tsx bench/bff-lists.ts [sliceMs]
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
  ratio: number;
  ratioNoIndex: number;
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

async function measure(fire: () => Promise<boolean>, concurrency: number, ms: number) {
  const before = process.cpuUsage();
  const r = await runLoad(fire, { concurrency, durationMs: ms, warmupMs: 200 });
  const cpu = process.cpuUsage(before);
  // The warm-up's CPU is in `cpu` too: counted per request over warm-up + measured time.
  const answered = Math.max(1, r.requestsPerSecond * ((ms + 200) / 1000));
  return { ...r, cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / answered };
}

const merge = (parts: Measured[]): Measured => {
  const med = (f: (m: Measured) => number) =>
    [...parts.map(f)].sort((a, b) => a - b)[Math.floor(parts.length / 2)] ?? 0;
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
  const sliceMs = opts.sliceMs ?? 1500;
  const rounds = opts.rounds ?? 3;
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
        ratio: round2(b.requestsPerSecond / d.requestsPerSecond),
        ratioNoIndex: round2(o.requestsPerSecond / d.requestsPerSecond),
        addedP99Ms: round2(b.p99Ms - d.p99Ms),
        cpuRatio: round2(b.cpuMsPerRequest / d.cpuMsPerRequest),
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
  const rows = await runBffListsBench({ sliceMs: Number(process.argv[2] ?? 1500) });
  for (const r of rows) console.log(JSON.stringify(r));
}
