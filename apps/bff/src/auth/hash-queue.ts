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
    private readonly concurrency: number,
    private readonly maxWaiting: number,
  ) {}

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
