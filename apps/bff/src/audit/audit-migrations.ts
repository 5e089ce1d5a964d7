import type Database from 'better-sqlite3';
import type { Pool } from 'pg';

/** One schema step; `version`s only grow, and a shipped step is never edited. */
export interface AuditMigration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

const INDEXES = `
  CREATE INDEX audit_entries_time ON audit_entries (time DESC, seq DESC);
  CREATE INDEX audit_entries_user ON audit_entries (user_name, time DESC);
  CREATE INDEX audit_entries_action ON audit_entries (action, time DESC);
  CREATE INDEX audit_entries_resource ON audit_entries (resource_id, time DESC);
  CREATE INDEX audit_entries_region ON audit_entries (region_id, time DESC);
  CREATE INDEX audit_entries_outcome ON audit_entries (outcome, time DESC);`;

const COMMON_COLUMNS = `
    id TEXT NOT NULL UNIQUE,
    user_name TEXT NOT NULL,
    role TEXT,
    action TEXT NOT NULL,
    region_id TEXT,
    resource_id TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ('success', 'failure')),
    http_status INTEGER,
    error_code TEXT,
    upstream_request_id TEXT,
    request_id TEXT,
    client_token TEXT,
    ip TEXT,
    user_agent TEXT`;

const OUTCOMES_V2 = `'success', 'failure', 'pending', 'unknown'`;

const COMMON_COLUMN_NAMES = [...COMMON_COLUMNS.matchAll(/^\s+(\w+) /gm)]
  .map((m) => m[1])
  .join(', ');

export const AUDIT_MIGRATIONS: readonly AuditMigration[] = [
  {
    version: 1,
    name: 'audit entries',
    // ISO-8601 UTC text with milliseconds sorts like the instant it names.
    sqlite: `CREATE TABLE audit_entries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    time TEXT NOT NULL,
    params TEXT NOT NULL,${COMMON_COLUMNS}
  );${INDEXES}`,
    postgres: `CREATE TABLE audit_entries (
    seq BIGSERIAL PRIMARY KEY,
    time TIMESTAMPTZ(3) NOT NULL,
    params JSONB NOT NULL,${COMMON_COLUMNS}
  );${INDEXES}`,
  },
  {
    version: 2,
    name: 'write-ahead intents: pending/unknown outcomes, completed_at',
    // SQLite cannot change a CHECK constraint in place: the table is rebuilt (same seq values).
    sqlite: `CREATE TABLE audit_entries_v2 (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    time TEXT NOT NULL,
    params TEXT NOT NULL,${COMMON_COLUMNS.replace(
      `IN ('success', 'failure')`,
      `IN (${OUTCOMES_V2})`,
    )},
    completed_at TEXT
  );
  INSERT INTO audit_entries_v2 (seq, time, params, ${COMMON_COLUMN_NAMES})
    SELECT seq, time, params, ${COMMON_COLUMN_NAMES} FROM audit_entries;
  DROP TABLE audit_entries;
  ALTER TABLE audit_entries_v2 RENAME TO audit_entries;${INDEXES}
  CREATE INDEX audit_entries_pending ON audit_entries (time) WHERE outcome = 'pending';`,
    postgres: `ALTER TABLE audit_entries DROP CONSTRAINT audit_entries_outcome_check;
  ALTER TABLE audit_entries ADD CONSTRAINT audit_entries_outcome_check
    CHECK (outcome IN (${OUTCOMES_V2}));
  ALTER TABLE audit_entries ADD COLUMN completed_at TIMESTAMPTZ(3);
  CREATE INDEX audit_entries_pending ON audit_entries (time) WHERE outcome = 'pending';`,
  },
];

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS audit_schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/**
 * Brings a SQLite trail up to date; returns the versions it applied. `BEGIN IMMEDIATE` takes the
 * write lock first, so two processes starting at once apply each step once.
 */
export function migrateSqlite(db: Database.Database): number[] {
  const applied: number[] = [];
  db.transaction(() => {
    db.exec(MIGRATIONS_TABLE);
    const done = new Set(
      db
        .prepare('SELECT version FROM audit_schema_migrations')
        .pluck()
        .all()
        .map((v) => Number(v)),
    );
    const record = db.prepare(
      'INSERT INTO audit_schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
    );
    for (const m of AUDIT_MIGRATIONS) {
      if (done.has(m.version)) continue;
      db.exec(m.sqlite);
      record.run(m.version, m.name, new Date().toISOString());
      applied.push(m.version);
    }
  }).immediate();
  return applied;
}

/**
 * Brings a PostgreSQL trail up to date in one transaction; returns the versions it applied. A
 * transaction-scoped advisory lock keyed on the schema serialises instances that start together
 * (`CREATE TABLE IF NOT EXISTS` alone races on the catalog).
 */
export async function migratePostgres(pool: Pool, schema: string): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('BEGIN');
    await client.query("SELECT pg_advisory_xact_lock(hashtext('gc-audit-migrations:' || $1))", [
      schema,
    ]);
    // Checked first: CREATE SCHEMA IF NOT EXISTS still needs the CREATE right on the database.
    const ns = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (ns.rowCount === 0) await client.query(`CREATE SCHEMA "${schema}"`);
    await client.query(MIGRATIONS_TABLE);
    const { rows } = await client.query<{ version: number }>(
      'SELECT version FROM audit_schema_migrations',
    );
    const done = new Set(rows.map((r) => Number(r.version)));
    for (const m of AUDIT_MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query(m.postgres);
      await client.query(
        'INSERT INTO audit_schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [m.version, m.name, new Date().toISOString()],
      );
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
