// Where a list page's render time goes (issue 17 items 2 and 3): a Chromium trace and a JS CPU
// profile of one warm load of a 5,000-gateway list, from the list's answer to first rows, and
// of one filter keystroke until only matching rows show. Prints the main thread's time by event
// (script, style, layout, paint) and the top JS frames by self time in each window.
//   pnpm exec tsx bench/spa-profile.ts nat [distDir]
// An unminified build reads better: `pnpm --filter @gc/web exec vite build --minify false
// --outDir /tmp/web-prof` and pass that directory.
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { startBffStack } from './lib/bff-stack.ts';
import {
  FILTER_LETTER,
  GATEWAY_KINDS,
  seedGatewaysFile,
  type GatewayKind,
} from './lib/seed-gateway-kinds.ts';
import { CHROMIUM_ARGS } from './spa-list.ts';
import { ensureWebBuild, WEB_DIST } from './spa-bundle.ts';
import { instrumentListPage } from './spa-steps.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  cat: string;
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const TOP_LEVEL = new Set([
  'FunctionCall',
  'EvaluateScript',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'Layerize',
  'ParseHTML',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'RunMicrotasks',
  'V8.GC_SCAVENGER',
  'MajorGC',
  'MinorGC',
  'Commit',
  'HitTest',
  'ParseAuthorStyleSheet',
  'v8.compile',
  'v8.parseOnBackground',
  'XHRReadyStateChange',
]);

async function traced<T>(cdp: CDPSession, run: () => Promise<T>) {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline,v8',
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  return { result, events, profile };
}

// Runs in the page: React calls a devtools hook on every commit, production builds too.
function countCommits(): void {
  const w = window as unknown as { __commits: number[]; __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown };
  w.__commits = [];
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: () => w.__commits.push(performance.now()),
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    checkDCE: () => undefined,
  };
}

function longTasks(events: TraceEvent[], tid: string) {
  const tasks = events.filter(
    (e) => e.name === 'RunTask' && `${e.pid}:${e.tid}` === tid && (e.dur ?? 0) > 4000,
  );
  const t0 = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  console.log('-- long tasks (start ms, duration ms, main children)');
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const kids = new Map<string, number>();
    for (const e of events) {
      if (`${e.pid}:${e.tid}` !== tid || e.ts < task.ts || e.ts > end || !TOP_LEVEL.has(e.name))
        continue;
      kids.set(e.name, (kids.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const top = [...kids].sort((a, b) => b[1] - a[1]).slice(0, 4);
    console.log(
      `${((task.ts - t0) / 1000).toFixed(0).padStart(6)} ${((task.dur ?? 0) / 1000).toFixed(1).padStart(7)}  ${top.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ')}`,
    );
  }
}

function summarise(label: string, events: TraceEvent[], profile: CpuProfile) {
  const main = events.find((e) => e.name === 'CrRendererMainThread' || e.name === 'thread_name');
  const renderer = events.filter((e) => e.ph === 'X' && e.cat.includes('devtools.timeline'));
  const tids = new Map<string, number>();
  for (const e of renderer)
    tids.set(`${e.pid}:${e.tid}`, (tids.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const busiest = [...tids].sort((a, b) => b[1] - a[1])[0]?.[0];
  void main;
  const byName = new Map<string, number>();
  for (const e of renderer) {
    if (`${e.pid}:${e.tid}` !== busiest || !TOP_LEVEL.has(e.name)) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  if (busiest) longTasks(events, busiest);
  console.log(`\n== ${label}: main thread, ms by event (nested events overlap)`);
  for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 14))
    console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const byFrame = new Map<string, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const file = f.url.split('/').pop() ?? '';
    const key = `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}`;
    byFrame.set(key, (byFrame.get(key) ?? 0) + (self.get(node.id) ?? 0) / 1000);
  }
  // Inclusive time of React components (capitalised names): which parts of the page render long.
  const children = new Map<number, number[]>();
  for (const node of profile.nodes as (ProfileNode & { children?: number[] })[])
    children.set(node.id, node.children ?? []);
  const total = new Map<number, number>();
  const sum = (id: number): number => {
    const known = total.get(id);
    if (known !== undefined) return known;
    const t = (self.get(id) ?? 0) + (children.get(id) ?? []).reduce((a, c) => a + sum(c), 0);
    total.set(id, t);
    return t;
  };
  const byComponent = new Map<string, number>();
  for (const node of profile.nodes) {
    const name = node.callFrame.functionName;
    if (!/^[A-Z]/.test(name)) continue;
    byComponent.set(name, (byComponent.get(name) ?? 0) + sum(node.id) / 1000);
  }
  console.log(
    `-- ${label}: components by inclusive time (ms; nested ones count in their parents too)`,
  );
  for (const [name, ms] of [...byComponent].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${ms.toFixed(1).padStart(8)}  ${name}`);
  console.log(`-- ${label}: top JS self time (ms)`);
  for (const [key, ms] of [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
}

async function keystroke(page: Page) {
  await page.locator('[role=search] input').first().focus();
  await page.keyboard.press(FILTER_LETTER);
  await page.waitForFunction(
    (letter) => {
      const cells = [...document.querySelectorAll('tr[data-row-id] td:first-child')];
      return cells.length > 0 && cells.every((c) => (c.textContent ?? '').includes(letter));
    },
    FILTER_LETTER,
    { polling: 'raf' },
  );
  return page.evaluate(() => {
    const key = window.__keyAt ?? NaN;
    const commits = (window as unknown as { __commits: number[] }).__commits;
    return {
      ms: performance.now() - key,
      commits: commits.filter((c) => c > key).map((c) => Math.round(c - key)),
    };
  });
}

const kind = (process.argv[2] ?? 'nat') as GatewayKind;
const dist = process.argv[3] ?? WEB_DIST;
if (dist === WEB_DIST) ensureWebBuild();
const seed = await seedGatewaysFile(kind, 'cn-hangzhou', 5000);
const stack = await startBffStack({ stateFile: seed.stateFile, app: { webDist: dist } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({
    baseURL: stack.url,
    viewport: { width: 1400, height: 900 },
  });
  await context.request.post('/api/session', {
    data: { username: 'auditor', password: 'auditor' },
  });
  await context.addInitScript('window.__name = (f) => f;');
  await context.addInitScript(instrumentListPage);
  await context.addInitScript(countCommits);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto('/login');
  const path = GATEWAY_KINDS[kind].path;
  await page.goto(`/regions/cn-hangzhou/${path}?pageSize=100`); // cold read, not profiled
  await page.waitForFunction(() => window.__firstRowsAt !== undefined, null, { timeout: 60_000 });
  await context.request.get(`/api/regions/cn-hangzhou/${path}`);
  const load = await traced(cdp, async () => {
    await page.goto(`/regions/cn-hangzhou/${path}?pageSize=100`);
    await page.waitForFunction(() => window.__firstRowsAt !== undefined, null, { timeout: 60_000 });
    return page.evaluate((p) => {
      const list = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
        (r) => new URL(r.name).pathname === `/api/regions/cn-hangzhou/${p}`,
      );
      const commits = (window as unknown as { __commits: number[] }).__commits.map(Math.round);
      return { listEnd: list?.responseEnd, firstRows: window.__firstRowsAt, commits };
    }, path);
  });
  console.log(
    `warm load: list answer at ${load.result.listEnd?.toFixed(0)} ms, first rows at ${load.result.firstRows?.toFixed(0)} ms`,
  );
  console.log(`commits at: ${load.result.commits.join(' ')}`);
  summarise('warm load', load.events, load.profile);
  await page.waitForTimeout(500);
  const key = await traced(cdp, () => keystroke(page));
  console.log(
    `\nkeystroke → matching rows: ${key.result.ms.toFixed(0)} ms; commits after key: ${key.result.commits.join(' ')}`,
  );
  summarise('keystroke', key.events, key.profile);
  await context.close();
} finally {
  await browser.close();
  await stack.close();
}
