import { describe, expect, it } from 'vitest';
import { HashQueue, hashQueueSize, WAITING_PER_SLOT } from './hash-queue.ts';

describe('hashQueueSize', () => {
  it('leaves one core to the event loop, never less than one hash, and scales the wait list', () => {
    expect(hashQueueSize(1)).toEqual({ concurrency: 1, maxWaiting: WAITING_PER_SLOT });
    expect(hashQueueSize(2)).toEqual({ concurrency: 1, maxWaiting: WAITING_PER_SLOT });
    expect(hashQueueSize(4)).toEqual({ concurrency: 3, maxWaiting: 3 * WAITING_PER_SLOT });
    expect(hashQueueSize(0).concurrency).toBe(1);
  });
});

describe('HashQueue', () => {
  it('runs at most `concurrency` tasks, lets `maxWaiting` wait, refuses the rest with 429', async () => {
    const q = HashQueue.sized({ concurrency: 2, maxWaiting: 3 });
    const gates: (() => void)[] = [];
    let running = 0;
    let most = 0;
    const task = () =>
      q.run(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => gates.push(resolve));
        running -= 1;
      });
    const accepted = Array.from({ length: 5 }, task);
    expect(q.load).toEqual({ running: 2, waiting: 3 });
    await expect(task()).rejects.toMatchObject({ status: 429 });
    // Each finished task hands its slot to a waiter: never more than two at once.
    while (gates.length > 0 || q.load.running > 0) {
      gates.shift()?.();
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(accepted);
    expect(most).toBe(2);
    expect(q.load).toEqual({ running: 0, waiting: 0 });
  });
});
