import type { Interceptor } from '@gc/vpc-client';
import { LRUCache } from 'lru-cache';

/** Who caused an invalidation: our own mutation, or another instance (relayed). */
export type InvalidationOrigin = 'local' | 'remote';

/** Told the region (undefined = every region) whose reads were just forgotten. */
export type InvalidationListener = (scope: string | undefined, origin: InvalidationOrigin) => void;

/** Single-flight + short TTL cache for upstream reads, invalidated per region by mutations. */
export class ReadCache {
  private readonly values: LRUCache<string, { value: unknown }>;
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly generations = new Map<string, number>();
  private globalGeneration = 0;
  private readonly listeners = new Set<InvalidationListener>();

  private readonly ttlMs: number;

  /** @param opts ttlMs ≤ 2000 (0 = coalesce only, keep nothing), maxEntries of the LRU. */
  constructor(opts: { ttlMs?: number; maxEntries?: number } = {}) {
    // At most 2 s (issue 4): short enough that another instance's change shows up at once.
    this.ttlMs = Math.max(0, Math.min(opts.ttlMs ?? 2000, 2000));
    this.values = new LRUCache({ max: opts.maxEntries ?? 2000, ttl: Math.max(1, this.ttlMs) });
  }

  /** Returns the cached value, joins an identical read in flight, or starts `load`. */
  read<T>(scope: string, key: string, load: () => Promise<T>): Promise<T> {
    const full = `${scope}|${key}`;
    const hit = this.values.get(full);
    if (hit !== undefined) return Promise.resolve(hit.value as T);
    const running = this.inflight.get(full);
    if (running !== undefined) return running as Promise<T>;
    const generation = this.generationOf(scope);
    const promise = load().then((value) => {
      // A mutation that ran meanwhile bumped the generation: this value may be stale, drop it.
      if (this.ttlMs > 0 && this.generationOf(scope) === generation) {
        this.values.set(full, { value });
      }
      return value;
    });
    const tracked = promise.finally(() => {
      if (this.inflight.get(full) === tracked) this.inflight.delete(full);
    });
    this.inflight.set(full, tracked);
    return tracked;
  }

  private generationOf(scope: string): string {
    return `${this.globalGeneration}.${this.generations.get(scope) ?? 0}`;
  }

  /**
   * Forgets everything read in `scope` (a region), or everything when no scope is given.
   * `origin` says whether our own mutation caused it or another instance told us (scale-out), so
   * a listener that relays invalidations to other instances relays only local ones.
   */
  invalidate(scope?: string, origin: InvalidationOrigin = 'local'): void {
    if (scope === undefined) {
      this.globalGeneration += 1;
      this.values.clear();
      this.inflight.clear();
    } else {
      this.generations.set(scope, (this.generations.get(scope) ?? 0) + 1);
      const prefix = `${scope}|`;
      for (const k of [...this.values.keys()]) if (k.startsWith(prefix)) this.values.delete(k);
      for (const k of [...this.inflight.keys()]) if (k.startsWith(prefix)) this.inflight.delete(k);
    }
    for (const listener of this.listeners) listener(scope, origin);
  }

  /**
   * Calls `listener` after every invalidation (derived views such as a region index and the
   * cross-instance relay hang off this one point); returns the unsubscribe function.
   */
  onInvalidate(listener: InvalidationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** JSON with object keys sorted at every level, so equal params give equal keys. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function scopeOf(params: unknown): string {
  const region = (params as { RegionId?: unknown } | undefined)?.RegionId;
  return typeof region === 'string' && region !== '' ? region : '*';
}

/**
 * Client interceptor: every read (as the client's action table declares it) is coalesced and
 * cached by action + params in its region; any other call invalidates its region once it
 * settles. Services written against the client get this for free.
 */
export function readCacheInterceptor(cache: ReadCache): Interceptor {
  return async (ctx, next) => {
    const scope = scopeOf(ctx.params);
    if (ctx.isRead) {
      return cache.read(scope, `${ctx.action}:${stableStringify(ctx.params)}`, () => next(ctx));
    }
    try {
      return await next(ctx);
    } finally {
      // After the change settles, success or failure: a failed call may still have changed state.
      cache.invalidate(scope === '*' ? undefined : scope);
    }
  };
}
