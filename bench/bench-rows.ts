// The rows of `pnpm bench` (issue 8's table): each runs its bench and words its figures.
import { runBffLatencyBench } from './bff-latency.ts';
import { runBffListsBench } from './bff-lists.ts';
import { runBffThroughputBench } from './bff-throughput.ts';
import { runCoalescingBench } from './coalescing.ts';
import { runEmulatorBench } from './emulator-throughput.ts';
import { runInventoryBench } from './inventory.ts';
import { runLoginStormBench } from './login-storm.ts';
import { runMemoryBench } from './memory.ts';
import { runRegionIndexBench } from './region-index.ts';
import { runSignerBench } from './signer-throughput.ts';
import { runSignerWireBenchIsolated } from './signer-wire.ts';
import { measureListBundleKb } from './spa-bundle.ts';
import { runSpaListBench } from './spa-list.ts';
import { runSpaListsBench, type SpaListsKindResult } from './spa-lists.ts';
import { STEP_NAMES } from './spa-steps.ts';

/** What a row's run reports: the figures in words, whether the target is met, the raw data. */
export interface RowOutcome {
  result: string;
  met: string;
  raw: unknown;
}

/** One line of the bench table. */
export interface BenchRow {
  id: number;
  measure: string;
  target: string;
  run(opts: { quick: boolean }): Promise<RowOutcome>;
}

const yes = (ok: boolean) => (ok ? 'yes' : 'no');
const n = (x: number) => x.toLocaleString('en-US');

/** Issue 8's seven measures, in its order, then later issues' (8: issue 15). */
export const BENCH_ROWS: BenchRow[] = [
  {
    id: 1,
    measure: 'Signer: signatures/s, @gc/signer vs @alicloud/pop-core, same inputs',
    target: '≥ 2×',
    async run({ quick }) {
      const r = await runSignerBench({ durationMs: quick ? 2000 : 6000 });
      return {
        result: `${n(r.ours)}/s vs ${n(r.popCore)}/s = ${r.ratio}×`,
        met: yes(r.ratio >= 2),
        raw: r,
      };
    },
  },
  {
    id: 2,
    measure: 'BFF NAT list vs direct vpc-client → emulator, 64 connections (undici)',
    target: 'ratio ≥ 0.7; p99 overhead ≤ 5 ms',
    async run({ quick }) {
      const r = await runBffThroughputBench({ sliceMs: quick ? 700 : 2500, rounds: quick ? 2 : 3 });
      // One request at a time (bench/bff-latency.ts): the BFF's own cost, without coalescing.
      const seq = await runBffLatencyBench({ rounds: quick ? 60 : 300 });
      return {
        result:
          `${n(r.bff.requestsPerSecond)} vs ${n(r.direct.requestsPerSecond)} req/s = ${r.ratio}×; ` +
          `p50 ${r.bff.p50Ms} vs ${r.direct.p50Ms} ms (${r.addedP50Ms} added), ` +
          `p99 ${r.bff.p99Ms} vs ${r.direct.p99Ms} ms (${r.addedP99Ms} added); ` +
          `cache off: ${n(r.bffNoCache.requestsPerSecond)} req/s = ${r.ratioNoCache}×, ` +
          `p99 ${r.bffNoCache.p99Ms} ms (${r.addedP99NoCacheMs} added); one at a time, cache off: ` +
          `median ${seq.bffCold.median} vs ${seq.direct.median} ms (+${seq.overheadColdMs}), ` +
          `p95 ${seq.bffCold.p95} vs ${seq.direct.p95} ms`,
        met: yes(r.ratio >= 0.7 && r.addedP99Ms <= 5),
        raw: { concurrent: r, sequential: seq },
      };
    },
  },
  {
    id: 3,
    measure: 'Coalescing: 50 concurrent identical list requests, upstream calls at the emulator',
    target: '1 upstream call',
    async run() {
      const r = await runCoalescingBench({ requests: 50 });
      return {
        result:
          `${r.requests} requests → ${r.upstreamCalls} DescribeNatGateways ` +
          `(one list = ${r.pagesPerList} page; cache off, single-flight only: ${r.upstreamCallsNoCache})` +
          (r.allOk ? '' : '; some answers were not 200'),
        met: yes(r.upstreamCalls <= r.pagesPerList && r.allOk),
        raw: r,
      };
    },
  },
  {
    id: 4,
    measure: 'Cross-region inventory, 200 ms injected latency: wall time vs one call',
    target: '≤ 2×',
    async run() {
      const r = await runInventoryBench({ latencyMs: 200 });
      if (!r.measured) return { result: `not measured: ${r.reason}`, met: '—', raw: r };
      return {
        result: `${n(r.inventoryMs)} ms vs ${n(r.oneCallMs)} ms = ${r.ratio}×`,
        met: yes(r.ratio <= 2),
        raw: r,
      };
    },
  },
  {
    id: 5,
    measure:
      'SPA: list page initial JS (gzip); 5,000 gateways in Chromium: first rows, one filter keystroke',
    target: '≤ 250 KB; ≤ 300 ms; ≤ 50 ms',
    async run({ quick }) {
      const kb = measureListBundleKb();
      const gateways = quick ? 1000 : 5000;
      // As shipped (the BFF's client on JSON), then on XML: the profiled difference (bench/README.md).
      const r = await runSpaListBench({ gateways });
      const x = await runSpaListBench({ gateways, format: 'XML' });
      return {
        result:
          `${kb} KB; ${n(r.gateways)} gateways: first rows ${n(r.firstRowsMs)} ms ` +
          `(again ${n(r.firstRowsWarmMs)} ms; with an XML upstream ${n(x.firstRowsMs)} ms); ` +
          `keystroke → next frame ${r.keystrokeToFrameMs} ms, ` +
          `→ the BFF's filtered rows ${n(r.keystrokeToRowsMs)} ms (no debounce; XML ${n(x.keystrokeToRowsMs)} ms)`,
        met: [kb <= 250, r.firstRowsMs <= 300, r.keystrokeToFrameMs <= 50].map(yes).join('; '),
        raw: { kb, json: r, xml: x },
      };
    },
  },
  {
    id: 6,
    measure: 'Emulator: signed DescribeNatGateways/s (16 workers, keep-alive)',
    target: '—',
    async run({ quick }) {
      const durationMs = quick ? 1500 : 4000;
      const json = await runEmulatorBench({ durationMs, format: 'JSON' });
      const xml = await runEmulatorBench({ durationMs, format: 'XML' });
      return {
        result:
          `JSON ${n(json.requestsPerSecond)}/s (p50 ${json.p50Ms} ms, p99 ${json.p99Ms} ms); ` +
          `XML ${n(xml.requestsPerSecond)}/s (p50 ${xml.p50Ms} ms, p99 ${xml.p99Ms} ms)` +
          (json.errors + xml.errors > 0 ? `; ${json.errors + xml.errors} errors` : ''),
        met: '—',
        raw: { json, xml },
      };
    },
  },
  {
    id: 7,
    measure: 'Memory: BFF RSS after 10,000 list requests vs after 100 (child process, after GC)',
    target: 'no growth beyond noise',
    async run({ quick }) {
      const marks = [100, quick ? 2000 : 10_000];
      const r = await runMemoryBench({ marks });
      const [a, b] = marks.map((m) => r.rssMb[String(m)] ?? NaN);
      return {
        result:
          `${b} MB after ${n(marks[1] ?? 0)} vs ${a} MB after 100 (${r.growthMb >= 0 ? '+' : ''}${r.growthMb} MB)` +
          (r.failed ? `; ${r.failed} failed requests` : ''),
        // Noise: a V8 heap page plus allocator slack; growth proportional to requests is a leak.
        met: yes(r.growthMb <= 16),
        raw: r,
      };
    },
  },
  {
    id: 8,
    measure:
      'Login storm: logged-in GET /api/session + /api/regions during 300 concurrent wrong-password logins vs idle',
    target: '≤ 1 s during the storm',
    async run({ quick }) {
      const r = await runLoginStormBench(quick ? { rounds: 1, idlePairs: 40 } : { rounds: 3 });
      const st = r.statuses;
      const other = Object.entries(st).filter(([k]) => k !== '401' && k !== '429');
      return {
        result:
          `storm median ${r.storm.median} ms vs idle ${r.idle.median} ms = ${r.ratio}×; ` +
          `storm p95 ${r.storm.p95} ms (idle ${r.idle.p95} ms); worst ${n(r.storm.max)} ms ` +
          `(${(r.storm.worstAtMs / 1000).toFixed(1)} s after the fire; idle worst ${n(r.idle.max)} ms); ` +
          `first second of a storm: median ` +
          `${r.storm.burst.median} ms, max ${n(r.storm.burst.max)} ms; after it: median ` +
          `${r.storm.afterBurst.median} ms, max ${n(r.storm.afterBurst.max)} ms; ` +
          `${r.rounds} × ${n(r.stormSize)} logins: ` +
          `429 ×${n(st['429'] ?? 0)}, 401 ×${n(st['401'] ?? 0)}` +
          other.map(([k, v]) => `, ${k} ×${n(v)}`).join('') +
          `; a storm lasts ${(r.stormMs / 1000).toFixed(1)} s (median), ${n(r.storm.whileHashing)} of ` +
          `${n(r.storm.pairs)} pairs answered while hashes ran` +
          (r.failedPairs ? `; ${r.failedPairs} logged-in answers not 200` : ''),
        met: yes(r.storm.max <= 1000 && r.failedPairs === 0),
        raw: r,
      };
    },
  },
  {
    id: 9,
    measure:
      'Region index: filter + sort + page 5,000 NAT gateways (issue 17), vs sorting per query',
    target: '< 1 ms',
    async run({ quick }) {
      const r = runRegionIndexBench({ rounds: quick ? 5 : 15 });
      return {
        result:
          `median ${r.indexedUs} µs (worst query ${r.worstIndexedUs} µs) vs ${n(r.perQuerySortUs)} µs ` +
          `sorted per query = ${r.ratio}× faster; one sort order built once per re-read: ${r.firstSortMs} ms`,
        met: yes(r.worstIndexedUs < 1000),
        raw: r,
      };
    },
  },
  {
    id: 10,
    measure: 'BFF NAT, VPN and IPv6 lists vs direct signed calls, 64 concurrent (issue 17)',
    target: '≥ 0.9×; p99 ≤ +5 ms; CPU/request ≤ 1.5×',
    async run({ quick }) {
      const rows = await runBffListsBench({ sliceMs: quick ? 700 : 1000, rounds: quick ? 3 : 5 });
      return {
        result: rows
          .map(
            (r) =>
              `${r.list}: ${n(r.bff.requestsPerSecond)} vs ${n(r.direct.requestsPerSecond)} req/s = ` +
              `${r.ratio}×, p99 ${r.bff.p99Ms} vs ${r.direct.p99Ms} ms (${r.addedP99Ms} added), ` +
              `CPU ${r.bff.cpuMsPerRequest} vs ${r.direct.cpuMsPerRequest} ms/req = ${r.cpuRatio}× ` +
              `(index off, as before: ${r.ratioNoIndex}×, p99 ${r.bffNoIndex.p99Ms} ms, ` +
              `CPU ${r.bffNoIndex.cpuMsPerRequest} ms/req)`,
          )
          .join('; ')
          .concat(" (×, added p99 and CPU ratios: medians of each round's own figures)"),
        met: rows
          .map((r) => `${r.list} ${yes(r.ratio >= 0.9 && r.addedP99Ms <= 5 && r.cpuRatio <= 1.5)}`)
          .join(', '),
        raw: rows,
      };
    },
  },
  {
    id: 11,
    measure:
      "Signer entry point to the wire vs pop-core's RPCClient.request up to the send, 256 requests (issue 17)",
    target: '≥ 2×',
    async run({ quick }) {
      const r = await runSignerWireBenchIsolated({ durationMs: quick ? 2000 : 6000 });
      return {
        result:
          `${n(r.ours)}/s vs ${n(r.popCore)}/s = ${r.ratio}× (wire identical on all ${r.checked}); ` +
          `signRpcRequest + encodeForm: ${n(r.composed)}/s = ${r.ratioComposed}×`,
        met: yes(r.ratio >= 2),
        raw: r,
      };
    },
  },
  {
    id: 12,
    measure:
      'SPA lists, 5,000 gateways (NAT, VPN, IPv6) in Chromium, median of 5: first rows painted warm and cold, rows live (hydrated), keystroke → matching rows; server-rendered side by side with browser-only (BFF_SSR=off)',
    target: '≤ 300 ms warm; ≤ 50 ms keystroke',
    async run({ quick }) {
      const opts = quick ? { gateways: 1000, runs: 2 } : { gateways: 5000, runs: 5 };
      const kinds: { ssr: SpaListsKindResult; csr: SpaListsKindResult }[] = [];
      for (const kind of ['nat', 'vpn', 'ipv6'] as const) {
        const ssr = await runSpaListsBench(kind, { ...opts, serverRender: true });
        const csr = await runSpaListsBench(kind, { ...opts, serverRender: false });
        kinds.push({ ssr, csr });
      }
      const steps = (k: SpaListsKindResult) =>
        STEP_NAMES.filter((s) => Number.isFinite(k.warmSteps[s]))
          .map((s) => `${s} ${n(k.warmSteps[s])}`)
          .join(' → ');
      return {
        result: kinds
          .map(
            ({ ssr: k, csr: c }) =>
              `${k.kind.toUpperCase()} (${n(k.gateways)}): first rows warm ${n(k.warmMs)} ms ` +
              `(browser-only ${n(c.warmMs)} ms, ${(k.warmMs / c.warmMs).toFixed(2)}×), ` +
              `live ${n(k.warmLiveMs)} ms (browser-only ${n(c.warmLiveMs)}), ` +
              `cold ${n(k.coldMs)} ms (browser-only ${n(c.coldMs)}); ` +
              `keystroke → matching rows ${n(k.keyToRowsMs)} ms (browser-only ${n(c.keyToRowsMs)}), ` +
              `→ its answer ${n(k.keyToAnswerMs)} ms; warm steps (ms): ${steps(k)} | browser-only: ${steps(c)}`,
          )
          .join(' / '),
        met: kinds
          .map(({ ssr: k }) => `${k.kind} ${yes(k.warmMs <= 300)}, ${yes(k.keyToRowsMs <= 50)}`)
          .join('; '),
        raw: kinds,
      };
    },
  },
];
