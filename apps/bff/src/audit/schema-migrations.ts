import type Database from 'better-sqlite3';
import type { Pool } from 'pg';

/** One schema step; `version`s only grow, and a shipped step is never edited. */
export interface SchemaMigration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

/** A list of steps and the table that records which of them a database has. */
export interface MigrationSet {
  /** `audit_schema_migrations`, `session_schema_migrations`: each store keeps its own. */
  table: string;
  /** Keys the PostgreSQL advisory lock, so two sets never wait on each other. */
  lockName: string;
  steps: readonly SchemaMigration[];
}

const tableDdl = (table: string) => `CREATE TABLE IF NOT EXISTS ${table} (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/**
 * Brings a SQLite database up to date; returns the versions it applied. `BEGIN IMMEDIATE` takes
 * the write lock first, so two processes starting at once apply each step once.
 */
export function runSqliteMigrations(db: Database.Database, set: MigrationSet): number[] {
  const applied: number[] = [];
  db.transaction(() => {
    db.exec(tableDdl(set.table));
    const done = new Set(db.prepare(`SELECT version FROM ${set.table}`).pluck().all().map(Number));
    const record = db.prepare(
      `INSERT INTO ${set.table} (version, name, applied_at) VALUES (?, ?, ?)`,
    );
    for (const m of set.steps) {
      if (done.has(m.version)) continue;
      db.exec(m.sqlite);
      record.run(m.version, m.name, new Date().toISOString());
      applied.push(m.version);
    }
  }).immediate();
  return applied;
}

/**
 * Brings a PostgreSQL schema up to date in one transaction; returns the versions it applied. A
 * transaction-scoped advisory lock keyed on the set and the schema serialises instances that
 * start together (`CREATE TABLE IF NOT EXISTS` alone races on the catalog).
 */
export async function runPostgresMigrations(
  pool: Pool,
  schema: string,
  set: MigrationSet,
): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${set.lockName}:${schema}`]);
    // Checked first: CREATE SCHEMA IF NOT EXISTS still needs the CREATE right on the database.
    const ns = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (ns.rowCount === 0) await client.query(`CREATE SCHEMA "${schema}"`);
    await client.query(tableDdl(set.table));
    const { rows } = await client.query<{ version: number }>(`SELECT version FROM ${set.table}`);
    const done = new Set(rows.map((r) => Number(r.version)));
    for (const m of set.steps) {
      if (done.has(m.version)) continue;
      await client.query(m.postgres);
      await client.query(
        `INSERT INTO ${set.table} (version, name, applied_at) VALUES ($1, $2, $3)`,
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
