// Issue 17: the NAT, VPN and IPv6 list pages with 5,000 gateways in one region, in Chromium
// (Debian's /usr/bin/chromium). Per run a fresh BFF (cold: it has never read the region), the
// app's assets cached by a visit to /login first; then: first rows painted cold, first rows
// painted warm and live (hydrated; the steps of that warm load from Resource Timing), and one
// filter keystroke until the first frame painted with only matching rows, and until the server's
// answer for it shows. Median of the runs. `serverRender: false` is the BFF with `BFF_SSR=off`.
import { chromium, type Page } from '@playwright/test';
import { startBffStack } from './lib/bff-stack.ts';
import { median } from './lib/median.ts';
import {
  FILTER_LETTER,
  GATEWAY_KINDS,
  seedGatewaysFile,
  type GatewayKind,
} from './lib/seed-gateway-kinds.ts';
import { CHROMIUM_ARGS } from './spa-list.ts';
import { ensureWebBuild, WEB_DIST } from './spa-bundle.ts';
import {
  armRowWatch,
  instrumentListPage,
  readWarmSteps,
  STEP_NAMES,
  type StepName,
} from './spa-steps.ts';

/** Medians of one kind's runs, in ms. */
export interface SpaListsKindResult {
  kind: GatewayKind;
  gateways: number;
  runs: number;
  /** Whether the BFF rendered the list pages (else the browser alone did). */
  serverRender: boolean;
  /** First rows painted, cold (the BFF never read the region) and warm (read just before). */
  coldMs: number;
  warmMs: number;
  /** Warm: the first React commit with rows on the page (server-rendered: hydrated). */
  warmLiveMs: number;
  /** keydown → the first frame painted with only matching rows in the table. */
  keyToRowsMs: number;
  /** keydown → the server's answer for the new filter is on screen. */
  keyToAnswerMs: number;
  /** Warm load: each step's end, ms after navigation start. */
  warmSteps: Record<StepName, number>;
}

async function timeKeystroke(page: Page): Promise<{ rows: number; answer: number }> {
  const search = page.locator('[role=search] input').first();
  await search.focus();
  await page.evaluate(armRowWatch, FILTER_LETTER);
  await page.keyboard.press(FILTER_LETTER);
  await page.waitForFunction(() => window.__rowsAt !== undefined, null, { timeout: 30_000 });
  // Then the BFF's answer for the new filter: every row matches, nothing busy, the URL has it.
  await page.waitForFunction(
    (letter) => {
      const cells = [...document.querySelectorAll('tr[data-row-id] td:first-child')];
      const allMatch =
        cells.length > 0 && cells.every((c) => (c.textContent ?? '').includes(letter));
      const busy = document.querySelector('main [aria-busy="true"]') !== null;
      return allMatch && !busy && location.search.includes(`q=${letter}`);
    },
    FILTER_LETTER,
    { polling: 'raf', timeout: 30_000 },
  );
  return page.evaluate(() => ({
    rows: (window.__rowsAt ?? NaN) - (window.__keyAt ?? NaN),
    answer: performance.now() - (window.__keyAt ?? NaN),
  }));
}

/** Seeds `gateways` of `kind` into cn-hangzhou and measures its list page `runs` times. */
export async function runSpaListsBench(
  kind: GatewayKind,
  opts: { gateways?: number; runs?: number; cacheTtlMs?: number; serverRender?: boolean } = {},
): Promise<SpaListsKindResult> {
  ensureWebBuild();
  const runs = opts.runs ?? 5;
  const seed = await seedGatewaysFile(kind, 'cn-hangzhou', opts.gateways ?? 5000);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const cold: number[] = [];
  const warm: number[] = [];
  const warmLive: number[] = [];
  const serverRender = opts.serverRender ?? true;
  const keyRows: number[] = [];
  const keyAnswer: number[] = [];
  const steps: Record<StepName, number[]> = Object.fromEntries(
    STEP_NAMES.map((s) => [s, []]),
  ) as never;
  try {
    for (let run = 0; run < runs; run += 1) {
      const stack = await startBffStack({
        stateFile: seed.stateFile,
        app: { webDist: WEB_DIST, cacheTtlMs: opts.cacheTtlMs, serverRender },
      });
      const context = await browser.newContext({
        baseURL: stack.url,
        viewport: { width: 1400, height: 900 },
      });
      try {
        const login = await context.request.post('/api/session', {
          data: { username: 'auditor', password: 'auditor' },
        });
        if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
        // tsx (esbuild keepNames) wraps named inner functions in `__name`, absent in the page.
        await context.addInitScript('window.__name = (f) => f;');
        await context.addInitScript(instrumentListPage);
        const page = await context.newPage();
        await page.goto('/login'); // caches the app's assets, reads no list
        const url = `/regions/cn-hangzhou/${GATEWAY_KINDS[kind].path}?pageSize=100`;
        const firstRows = async () => {
          await page.goto(url);
          await page.waitForFunction(
            () => window.__firstRowsAt !== undefined && window.__rowsLiveAt !== undefined,
            null,
            { timeout: 60_000 },
          );
          return page.evaluate(() => ({
            painted: window.__firstRowsAt ?? NaN,
            live: window.__rowsLiveAt ?? NaN,
          }));
        };
        cold.push((await firstRows()).painted);
        // Warm, as issue 17 measures it: the region's list read just before.
        await context.request.get(`/api/regions/cn-hangzhou/${GATEWAY_KINDS[kind].path}`);
        const warmLoad = await firstRows();
        warm.push(warmLoad.painted);
        warmLive.push(warmLoad.live);
        const warmSteps = await page.evaluate(readWarmSteps, GATEWAY_KINDS[kind].path);
        for (const name of STEP_NAMES) steps[name].push(warmSteps[name]);
        const key = await timeKeystroke(page);
        keyRows.push(key.rows);
        keyAnswer.push(key.answer);
      } finally {
        await context.close();
        await stack.close();
      }
    }
  } finally {
    await browser.close();
  }
  const m = (xs: number[]) => Math.round(median(xs));
  return {
    kind,
    gateways: seed.gateways,
    runs,
    serverRender,
    coldMs: m(cold),
    warmMs: m(warm),
    warmLiveMs: m(warmLive),
    keyToRowsMs: m(keyRows),
    keyToAnswerMs: m(keyAnswer),
    warmSteps: Object.fromEntries(STEP_NAMES.map((s) => [s, m(steps[s])])) as Record<
      StepName,
      number
    >,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kinds = (process.argv[2]?.split(',') ?? ['nat', 'vpn', 'ipv6']) as GatewayKind[];
  const runs = Number(process.argv[3] ?? 5);
  // A long BFF read cache stands in for a region index (issue 17 item 1) on a branch without one.
  const cacheTtlMs = process.argv[4] === undefined ? undefined : Number(process.argv[4]);
  const serverRender = process.env.BFF_SSR !== 'off';
  for (const kind of kinds)
    console.log(JSON.stringify(await runSpaListsBench(kind, { runs, cacheTtlMs, serverRender })));
}
