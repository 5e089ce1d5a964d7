import type pg from 'pg';
import { openPostgresPool } from '../store/open-database.ts';
import { migrateSessionsPostgres } from './session-migrations.ts';
import {
  ADD_FAILURE_SQL,
  PRUNE_THROTTLE_SQL,
  STALE_THROTTLE_MS,
  SESSION_COLUMNS,
  rowToSession,
  sessionValues,
  throttleCount,
  type LoginThrottleStore,
  type SessionRow,
  type SessionStore,
  type StoredSession,
  type ThrottleCount,
} from './session-store.ts';

/** Options of {@link PostgresSessionStore.open}. */
export interface PostgresSessionStoreOptions {
  /** `postgres://…`, the audit trail's; never logged, it may hold a password. */
  url: string;
  /** The schema holding the tables (default `public`). */
  schema?: string;
  /** Pool size per instance (default 5). */
  max?: number;
  /** Bound on connecting and on each statement or lock wait (default 5 s): a slow store fails fast. */
  timeoutMs?: number;
  onError?: (err: Error) => void;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
type ThrottleRow = { failures: number; window_start: string };

/** Sessions in the audit trail's PostgreSQL database, shared by every instance. */
export class PostgresSessionStore implements SessionStore, LoginThrottleStore {
  readonly kind = 'postgres';

  private constructor(
    private readonly pool: pg.Pool,
    readonly appliedMigrations: number[],
  ) {}

  /** Connects, migrates the session tables, and returns the store. */
  static async open(options: PostgresSessionStoreOptions): Promise<PostgresSessionStore> {
    const schema = options.schema ?? 'public';
    if (!SCHEMA_NAME.test(schema)) throw new Error('session schema must match [a-z_][a-z0-9_]*');
    const { pool, migrated } = await openPostgresPool(
      { ...options, schema, max: options.max ?? 5 },
      migrateSessionsPostgres,
    );
    return new PostgresSessionStore(pool, migrated);
  }

  async create(s: StoredSession): Promise<void> {
    await this.pool.query(
      `INSERT INTO console_sessions (${SESSION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      sessionValues(s),
    );
  }

  async find(idHash: string): Promise<StoredSession | undefined> {
    const { rows } = await this.pool.query<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM console_sessions WHERE id_hash = $1`,
      [idHash],
    );
    return rows[0] && rowToSession(rows[0]);
  }

  async touch(idHash: string, lastSeenAt: number): Promise<void> {
    // GREATEST: two instances touching at once never move the clock back.
    await this.pool.query(
      'UPDATE console_sessions SET last_seen_at = GREATEST(last_seen_at, $1) WHERE id_hash = $2',
      [lastSeenAt, idHash],
    );
  }

  async remove(idHash: string): Promise<void> {
    await this.pool.query('DELETE FROM console_sessions WHERE id_hash = $1', [idHash]);
  }

  async removeUser(user: string): Promise<number> {
    const r = await this.pool.query('DELETE FROM console_sessions WHERE user_name = $1', [user]);
    return r.rowCount ?? 0;
  }

  async prune(now: number, idleSince: number): Promise<number> {
    await this.pool.query(PRUNE_THROTTLE_SQL, [now - STALE_THROTTLE_MS]);
    const r = await this.pool.query(
      'DELETE FROM console_sessions WHERE expires_at <= $1 OR last_seen_at <= $2',
      [now, idleSince],
    );
    return r.rowCount ?? 0;
  }

  async failures(key: string, now: number, windowMs: number): Promise<ThrottleCount> {
    const { rows } = await this.pool.query<ThrottleRow>(
      'SELECT failures, window_start FROM login_throttle WHERE throttle_key = $1',
      [key],
    );
    return throttleCount(rows[0], now, windowMs);
  }

  async addFailure(key: string, now: number, windowMs: number): Promise<ThrottleCount> {
    const { rows } = await this.pool.query<ThrottleRow>(ADD_FAILURE_SQL, [
      key,
      now,
      now - windowMs,
    ]);
    return throttleCount(rows[0], now, windowMs);
  }

  async clear(key: string): Promise<void> {
    await this.pool.query('DELETE FROM login_throttle WHERE throttle_key = $1', [key]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
