import type { AuditEntry } from '@gc/contracts';
import pg from 'pg';
import { prepareEntry } from './audit-entry.ts';
import {
  NEWEST_FIRST,
  postgresDialect,
  whereClause,
  type AuditCursor,
} from './audit-filter-sql.ts';
import { migratePostgres } from './audit-migrations.ts';
import { AUDIT_COLUMNS, COLUMN_LIST, entryValues, rowToEntry, type AuditRow } from './audit-row.ts';
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

export interface PostgresAuditStoreOptions {
  /** Rows per round trip when an export walks the trail (default 500). */
  exportBatchSize?: number;
  /** `postgres://user:password@host:port/db`; never logged, it may hold a password. */
  url: string;
  /** The schema holding the tables (default `public`); created when missing. */
  schema?: string;
  /** Pool size per BFF instance (default 5). */
  max?: number;
  /** Time to get a pooled connection, opening one included (default 2 s). */
  connectTimeoutMs?: number;
  /** Server-side `statement_timeout` (default 5 s); the client gives up 1 s later. */
  statementTimeoutMs?: number;
  /** Server-side `lock_timeout` (default 2 s): a locked `audit_entries` fails fast. */
  lockTimeoutMs?: number;
  /** An idle pooled connection is closed after this (default 10 s). */
  idleTimeoutMs?: number;
  /** Called with errors of idle pooled connections (the server restarting, say). */
  onError?: (err: Error) => void;
}

/** Defaults of the bounded waits (`AUDIT_PG_*_TIMEOUT_MS`). */
export const DEFAULT_PG_TIMEOUTS = {
  connectTimeoutMs: 2000,
  statementTimeoutMs: 5000,
  lockTimeoutMs: 2000,
  idleTimeoutMs: 10_000,
} as const;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const insertSql = `INSERT INTO audit_entries (${COLUMN_LIST}) VALUES (${AUDIT_COLUMNS.map(
  (_, i) => `$${i + 1}`,
).join(', ')})`;

function definedTimeouts(o: PostgresAuditStoreOptions): Partial<typeof DEFAULT_PG_TIMEOUTS> {
  const keys = Object.keys(DEFAULT_PG_TIMEOUTS) as (keyof typeof DEFAULT_PG_TIMEOUTS)[];
  return Object.fromEntries(keys.flatMap((k) => (o[k] === undefined ? [] : [[k, o[k]]])));
}

/** The shared audit trail: several BFF instances append to one PostgreSQL table. */
export class PostgresAuditStore implements AuditStore {
  readonly kind = 'postgres';

  private constructor(
    private readonly pool: pg.Pool,
    /** The versions the start-up migration applied (empty when the schema was current). */
    readonly appliedMigrations: number[],
    private readonly batch: number,
    private readonly schema: string,
  ) {}

  /** Connects, migrates the schema, and returns the store. */
  static async open(options: PostgresAuditStoreOptions): Promise<PostgresAuditStore> {
    const schema = options.schema ?? 'public';
    if (!SCHEMA_NAME.test(schema)) throw new Error('audit schema must match [a-z_][a-z0-9_]*');
    const t = { ...DEFAULT_PG_TIMEOUTS, ...definedTimeouts(options) };
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.max ?? 5,
      // Every wait is bounded (issue 15 H1: a login waited 14 s on a locked table): getting a
      // connection, a statement, a lock, and the client's own wait should the server hang.
      connectionTimeoutMillis: t.connectTimeoutMs,
      idleTimeoutMillis: t.idleTimeoutMs,
      statement_timeout: t.statementTimeoutMs,
      lock_timeout: t.lockTimeoutMs,
      query_timeout: t.statementTimeoutMs + 1000,
      idle_in_transaction_session_timeout: t.statementTimeoutMs * 2,
      // synchronous_commit=on is the server default, but a tuned server may turn it off; the
      // trail's promise (committed before the response) needs the WAL flushed on COMMIT.
      options: `-c search_path=${schema} -c synchronous_commit=on`,
    });
    pool.on('error', (err) => options.onError?.(err));
    try {
      const applied = await migratePostgres(pool, schema);
      const batch = options.exportBatchSize ?? EXPORT_BATCH_SIZE;
      return new PostgresAuditStore(pool, applied, batch, schema);
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw err;
    }
  }

  async append(input: NewAuditEntry): Promise<AuditEntry> {
    const entry = prepareEntry(input);
    await this.pool.query(insertSql, entryValues(entry));
    return entry;
  }

  async complete(id: string, o: AuditOutcomeUpdate): Promise<void> {
    const r = await this.pool.query(
      `UPDATE audit_entries SET outcome = $1, resource_id = coalesce($2, resource_id),
       http_status = $3, error_code = $4, upstream_request_id = $5, completed_at = now(),
       note = $6 WHERE id = $7 AND outcome IN ('pending', 'unknown')`,
      [
        o.outcome,
        o.resourceId ?? null,
        o.httpStatus ?? null,
        o.errorCode ?? null,
        o.upstreamRequestId ?? null,
        o.note ?? null,
        id,
      ],
    );
    if (r.rowCount !== 1) throw new Error(`audit entry ${id} has no pending intent`);
  }

  async reconcile(before: Date, note?: string): Promise<number> {
    const r = await this.pool.query(
      `UPDATE audit_entries SET outcome = 'unknown', completed_at = now(), note = $2
       WHERE outcome = 'pending' AND time < $1`,
      [before.toISOString(), note ?? null],
    );
    return r.rowCount ?? 0;
  }

  async pendingIntents(before: Date, limit: number): Promise<AuditEntry[]> {
    const { rows } = await this.pool.query<AuditRow>(
      `SELECT seq, ${COLUMN_LIST} FROM audit_entries WHERE outcome = 'pending' AND time < $1
       ORDER BY time, seq LIMIT $2`,
      [before.toISOString(), Math.max(0, Math.trunc(limit))],
    );
    return rows.map(rowToEntry);
  }

  async exclusively(name: string, fn: () => Promise<void>): Promise<boolean> {
    // A session-level advisory lock on one pooled connection, held while `fn` runs on others: a
    // transaction-level lock would keep a transaction open across upstream reads. The lock is
    // per database, so the schema is part of its name (tests run schemas side by side).
    const client = await this.pool.connect();
    const key = `${name}:${this.schema}`;
    let broken: Error | undefined;
    try {
      const got = await client.query<{ ok: boolean }>(
        'SELECT pg_try_advisory_lock(hashtext($1)) AS ok',
        [key],
      );
      if (!got.rows[0]?.ok) return false;
      try {
        await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch((err) => {
          broken = err as Error;
        });
      }
      return true;
    } finally {
      // A connection whose unlock failed may still hold the lock: destroy it, which releases it.
      client.release(broken);
    }
  }

  async query(query: AuditStoreQuery): Promise<AuditStorePage> {
    const { page, pageSize } = paging(query);
    const { sql, values } = whereClause(query, postgresDialect);
    const n = values.length;
    const [count, rows] = await Promise.all([
      this.pool.query<{ total: string }>(
        `SELECT count(*) AS total FROM audit_entries ${sql}`,
        values,
      ),
      this.pool.query<AuditRow>(
        `SELECT seq, ${COLUMN_LIST} FROM audit_entries ${sql} ${NEWEST_FIRST}
         LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...values, pageSize, (page - 1) * pageSize],
      ),
    ]);
    const total = Number(count.rows[0]?.total ?? 0);
    return { items: rows.rows.map(rowToEntry), total, page, pageSize };
  }

  async *exportRows(filter: AuditStoreFilter): AsyncIterable<AuditEntry> {
    let after: AuditCursor | undefined;
    for (;;) {
      const { sql, values } = whereClause(filter, postgresDialect, after);
      const { rows } = await this.pool.query<AuditRow>(
        `SELECT seq, ${COLUMN_LIST} FROM audit_entries ${sql} ${NEWEST_FIRST}
         LIMIT $${values.length + 1}`,
        [...values, this.batch],
      );
      const entries = rows.map(rowToEntry);
      yield* entries;
      const last = rows.at(-1);
      const lastEntry = entries.at(-1);
      if (!last || !lastEntry || rows.length < this.batch) return;
      after = { time: lastEntry.time, seq: last.seq };
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
