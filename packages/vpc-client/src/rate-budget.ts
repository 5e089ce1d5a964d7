/**
 * How fast one client may call the API. Alibaba limits each API per region and account (quota
 * dimension `regionId, API, ParentUid`; 300 to 1,200 calls per 60 s for the VPC actions), so the
 * budget keeps one bucket per region and action.
 */
export interface RateBudgetOptions {
  /** Calls per second for one action in one region, unless `perAction` says otherwise. */
  callsPerSecond: number;
  /** Per-action rates, where Alibaba documents a different limit for an action. */
  perAction?: Readonly<Record<string, number>>;
  /** The floor throttling answers never push a rate under; default a tenth of its rate. */
  minCallsPerSecond?: number;
}

/** What the budget is doing now, for status pages and the "waiting on the rate" notice. */
export interface RateBudgetState {
  /** The lowest current rate of any bucket (below the configured one after throttling). */
  slowestCallsPerSecond: number;
  /** Buckets slowed down by throttling answers and not yet recovered. */
  slowedBuckets: number;
  waiting: number;
  /** Calls that had to wait for their turn, and how long they waited in total. */
  delayedCalls: number;
  delayedMs: number;
}

/**
 * A token bucket whose callers wait in arrival order (reads queue fairly instead of failing).
 * Its rate follows AIMD: halved on a throttling answer (at most once a second, the answers of
 * one burst arrive together), then raised by about one call per second for each second of calm.
 */
class Bucket {
  rate: number;
  #tokens: number;
  #last = performance.now();
  #lastDecrease = -Infinity;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly queue: { grant: () => void }[] = [];

  constructor(
    public max: number,
    public min: number,
  ) {
    this.rate = max;
    this.#tokens = Math.max(1, max);
  }

  /** A new ceiling and floor (this instance's share changed): the rate keeps its proportion. */
  resize(max: number, min: number): void {
    this.rate = Math.max(min, (this.rate / this.max) * max);
    this.max = max;
    this.min = min;
    this.#tokens = Math.min(this.#tokens, Math.max(1, this.rate));
  }

  take(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    return new Promise((resolve, reject) => {
      const waiter = {
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        const i = this.queue.indexOf(waiter);
        if (i >= 0) this.queue.splice(i, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
      this.#pump();
    });
  }

  throttled(retryAfterMs = 0): void {
    const now = performance.now();
    if (now - this.#lastDecrease >= 1000) {
      this.#lastDecrease = now;
      this.rate = Math.max(this.min, this.rate / 2);
    }
    // Nobody goes before the API said it takes calls again (x-acs-retry-after); the saved-up
    // tokens are spent, so the next call waits at least one interval of the new rate.
    this.#tokens = Math.min(this.#tokens, 0, -(retryAfterMs / 1000) * this.rate);
    this.#last = now;
  }

  succeeded(): void {
    if (this.rate < this.max) this.rate = Math.min(this.max, this.rate + 1 / this.rate);
  }

  #pump = (): void => {
    const now = performance.now();
    // A burst of at most one second's worth: an idle client does not save up a flood.
    this.#tokens = Math.min(
      Math.max(1, this.rate),
      this.#tokens + ((now - this.#last) / 1000) * this.rate,
    );
    this.#last = now;
    while (this.queue.length > 0 && this.#tokens >= 1) {
      this.#tokens -= 1;
      this.queue.shift()?.grant();
    }
    if (this.queue.length === 0 || this.#timer !== undefined) return;
    const wait = Math.ceil(((1 - this.#tokens) / this.rate) * 1000);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#pump();
    }, wait);
    // Waiting calls keep their own promises alive; the timer alone must not hold the process.
    this.#timer.unref?.();
  };
}

/** What {@link RateBudget.headroom} answers for one region. */
export interface RegionHeadroom {
  /** Calls waiting for their turn in the region's buckets. */
  waiting: number;
  /** A throttling answer slowed one of the region's buckets, not yet recovered. */
  slowed: boolean;
  /** The rate an action without a `perAction` limit gets in this process (calls per second). */
  callsPerSecond: number;
}

/** Told of a throttling answer this process saw, so it can be relayed to other instances. */
export type ThrottleListener = (action: string, regionId: string, retryAfterMs: number) => void;

/** The account's call budget: a bucket per region and action, created on first use. */
export class RateBudget {
  readonly #buckets = new Map<string, Bucket>();
  readonly #listeners = new Set<ThrottleListener>();
  #share = 1;
  #delayedCalls = 0;
  #delayedMs = 0;

  /** @param options the rate per region and action, per-action rates and the AIMD floor. */
  constructor(readonly options: RateBudgetOptions) {
    const rates = [options.callsPerSecond, ...Object.values(options.perAction ?? {})];
    if (!rates.every((r) => r > 0)) throw new RangeError('callsPerSecond must be > 0');
  }

  /** Waits for this action's turn in this region. */
  async take(action: string, regionId = '', signal?: AbortSignal): Promise<void> {
    const started = performance.now();
    await this.#bucket(action, regionId).take(signal);
    const waited = performance.now() - started;
    if (waited >= 1) {
      this.#delayedCalls += 1;
      this.#delayedMs += waited;
    }
  }

  /**
   * Reports an answer: a throttling code slows the bucket down (and holds it for the answer's
   * retry-after, in ms), anything else lets it recover.
   */
  settle(
    action: string,
    regionId: string,
    throttled: boolean,
    retryAfterMs?: number,
    origin: 'local' | 'remote' = 'local',
  ): void {
    const bucket = this.#bucket(action, regionId);
    if (!throttled) {
      bucket.succeeded();
      return;
    }
    bucket.throttled(retryAfterMs);
    // Only our own answers are relayed: a relayed one must not echo between instances.
    if (origin === 'local') for (const l of this.#listeners) l(action, regionId, retryAfterMs ?? 0);
  }

  /** Calls `listener` on each throttling answer this process saw; returns the unsubscribe. */
  onThrottle(listener: ThrottleListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * This process's share of the account's rate (0–1]: N instances each take `1/N`, so together
   * they stay under the configured rate. 1 (the default) is the single-instance budget.
   */
  setShare(share: number): void {
    if (!(share > 0 && share <= 1)) throw new RangeError('share must be in (0, 1]');
    if (share === this.#share) return;
    this.#share = share;
    for (const [key, bucket] of this.#buckets) {
      const { max, min } = this.#limits(key.slice(key.indexOf('\u0000') + 1));
      bucket.resize(max, min);
    }
  }

  /** This process's current share of the rate. */
  get share(): number {
    return this.#share;
  }

  /** The slowest bucket and how many calls wait. */
  state(): RateBudgetState {
    const buckets = [...this.#buckets.values()];
    const slowest = Math.min(
      this.options.callsPerSecond * this.#share,
      ...buckets.map((b) => b.rate),
    );
    return {
      slowestCallsPerSecond: Math.round(slowest * 100) / 100,
      slowedBuckets: buckets.filter((b) => b.rate < b.max).length,
      waiting: buckets.reduce((n, b) => n + b.queue.length, 0),
      delayedCalls: this.#delayedCalls,
      delayedMs: Math.round(this.#delayedMs),
    };
  }

  /**
   * How much room one region's buckets have now: calls waiting there, whether throttling slowed
   * any of them, and this process's default rate per action. For optional background work (the
   * BFF's list re-reads), which should yield to waiting callers.
   */
  headroom(regionId: string): RegionHeadroom {
    const prefix = `${regionId}\u0000`;
    let waiting = 0;
    let slowed = false;
    for (const [key, bucket] of this.#buckets) {
      if (!key.startsWith(prefix)) continue;
      waiting += bucket.queue.length;
      slowed ||= bucket.rate < bucket.max;
    }
    return { waiting, slowed, callsPerSecond: this.options.callsPerSecond * this.#share };
  }

  #bucket(action: string, regionId: string): Bucket {
    const key = `${regionId}\u0000${action}`;
    let bucket = this.#buckets.get(key);
    if (!bucket) {
      const { max, min } = this.#limits(action);
      bucket = new Bucket(max, min);
      this.#buckets.set(key, bucket);
    }
    return bucket;
  }

  #limits(action: string): { max: number; min: number } {
    const base = this.options.perAction?.[action] ?? this.options.callsPerSecond;
    const floor = (this.options.minCallsPerSecond ?? base / 10) * this.#share;
    return { max: base * this.#share, min: Math.min(base * this.#share, floor) };
  }
}
