import { TooManyRequestsError } from '../errors.ts';
import { BFF_ERROR_CODES } from '@gc/contracts';

/**
 * Runs password hashing a few at a time, with a bounded wait list. scrypt runs on libuv's thread
 * pool (4 threads by default), which file and DNS work share: 300 logins at once used to starve
 * it (issue 15: a logged-in request took 10.2 s). Past the wait list a login is refused with 429
 * at once instead of queueing for minutes.
 */
export class HashQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    /** Hashes running at once; more wait. */
    readonly concurrency: number,
    /** Hashes waiting at most; more are refused with 429. */
    readonly maxWaiting: number,
  ) {}

  /** A queue of the given size (`hashQueueSize`). */
  static sized(size: { concurrency: number; maxWaiting: number }): HashQueue {
    return new HashQueue(size.concurrency, size.maxWaiting);
  }

  /** Runs `task` when a slot is free; throws 429 when the wait list is full. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.maxWaiting) {
        throw new TooManyRequestsError(
          'Too many logins at once: try again in a moment.',
          1,
          BFF_ERROR_CODES.tooManyRequests,
        );
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter, so `running` never dips and lets a newcomer in.
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  /** Hashes running and waiting (for tests and diagnostics). */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}

/** Waiting hashes per running one: a login waits at most this many hash times (~0.7 s each). */
export const WAITING_PER_SLOT = 8;

/**
 * One core is left to the event loop: scrypt (N=2^17) is pure CPU on libuv's pool, and with a
 * hash on every core the loop (HTTP, TLS, JSON, the store) waits for its turn. On 2 cores that
 * is 1 hash at a time: the login-storm bench's worst logged-in pair went from 0.83–1.3 s to
 * under 1 s (apps/bff/README.md). A second thread on 2 cores does not hash sooner anyway. The
 * wait list keeps the longest wait at `WAITING_PER_SLOT` hash times, as 2 + 16 did.
 */
export function hashQueueSize(cores: number): { concurrency: number; maxWaiting: number } {
  const concurrency = Math.max(1, Math.trunc(cores) - 1);
  return { concurrency, maxWaiting: WAITING_PER_SLOT * concurrency };
}
