import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AuditEntry } from '@gc/contracts';
import Database from 'better-sqlite3';
import { prepareEntry } from './audit-entry.ts';
import { NEWEST_FIRST, sqliteDialect, whereClause, type AuditCursor } from './audit-filter-sql.ts';
import { migrateSqlite } from './audit-migrations.ts';
import { COLUMN_LIST, entryValues, rowToEntry, AUDIT_COLUMNS, type AuditRow } from './audit-row.ts';
import {
  EXPORT_BATCH_SIZE,
  paging,
  type AuditStore,
  type AuditStoreFilter,
  type AuditStorePage,
  type AuditStoreQuery,
  type AuditOutcomeUpdate,
  type NewAuditEntry,
} from './audit-store.ts';

export interface SqliteAuditStoreOptions {
  /** Rows per round trip when an export walks the trail (default 500). */
  exportBatchSize?: number;
  /** The database file; its folder is created. `:memory:` works for throwaway stores. */
  path: string;
  /**
   * How long a write waits for another process's lock before failing (default 1 s).
   * better-sqlite3 waits synchronously, blocking the event loop, so this stays short.
   */
  busyTimeoutMs?: number;
}

/** Default of `busyTimeoutMs` (`AUDIT_SQLITE_BUSY_TIMEOUT_MS`). */
export const DEFAULT_SQLITE_BUSY_TIMEOUT_MS = 1000;

/** The embedded audit trail: one SQLite file in WAL mode, fsynced on every commit. */
export class SqliteAuditStore implements AuditStore {
  readonly kind = 'sqlite';
  /** The versions the start-up migration applied (empty when the schema was current). */
  readonly appliedMigrations: number[];
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly batch: number;

  constructor(options: SqliteAuditStoreOptions) {
    if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
    this.batch = options.exportBatchSize ?? EXPORT_BATCH_SIZE;
    this.db = new Database(options.path);
    this.db.pragma(
      `busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? DEFAULT_SQLITE_BUSY_TIMEOUT_MS)}`,
    );
    // WAL lets readers (the audit page) run beside the writer. synchronous=FULL fsyncs the WAL on
    // every commit: NORMAL would survive a SIGKILL too, but not a power cut.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.appliedMigrations = migrateSqlite(this.db);
    const marks = AUDIT_COLUMNS.map(() => '?').join(', ');
    this.insert = this.db.prepare(`INSERT INTO audit_entries (${COLUMN_LIST}) VALUES (${marks})`);
  }

  /** Reads one pragma, for tests and diagnostics. */
  pragma(name: string): unknown {
    return this.db.pragma(name, { simple: true });
  }

  async append(input: NewAuditEntry): Promise<AuditEntry> {
    const entry = prepareEntry(input);
    // better-sqlite3 is synchronous: when run() returns, the autocommit transaction is on disk.
    this.insert.run(entryValues(entry));
    return entry;
  }

  async complete(id: string, o: AuditOutcomeUpdate): Promise<void> {
    const r = this.db
      .prepare(
        `UPDATE audit_entries SET outcome = ?, resource_id = coalesce(?, resource_id),
         http_status = ?, error_code = ?, upstream_request_id = ?, completed_at = ?, note = ?
         WHERE id = ? AND outcome IN ('pending', 'unknown')`,
      )
      .run(
        o.outcome,
        o.resourceId ?? null,
        o.httpStatus ?? null,
        o.errorCode ?? null,
        o.upstreamRequestId ?? null,
        new Date().toISOString(),
        o.note ?? null,
        id,
      );
    if (r.changes !== 1) throw new Error(`audit entry ${id} has no pending intent`);
  }

  async reconcile(before: Date, note?: string): Promise<number> {
    return this.db
      .prepare(
        `UPDATE audit_entries SET outcome = 'unknown', completed_at = ?, note = ?
         WHERE outcome = 'pending' AND time < ?`,
      )
      .run(new Date().toISOString(), note ?? null, before.toISOString()).changes;
  }

  async pendingIntents(before: Date, limit: number): Promise<AuditEntry[]> {
    const rows = this.db
      .prepare(
        `SELECT seq, ${COLUMN_LIST} FROM audit_entries WHERE outcome = 'pending' AND time < ?
         ORDER BY time, seq LIMIT ?`,
      )
      .all(before.toISOString(), Math.max(0, Math.trunc(limit))) as AuditRow[];
    return rows.map(rowToEntry);
  }

  // One BFF per SQLite file: nobody to exclude.
  async exclusively(_name: string, fn: () => Promise<void>): Promise<boolean> {
    await fn();
    return true;
  }

  async query(query: AuditStoreQuery): Promise<AuditStorePage> {
    const { page, pageSize } = paging(query);
    const { sql, values } = whereClause(query, sqliteDialect);
    const total = Number(
      this.db.prepare(`SELECT count(*) FROM audit_entries ${sql}`).pluck().get(values),
    );
    const rows = this.db
      .prepare(
        `SELECT seq, ${COLUMN_LIST} FROM audit_entries ${sql} ${NEWEST_FIRST} LIMIT ? OFFSET ?`,
      )
      .all([...values, pageSize, (page - 1) * pageSize]) as AuditRow[];
    return { items: rows.map(rowToEntry), total, page, pageSize };
  }

  async *exportRows(filter: AuditStoreFilter): AsyncIterable<AuditEntry> {
    // Keyset batches instead of one iterate(): no read transaction stays open while the client
    // downloads, so the WAL can checkpoint during a long export.
    let after: AuditCursor | undefined;
    for (;;) {
      const { sql, values } = whereClause(filter, sqliteDialect, after);
      const rows = this.db
        .prepare(`SELECT seq, ${COLUMN_LIST} FROM audit_entries ${sql} ${NEWEST_FIRST} LIMIT ?`)
        .all([...values, this.batch]) as AuditRow[];
      for (const row of rows) yield rowToEntry(row);
      const last = rows.at(-1);
      if (!last || rows.length < this.batch) return;
      after = { time: String(last.time), seq: last.seq };
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
