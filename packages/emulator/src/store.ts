import { z } from 'zod';

/** A tag as stored on every resource (REFERENCE §3.6). */
export interface TagRecord {
  Key: string;
  Value: string;
}

/** Fields every stored resource has; each resource model extends it. */
export interface BaseRecord {
  id: string;
  regionId: string;
  tags: TagRecord[];
}

/** A pending lifecycle transition, kept in the state so snapshots include it. */
export interface Transition {
  seq: number;
  regionId: string;
  kind: string;
  resourceId: string;
  dueAt: number;
  describesLeft?: number;
  /** Fields merged into the record when the transition completes. */
  set?: Record<string, unknown>;
  /** Remove the record when the transition completes (Deleting → gone). */
  remove?: boolean;
  /** A named effect registered by a resource module, run on completion. */
  effect?: { name: string; args: Record<string, unknown> };
}

/** A remembered ClientToken (REFERENCE §5.3). */
export interface TokenEntry {
  fingerprint: string;
  state: 'processing' | 'done';
  at: number;
  response?: Record<string, unknown>;
}

/** The whole mutable state: JSON-serialisable, so it can be snapshotted and persisted. */
export interface StateData {
  version: 1;
  regions: Record<string, Record<string, Record<string, BaseRecord>>>;
  transitions: Transition[];
  tokens: Record<string, TokenEntry>;
  seq: number;
}

const stateSchema = z.object({
  version: z.literal(1),
  regions: z.record(
    z.string(),
    z.record(z.string(), z.record(z.string(), z.looseObject({ id: z.string() }))),
  ),
  transitions: z.array(
    z.looseObject({ seq: z.number(), kind: z.string(), resourceId: z.string() }),
  ),
  tokens: z.record(z.string(), z.looseObject({ fingerprint: z.string() })),
  seq: z.number(),
});

/** Validates an untrusted snapshot; throws a readable message naming the first bad path. */
export function parseState(input: unknown): StateData {
  const result = stateSchema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    throw new Error(`invalid emulator state at ${where}: ${issue?.message ?? 'unknown problem'}`);
  }
  return result.data as unknown as StateData;
}

function ownKey(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

// Object.values over a dictionary-mode object costs ~10 ms at 5,000 keys, and every Describe page
// lists its whole table (filters and TotalCount need all rows). Rows change only through
// Table.put/remove (restore swaps in new objects), so the listing is kept until one of them runs.
const listings = new WeakMap<Record<string, BaseRecord>, readonly BaseRecord[]>();

/** One resource collection of one region, backed by the plain state object. */
export class Table<T extends BaseRecord> {
  constructor(private readonly rows: Record<string, BaseRecord>) {}

  /** The record, or undefined. */
  get(id: string): T | undefined {
    // Own properties only: an id such as `__proto__` must not reach Object.prototype.
    return Object.hasOwn(this.rows, id) ? (this.rows[id] as T) : undefined;
  }

  /** All records, in creation order. */
  list(): T[] {
    let rows = listings.get(this.rows);
    if (rows === undefined) {
      rows = Object.values(this.rows);
      listings.set(this.rows, rows);
    }
    // A copy: callers may sort or splice what they get.
    return rows.slice() as T[];
  }

  /** Adds or replaces a record. */
  put(row: T): T {
    listings.delete(this.rows);
    Object.defineProperty(this.rows, row.id, {
      value: row,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return row;
  }

  /** Removes a record; true when it existed. */
  remove(id: string): boolean {
    const existed = Object.hasOwn(this.rows, id);
    listings.delete(this.rows);
    delete this.rows[id];
    return existed;
  }
}

/** Per-region resource state with snapshot/restore. */
export class Store {
  private data: StateData = Store.empty();

  /** A fresh empty state. */
  static empty(): StateData {
    return { version: 1, regions: {}, transitions: [], tokens: {}, seq: 0 };
  }

  /** The raw state (lifecycle and idempotency read and write it directly). */
  get state(): StateData {
    return this.data;
  }

  /** The collection `kind` of `regionId`, created on first use. */
  table<T extends BaseRecord>(regionId: string, kind: string): Table<T> {
    const regions = this.data.regions;
    if (!Object.hasOwn(regions, regionId)) ownKey(regions, regionId, {});
    const region = regions[regionId] as Record<string, Record<string, BaseRecord>>;
    if (!Object.hasOwn(region, kind)) ownKey(region, kind, {});
    return new Table<T>(region[kind] as Record<string, BaseRecord>);
  }

  /** Region ids that hold any state. */
  regionIds(): string[] {
    return Object.keys(this.data.regions);
  }

  /** Next sequence number (transition order, stable tie-breaks). */
  nextSeq(): number {
    this.data.seq += 1;
    return this.data.seq;
  }

  /** A deep copy of the state as plain JSON. */
  snapshot(): StateData {
    return structuredClone(this.data);
  }

  /** Replaces the state with a validated snapshot. */
  restore(input: unknown): void {
    this.data = structuredClone(parseState(input));
  }
}
