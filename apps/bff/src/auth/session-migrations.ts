import type Database from 'better-sqlite3';
import type { Pool } from 'pg';

/** One schema step of the session tables; `version`s only grow, a shipped step is never edited. */
export interface SessionMigration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

const sessionsTable = (time: string) => `CREATE TABLE console_sessions (
    id_hash TEXT PRIMARY KEY,
    user_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('operator', 'auditor')),
    fingerprint TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('demo', 'real')),
    created_at ${time} NOT NULL,
    last_seen_at ${time} NOT NULL,
    expires_at ${time} NOT NULL
  );
  CREATE INDEX console_sessions_user ON console_sessions (user_name);
  CREATE INDEX console_sessions_expires ON console_sessions (expires_at);
  CREATE INDEX console_sessions_last_seen ON console_sessions (last_seen_at);`;

const throttleTable = (time: string) => `CREATE TABLE login_throttle (
    throttle_key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    window_start ${time} NOT NULL
  );
  CREATE INDEX login_throttle_window ON login_throttle (window_start);`;

/** The session store's own migrations (the audit trail keeps its own list and table). */
export const SESSION_MIGRATIONS: readonly SessionMigration[] = [
  {
    version: 1,
    name: 'sessions',
    sqlite: sessionsTable('INTEGER'),
    postgres: sessionsTable('BIGINT'),
  },
  {
    version: 2,
    name: 'login throttle',
    sqlite: throttleTable('INTEGER'),
    postgres: throttleTable('BIGINT'),
  },
];

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS session_schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;
const RECORD = 'INSERT INTO session_schema_migrations (version, name, applied_at) VALUES ';

/** Brings the SQLite session tables up to date under the write lock; answers what it applied. */
export function migrateSessionsSqlite(db: Database.Database): number[] {
  const applied: number[] = [];
  db.transaction(() => {
    db.exec(MIGRATIONS_TABLE);
    const done = new Set(
      db.prepare('SELECT version FROM session_schema_migrations').pluck().all().map(Number),
    );
    for (const m of SESSION_MIGRATIONS.filter((x) => !done.has(x.version))) {
      db.exec(m.sqlite);
      db.prepare(`${RECORD}(?, ?, ?)`).run(m.version, m.name, new Date().toISOString());
      applied.push(m.version);
    }
  }).immediate();
  return applied;
}

/**
 * Brings the PostgreSQL session tables up to date in one transaction; an advisory lock keyed on
 * the schema serialises instances that start together (as the audit trail's migration does).
 */
export async function migrateSessionsPostgres(pool: Pool, schema: string): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('gc-session-migrations:' || $1))", [
      schema,
    ]);
    const ns = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (ns.rowCount === 0) await client.query(`CREATE SCHEMA "${schema}"`);
    await client.query(MIGRATIONS_TABLE);
    const { rows } = await client.query<{ version: number }>(
      'SELECT version FROM session_schema_migrations',
    );
    const done = new Set(rows.map((r) => Number(r.version)));
    for (const m of SESSION_MIGRATIONS.filter((x) => !done.has(x.version))) {
      await client.query(m.postgres);
      await client.query(`${RECORD}($1, $2, $3)`, [m.version, m.name, new Date().toISOString()]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
