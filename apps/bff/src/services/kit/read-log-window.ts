import { DEFAULT_LOG_WINDOW_S, MAX_LOG_WINDOW_S } from '@gc/contracts';
import { InputError } from '../../errors.ts';

// The log actions page by 50 without a total; 40 pages (2,000 lines) is more than a day of a
// quiet tunnel or server and bounds what one request costs.
const LOG_PAGE_SIZE = 50;
const LOG_MAX_PAGES = 40;

/** What a log read answers: the window it used and the lines, oldest first. */
export interface LogWindow {
  from: number;
  to: number;
  lines: string[];
  /** False when the window held more lines than the BFF reads. */
  complete: boolean;
}

/**
 * Reads the log lines of a window (Unix seconds; default: the last hour, at most a day) page by
 * page, until a short page or the page limit. `page` asks the API for one page.
 */
export async function readLogWindow(
  query: { from?: number; to?: number },
  nowSeconds: number,
  page: (p: {
    From: number;
    To: number;
    PageNumber: number;
    PageSize: number;
  }) => Promise<string[]>,
): Promise<LogWindow> {
  const to = query.to ?? nowSeconds;
  const from = query.from ?? to - DEFAULT_LOG_WINDOW_S;
  if (to - from > MAX_LOG_WINDOW_S) {
    const message = `The window may span at most ${MAX_LOG_WINDOW_S} seconds.`;
    throw new InputError(message, [{ path: 'from', message }]);
  }
  const lines: string[] = [];
  let complete = false;
  for (let n = 1; n <= LOG_MAX_PAGES && !complete; n += 1) {
    const got = await page({ From: from, To: to, PageNumber: n, PageSize: LOG_PAGE_SIZE });
    lines.push(...got);
    complete = got.length < LOG_PAGE_SIZE;
  }
  return { from, to, lines, complete };
}
