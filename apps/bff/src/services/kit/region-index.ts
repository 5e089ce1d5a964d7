import type { VpcClient } from '@gc/vpc-client';
import type { ReadCache } from '../cached-client.ts';
import { buildView, pageView, type IndexedView } from './indexed-view.ts';
import type { Page, PageQuery, PageSpec } from './page-resources.ts';
import { frozenJson } from './frozen-json.ts';
import { mayReread, type BudgetHeadroom } from './reread-gate.ts';

/** How fresh a region index is kept (defaults in {@link DEFAULT_INDEX_TIMING}). */
export interface IndexTiming {
  /** An index younger than this is served as is. */
  freshMs: number;
  /** Older than fresh but younger than this: served at once while a re-read runs (SWR). */
  maxStaleMs: number;
  /** While someone is looking, the region is re-read this often. */
  refreshMs: number;
  /** "Someone is looking": a list of the region was asked for within this window. */
  watchMs: number;
}

/** Fresh for 2 s (the read cache's TTL), never served older than 30 s, re-read every 10 s. */
export const DEFAULT_INDEX_TIMING: IndexTiming = {
  freshMs: 2_000,
  maxStaleMs: 30_000,
  refreshMs: 10_000,
  watchMs: 60_000,
};

/** What a service needs to keep an index: the read cache it follows, and optional timing. */
export interface IndexSettings {
  cache: ReadCache;
  /** The client re-reads go through: uncached, so a re-read reaches upstream, not the 2 s cache. */
  client: VpcClient;
  timing?: IndexTiming;
  /** The clock (tests move it). */
  now?: () => number;
  /** The account's call budget (`VPC_RATE_LIMIT`): background re-reads yield to users' calls. */
  budget?: BudgetHeadroom;
}

/** What {@link RegionIndex.page} adds to a page: when the list was read and the staleness bound. */
export interface IndexedPage<T> extends Page<T> {
  /** ISO time the region's list was read upstream (the start of that read). */
  indexedAt: string;
  /** No list older than this (ms) is served: past it a read waits for a fresh one. */
  staleAfterMs: number;
}

/** A view and when its upstream read started. */
interface Snapshot<T> {
  view: IndexedView<T>;
  loadedAt: number;
  /** `loadedAt` as ISO text, made once per read rather than per request. */
  indexedAt: string;
  /** Pages already answered from this read, by query: the same object (and JSON) again. */
  pages: Map<string, IndexedPage<T>>;
}

interface Entry<T> {
  snapshot?: Snapshot<T>;
  /** An invalidation came after `view` was read: it must not be served again. */
  dirty: boolean;
  generation: number;
  loading?: Promise<Snapshot<T>>;
  /** The last read started, joinable or not (an invalidation orphans it): one at a time. */
  inFlight?: Promise<unknown>;
  lastWanted: number;
  timer?: NodeJS.Timeout;
}

/**
 * One resource type's full list per region, kept in memory: served at once, re-read in the
 * background (stale-while-revalidate, bounded by `maxStaleMs`), re-read on every invalidation of
 * the read cache (our mutations, and other instances' relayed ones), and on a timer only while
 * someone is looking at the region.
 */
export class RegionIndex<T> {
  private readonly entries = new Map<string, Entry<T>>();

  private readonly timing: IndexTiming;
  private readonly now: () => number;
  private readonly budget?: BudgetHeadroom;

  constructor(
    private readonly load: (regionId: string) => Promise<readonly T[]>,
    private readonly spec: PageSpec<T>,
    settings: IndexSettings,
  ) {
    this.timing = settings.timing ?? DEFAULT_INDEX_TIMING;
    this.now = settings.now ?? Date.now;
    this.budget = settings.budget;
    settings.cache.onInvalidate((scope) => this.invalidate(scope));
  }

  /** One page of the region's list, filtered, sorted and paged over the index. */
  async page(regionId: string, query: PageQuery): Promise<IndexedPage<T>> {
    const entry = this.entryOf(regionId);
    entry.lastWanted = this.now();
    const snapshot = await this.current(entry, regionId);
    this.schedule(entry, regionId);
    const key = JSON.stringify(query);
    const known = snapshot.pages.get(key);
    if (known !== undefined) return known;
    const { view, indexedAt } = snapshot;
    const page = frozenJson({
      ...pageView(view, query),
      indexedAt,
      staleAfterMs: this.timing.maxStaleMs,
    });
    // Bounded: a crawl through every page and filter must not keep them all.
    if (snapshot.pages.size >= 256) snapshot.pages.clear();
    snapshot.pages.set(key, page);
    return page;
  }

  /**
   * Forgets the region's index (every region's when `scope` is undefined): the next list waits
   * for a fresh read. Not re-read here: a burst of changes (bulk tagging) then costs one re-read.
   */
  invalidate(scope: string | undefined): void {
    for (const [regionId, entry] of this.entries) {
      if (scope !== undefined && scope !== regionId) continue;
      entry.generation += 1;
      entry.dirty = true;
      // A read started before the change may miss it: later callers must not join it.
      entry.loading = undefined;
    }
  }

  private entryOf(regionId: string): Entry<T> {
    let entry = this.entries.get(regionId);
    if (entry === undefined) {
      entry = { dirty: false, generation: 0, lastWanted: 0 };
      this.entries.set(regionId, entry);
    }
    return entry;
  }

  private current(entry: Entry<T>, regionId: string): Promise<Snapshot<T>> | Snapshot<T> {
    const { snapshot } = entry;
    const age = snapshot === undefined ? Infinity : this.now() - snapshot.loadedAt;
    if (snapshot !== undefined && !entry.dirty && age < this.timing.maxStaleMs) {
      if (age >= this.timing.freshMs) this.rereadInBackground(entry, regionId);
      return snapshot;
    }
    return this.reload(entry, regionId);
  }

  /**
   * A re-read nobody waits for (stale-while-revalidate, the timer): skipped while any read of
   * the region runs, and while the account's budget is short (see {@link mayReread}).
   */
  private rereadInBackground(entry: Entry<T>, regionId: string): void {
    if (entry.inFlight !== undefined) return;
    const last = entry.snapshot && {
      items: entry.snapshot.view.items.length,
      startedAt: entry.snapshot.loadedAt,
    };
    if (!mayReread(this.budget, regionId, last, this.now())) return;
    this.reload(entry, regionId).catch(() => undefined);
  }

  private reload(entry: Entry<T>, regionId: string): Promise<Snapshot<T>> {
    if (entry.loading !== undefined) return entry.loading;
    const generation = entry.generation;
    // A read orphaned by an invalidation may still run: this one starts when it ends.
    const before = entry.inFlight?.then(
      () => undefined,
      () => undefined,
    );
    const read = async (): Promise<Snapshot<T>> => {
      await before;
      const loadedAt = this.now();
      const view = buildView(await this.load(regionId), this.spec);
      return { view, loadedAt, indexedAt: new Date(loadedAt).toISOString(), pages: new Map() };
    };
    const loading = read().then((snapshot) => {
      if (entry.generation === generation) {
        entry.snapshot = snapshot;
        entry.dirty = false;
      }
      return snapshot;
    });
    entry.loading = loading;
    entry.inFlight = loading;
    const settle = () => {
      if (entry.loading === loading) entry.loading = undefined;
      if (entry.inFlight === loading) entry.inFlight = undefined;
      this.schedule(entry, regionId);
    };
    loading.then(settle, settle);
    return loading;
  }

  private watched(entry: Entry<T>): boolean {
    return this.now() - entry.lastWanted < this.timing.watchMs;
  }

  // One timer per region at most; unref'd, so an idle index never keeps the process alive.
  private schedule(entry: Entry<T>, regionId: string): void {
    if (entry.timer !== undefined || !this.watched(entry)) return;
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (this.watched(entry)) this.rereadInBackground(entry, regionId);
      // Skipped (budget short, a read running): try again one interval later.
      if (entry.inFlight === undefined) this.schedule(entry, regionId);
    }, this.timing.refreshMs);
    entry.timer.unref();
  }
}
