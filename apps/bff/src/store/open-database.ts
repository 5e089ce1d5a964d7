import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * A connection of its own to the trail's SQLite file (WAL lets several sit side by side), its
 * folder created; `:memory:` gives a throwaway database.
 */
export function openSqliteDatabase(path: string, busyTimeoutMs = 5000): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.pragma('journal_mode = WAL');
  return db;
}

/** Options of {@link openPostgresPool}. */
export interface PostgresPoolOptions {
  /** `postgres://…`; never logged, it may hold a password. */
  url: string;
  /** The schema holding the tables (default `public`). */
  schema?: string;
  max: number;
  /** Bound on connecting and on each statement or lock wait (default 5 s): a slow store fails fast. */
  timeoutMs?: number;
  onError?: (err: Error) => void;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * A pool whose sessions use `schema` and bounded timeouts, then `migrate` run on it; the pool is
 * ended when migrating fails.
 */
export async function openPostgresPool<T>(
  o: PostgresPoolOptions,
  migrate: (pool: pg.Pool, schema: string) => Promise<T>,
): Promise<{ pool: pg.Pool; migrated: T }> {
  const schema = o.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema)) throw new Error('schema must match [a-z_][a-z0-9_]*');
  const timeout = o.timeoutMs ?? 5000;
  const pool = new pg.Pool({
    connectionString: o.url,
    max: o.max,
    connectionTimeoutMillis: timeout,
    options: `-c search_path=${schema} -c statement_timeout=${timeout} -c lock_timeout=${timeout}`,
  });
  pool.on('error', (err) => o.onError?.(err));
  try {
    return { pool, migrated: await migrate(pool, schema) };
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
}
