import { WaitTimeoutError } from './errors.ts';
import { sleep } from './sleep.ts';

/** Options of `waitFor()`. */
export interface WaitForOptions {
  /** Give up after this long; default 5 minutes. */
  timeoutMs?: number;
  /** First pause between probes; default 1 s, doubled after each probe. */
  initialDelayMs?: number;
  /** Longest pause between probes; default 10 s. */
  maxDelayMs?: number;
  signal?: AbortSignal;
}

/**
 * Polls `probe` until `predicate` holds (e.g. a NAT gateway reaching `Available`), backing off
 * between probes. Throws WaitTimeoutError (with the last value) on timeout, the signal's reason
 * on abort, and any error the probe throws (a not-found may be the answer a delete waits for).
 */
export async function waitFor<T>(
  probe: () => Promise<T>,
  predicate: (value: T) => boolean,
  opts: WaitForOptions = {},
): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? 300_000;
  const maxDelayMs = opts.maxDelayMs ?? 10_000;
  const deadline = Date.now() + timeoutMs;
  let delay = opts.initialDelayMs ?? 1_000;
  for (let probes = 1; ; probes++) {
    opts.signal?.throwIfAborted();
    const value = await probe();
    if (predicate(value)) return value;
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      throw new WaitTimeoutError(
        `waitFor: condition not met after ${timeoutMs} ms (${probes} probes)`,
        value,
      );
    }
    // The last pause is shortened so one more probe runs right at the deadline.
    await sleep(Math.min(delay, remaining), opts.signal);
    delay = Math.min(maxDelayMs, delay * 2);
  }
}
