// #5b A list of 5,000 NAT gateways in Chromium (Playwright on Debian's /usr/bin/chromium, no
// download): time to first rows of /regions/cn-hangzhou/nat-gateways (cold BFF cache, so the
// BFF fetches every upstream page), and one filter keystroke: keydown → next frame (input
// responsiveness), and keydown → the BFF's filtered rows shown (no debounce: the list narrows
// in the browser at once, row 12 times that; this waits for the BFF round trip).
import { chromium } from '@playwright/test';
import { startBffStack } from './lib/bff-stack.ts';
import { round2 } from './lib/load.ts';
import { seedNatGatewaysFile } from './lib/seed-nat-gateways.ts';
import { ensureWebBuild, WEB_DIST } from './spa-bundle.ts';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Figures of {@link runSpaListBench}, in ms. */
export interface SpaListResult {
  gateways: number;
  firstRowsMs: number;
  firstRowsWarmMs: number;
  keystrokeToFrameMs: number;
  keystrokeToRowsMs: number;
}

declare global {
  interface Window {
    __firstRowsAt?: number;
    __keyAt?: number;
    __frameAt?: number;
  }
}

// Runs in the page before its scripts: notes when the first gateway row enters the DOM, and
// times a keystroke to the frame after its input event.
function instrument(): void {
  new MutationObserver((_m, observer) => {
    if (document.querySelector('tr[data-row-id]')) {
      window.__firstRowsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('keydown', (e) => (window.__keyAt = e.timeStamp), true);
  document.addEventListener(
    'input',
    () =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (window.__frameAt = performance.now());
        channel.port2.postMessage(null);
      }),
    true,
  );
}

/** Seeds `gateways` into cn-hangzhou, loads the list page and types one filter character. */
export async function runSpaListBench(
  opts: { gateways?: number; format?: 'XML' | 'JSON' } = {},
): Promise<SpaListResult> {
  ensureWebBuild();
  const seed = await seedNatGatewaysFile('cn-hangzhou', opts.gateways ?? 5000);
  const stack = await startBffStack({
    stateFile: seed.stateFile,
    format: opts.format,
    app: { webDist: WEB_DIST },
  });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const gateways = seed.gateways;
  try {
    const context = await browser.newContext({
      baseURL: stack.url,
      viewport: { width: 1400, height: 900 },
    });
    const login = await context.request.post('/api/session', {
      data: { username: 'auditor', password: 'auditor' },
    });
    if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
    await context.addInitScript(instrument);
    const page = await context.newPage();
    const listUrl = '/regions/cn-hangzhou/nat-gateways?pageSize=100';
    const firstRows = async () => {
      await page.goto(listUrl);
      await page.waitForFunction(() => window.__firstRowsAt !== undefined, null, {
        timeout: 60_000,
      });
      return page.evaluate(() => window.__firstRowsAt ?? NaN);
    };
    await page.goto('/login'); // loads and caches the app's assets, not the list data
    // Past the BFF's 2 s read cache: the first list load fetches all 5,000 upstream.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const firstRowsMs = await firstRows();
    const firstRowsWarmMs = await firstRows();
    const search = page.locator('[role=search] input').first();
    await search.focus();
    await page.evaluate(() => {
      window.__frameAt = undefined;
    });
    await page.keyboard.press('v'); // only "bravo-…" names (a fifth of the clones) contain a v
    await page.waitForFunction(() => window.__frameAt !== undefined);
    const keyToFrame = await page.evaluate(
      () => (window.__frameAt ?? NaN) - (window.__keyAt ?? NaN),
    );
    await page.waitForFunction(
      () => {
        // Name and ID cell: the BFF matches either.
        const cells = [...document.querySelectorAll('tr[data-row-id] td:first-child')];
        const texts = cells.map((c) => c.textContent ?? '');
        return (
          location.search.includes('q=v') && texts.length > 0 && texts.every((t) => /v/i.test(t))
        );
      },
      null,
      { polling: 'raf', timeout: 30_000 },
    );
    const keyToRows = await page.evaluate(() => performance.now() - (window.__keyAt ?? NaN));
    await context.close();
    return {
      gateways,
      firstRowsMs: Math.round(firstRowsMs),
      firstRowsWarmMs: Math.round(firstRowsWarmMs),
      keystrokeToFrameMs: round2(keyToFrame),
      keystrokeToRowsMs: Math.round(keyToRows),
    };
  } finally {
    await browser.close();
    await stack.close();
  }
}
