// BFF list latency against a direct vpc-client call to the emulator, same process, interleaved.
//   pnpm exec tsx bench/bff-latency.ts [rounds]
//
// "direct": VpcClient → emulator, every page of DescribeNatGateways (what the BFF fetches).
// "bff cold": GET /api/regions/cn-hangzhou/nat-gateways with the read cache off (ttl 0): the
//   same upstream work plus session check, validation, mapping, filtering, JSON and HTTP.
// "bff warm": the same route with the default 2 s cache (what a polling UI mostly sees).
// Each round runs the three sequentially, order rotating, so drift hits all alike.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../apps/bff/src/app.ts';
import { createDemoUserStore } from '../apps/bff/src/auth/user-store.ts';
import { createLogger } from '../apps/bff/src/logger.ts';
import { DEMO_ACCESS_KEY, startEmulator } from '../packages/emulator/src/index.ts';
import { paginate, VpcClient } from '../packages/vpc-client/src/index.ts';

const REGION = 'cn-hangzhou';

interface Stats {
  median: number;
  p95: number;
  mean: number;
}

function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    median: round(at(0.5)),
    p95: round(at(0.95)),
    mean: round(s.reduce((a, b) => a + b, 0) / s.length),
  };
}

async function listen(app: ReturnType<typeof createApp>): Promise<{ url: string; server: Server }> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'auditor', password: 'auditor' }),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Measures ms per list call: direct client, BFF without cache, BFF with its 2 s cache. */
export async function runBffLatencyBench(opts: { rounds?: number } = {}): Promise<{
  direct: Stats;
  bffCold: Stats;
  bffWarm: Stats;
  overheadColdMs: number;
  ratioCold: number;
}> {
  const rounds = opts.rounds ?? 300;
  const emulator = await startEmulator({ port: 0, timing: { mode: 'immediate' }, logger: false });
  const client = new VpcClient({ endpoint: emulator.url, credentials: { ...DEMO_ACCESS_KEY } });
  const logger = createLogger('silent');
  const users = await createDemoUserStore();
  const base = {
    client,
    users,
    logger,
    demo: true,
    sessionSecret: 'bench-secret-bench-secret-bench-secret',
    vpcEndpoint: emulator.url,
  };
  const cold = await listen(createApp({ ...base, cacheTtlMs: 0 }));
  const warm = await listen(createApp(base));
  const cookies = { cold: await login(cold.url), warm: await login(warm.url) };
  const path = `/api/regions/${REGION}/nat-gateways?pageSize=20`;

  const runners: Record<'direct' | 'bffCold' | 'bffWarm', () => Promise<unknown>> = {
    async direct() {
      const items = [];
      for await (const g of paginate(async (page) => {
        const r = await client.describeNatGateways({ RegionId: REGION, ...page });
        return { items: r.NatGateways.NatGateway, totalCount: r.TotalCount };
      })) {
        items.push(g);
      }
      return items;
    },
    bffCold: () =>
      fetch(`${cold.url}${path}`, { headers: { cookie: cookies.cold } }).then((r) => r.json()),
    bffWarm: () =>
      fetch(`${warm.url}${path}`, { headers: { cookie: cookies.warm } }).then((r) => r.json()),
  };
  const names = Object.keys(runners) as (keyof typeof runners)[];
  const samples: Record<keyof typeof runners, number[]> = { direct: [], bffCold: [], bffWarm: [] };
  for (let i = 0; i < 20; i += 1) for (const n of names) await runners[n]();
  for (let r = 0; r < rounds; r += 1) {
    for (let k = 0; k < names.length; k += 1) {
      const n = names[(r + k) % names.length] as keyof typeof runners;
      const t0 = performance.now();
      await runners[n]();
      samples[n].push(performance.now() - t0);
    }
  }
  cold.server.closeAllConnections();
  warm.server.closeAllConnections();
  await new Promise((resolve) => cold.server.close(resolve));
  await new Promise((resolve) => warm.server.close(resolve));
  await client.close();
  await emulator.close();
  const direct = stats(samples.direct);
  const bffCold = stats(samples.bffCold);
  const bffWarm = stats(samples.bffWarm);
  return {
    direct,
    bffCold,
    bffWarm,
    overheadColdMs: Math.round((bffCold.median - direct.median) * 100) / 100,
    ratioCold: Math.round((bffCold.median / direct.median) * 100) / 100,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rounds = Number(process.argv[2] ?? 300);
  const r = await runBffLatencyBench({ rounds });
  console.table({ direct: r.direct, 'bff (no cache)': r.bffCold, 'bff (2 s cache)': r.bffWarm });
  console.log(`BFF overhead (median, no cache): ${r.overheadColdMs} ms; ratio ${r.ratioCold}×`);
}
