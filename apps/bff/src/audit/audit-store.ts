import type { AuditEntry, AuditFilter } from '@gc/contracts';

/** What a caller appends: the store assigns the `id`, and the `time` when it is missing. */
export type NewAuditEntry = Omit<AuditEntry, 'id' | 'time'> & { time?: string };

/** What `complete` sets on a pending entry. */
export interface AuditOutcomeUpdate {
  /** `unknown`: only reconciliation sets it, when a read-back could not prove the outcome. */
  outcome: 'success' | 'failure' | 'unknown';
  /** How the outcome was settled, when reconciliation (not the request) records it. */
  note?: string;
  resourceId?: string;
  httpStatus?: number;
  errorCode?: string;
  upstreamRequestId?: string;
}

/** The filters of the list and exports (see `auditFilterSchema`); every field is optional. */
export type AuditStoreFilter = Partial<AuditFilter>;

export interface AuditStoreQuery extends AuditStoreFilter {
  page?: number;
  pageSize?: number;
}

export interface AuditStorePage {
  items: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
}

/** The durable audit trail (issue 7), on SQLite or PostgreSQL. */
export interface AuditStore {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Validates, redacts and stores one entry. When the promise resolves the entry is committed
   * (fsynced), so the BFF awaits it before it answers the request it describes.
   */
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /**
   * Records the outcome of an intent appended with `outcome: 'pending'` (write-ahead, issue 15).
   * Rejects when no pending or unknown entry has that ID.
   */
  complete(id: string, outcome: AuditOutcomeUpdate): Promise<void>;
  /**
   * Marks intents older than `before` that still have no outcome as `unknown` (with `note`);
   * returns how many.
   */
  reconcile(before: Date, note?: string): Promise<number>;
  /** Up to `limit` intents older than `before` still `pending`, oldest first (to read back). */
  pendingIntents(before: Date, limit: number): Promise<AuditEntry[]>;
  /**
   * Runs `fn` only if no other holder (instance) has the named lock, and resolves `false` without
   * running it otherwise. PostgreSQL takes an advisory lock; SQLite (one BFF per file) just runs.
   */
  exclusively(name: string, fn: () => Promise<void>): Promise<boolean>;
  /** One page of matching entries, newest first, with the total count of matches. */
  query(query: AuditStoreQuery): Promise<AuditStorePage>;
  /** Every matching entry, newest first, read in batches (for CSV/JSON exports). */
  exportRows(filter: AuditStoreFilter): AsyncIterable<AuditEntry>;
  close(): Promise<void>;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Rows per round trip when an export walks the trail. */
export const EXPORT_BATCH_SIZE = 500;

/** Clamps the paging input to 1-based pages of 1–100 entries. */
export function paging(query: AuditStoreQuery): { page: number; pageSize: number } {
  const page = Math.max(1, Math.trunc(query.page ?? 1) || 1);
  const size = Math.trunc(query.pageSize ?? DEFAULT_PAGE_SIZE) || DEFAULT_PAGE_SIZE;
  return { page, pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, size)) };
}
