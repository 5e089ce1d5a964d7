import { DEFAULT_LOG_WINDOW_S, MAX_LOG_WINDOW_S } from '@gc/contracts';
import { InputError } from '../../errors.ts';

// The VPN log actions page lines by 50 without a total; 40 pages (2,000 lines) bound one request.
const LOG_PAGE_SIZE = 50;
const LOG_MAX_PAGES = 40;

/** A log window read page by page: its bounds, the lines, and whether all were read. */
export interface LogWindow {
  from: number;
  to: number;
  lines: string[];
  complete: boolean;
}

/**
 * Reads the log lines of `from`…`to` (Unix seconds; default: the hour before now), at most a
 * day wide, asking `page` for pages of 50 until one comes back short.
 */
export async function readLogWindow(
  q: { from?: number; to?: number },
  nowSeconds: number,
  page: (p: {
    from: number;
    to: number;
    PageNumber: number;
    PageSize: number;
  }) => Promise<string[]>,
): Promise<LogWindow> {
  const to = q.to ?? nowSeconds;
  const from = q.from ?? to - DEFAULT_LOG_WINDOW_S;
  if (to - from > MAX_LOG_WINDOW_S) {
    const message = `The window may span at most ${MAX_LOG_WINDOW_S} seconds.`;
    throw new InputError(message, [{ path: 'from', message }]);
  }
  const lines: string[] = [];
  let complete = false;
  for (let n = 1; n <= LOG_MAX_PAGES && !complete; n += 1) {
    const got = await page({ from, to, PageNumber: n, PageSize: LOG_PAGE_SIZE });
    lines.push(...got);
    complete = got.length < LOG_PAGE_SIZE;
  }
  return { from, to, lines, complete };
}
