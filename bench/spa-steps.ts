// In-page helpers of bench/spa-lists.ts: the init script that timestamps first rows and the
// keystroke, and the steps of a load read back from Navigation and Resource Timing.

declare global {
  interface Window {
    /** When every visible row first matched the typed filter. */
    __rowsAt?: number;
    /** When the first gateway row entered the DOM (painted: `__firstRowsAt`). */
    __rowsInDomAt?: number;
    /** The first React commit with rows on the page: from then they answer clicks and keys. */
    __rowsLiveAt?: number;
  }
}

/** The steps of a load, in the order they should end; each is ms after navigation start. */
export const STEP_NAMES = [
  'html',
  'entryJs',
  'sessionStart',
  'sessionEnd',
  'regionsEnd',
  'allJs',
  'listStart',
  'listEnd',
  'firstRows',
  'rowsLive',
] as const;

/** One step of {@link STEP_NAMES}. */
export type StepName = (typeof STEP_NAMES)[number];

/**
 * Init script: when the first `tr[data-row-id]` is painted (the frame after it enters the DOM,
 * whether the server sent it in the HTML or React drew it), when React first commits with rows
 * on the page (a server-rendered page is then hydrated: rows answer clicks), and each keydown.
 */
export function instrumentListPage(): void {
  const hasRows = () => document.querySelector('tr[data-row-id]') !== null;
  new MutationObserver((_m, observer) => {
    if (!hasRows()) return;
    observer.disconnect();
    window.__rowsInDomAt = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__firstRowsAt = performance.now());
      channel.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true });
  // React calls this hook on every commit, production builds too.
  (
    window as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }
  ).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: () => {
      if (window.__rowsLiveAt === undefined && hasRows()) window.__rowsLiveAt = performance.now();
    },
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    checkDCE: () => undefined,
  };
  document.addEventListener('keydown', (e) => (window.__keyAt = e.timeStamp), true);
}

/**
 * In the page, before a filter keystroke: from the next keydown, checks each frame (in its
 * animation-frame callback, before it renders) whether every row in the table holds `letter`;
 * the first such frame's paint is what the user waits for, so `__rowsAt` is taken from a
 * message posted there, which runs once that frame is painted.
 */
export function armRowWatch(letter: string): void {
  window.__rowsAt = undefined;
  const onlyMatching = () => {
    const cells = [...document.querySelectorAll('tr[data-row-id] td:first-child')];
    return cells.length > 0 && cells.every((c) => (c.textContent ?? '').includes(letter));
  };
  const frame = () => {
    if (!onlyMatching()) {
      requestAnimationFrame(frame);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (window.__rowsAt = performance.now());
    channel.port2.postMessage(null);
  };
  document.addEventListener('keydown', () => requestAnimationFrame(frame), {
    once: true,
    capture: true,
  });
}

/** In the page after first rows: when each step ended (NaN when the load had no such step). */
export function readWarmSteps(listPath: string): Record<StepName, number> {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const path = (r: PerformanceResourceTiming) => new URL(r.name).pathname;
  const first = (test: (p: string) => boolean) => resources.find((r) => test(path(r)));
  const js = resources.filter((r) => path(r).endsWith('.js'));
  const session = first((p) => p === '/api/session');
  const list = first((p) => p.endsWith(`/${listPath}`) && p.startsWith('/api/'));
  return {
    html: nav.responseEnd,
    entryJs: first((p) => /\/assets\/index-[^/]+\.js$/.test(p))?.responseEnd ?? NaN,
    sessionStart: session?.startTime ?? NaN,
    sessionEnd: session?.responseEnd ?? NaN,
    regionsEnd: first((p) => p === '/api/regions')?.responseEnd ?? NaN,
    allJs: Math.max(...js.map((r) => r.responseEnd)),
    listStart: list?.startTime ?? NaN,
    listEnd: list?.responseEnd ?? NaN,
    firstRows: window.__firstRowsAt ?? NaN,
    rowsLive: window.__rowsLiveAt ?? NaN,
  };
}
