import type Database from 'better-sqlite3';
import type { Pool } from 'pg';
import {
  runPostgresMigrations,
  runSqliteMigrations,
  type MigrationSet,
  type SchemaMigration,
} from '../audit/schema-migrations.ts';

const jobsTable = (time: string) => `CREATE TABLE console_jobs (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    run_at ${time} NOT NULL,
    deadline ${time} NOT NULL,
    lease_owner TEXT,
    lease_until ${time},
    created_at ${time} NOT NULL,
    finished_at ${time},
    last_error TEXT
  );
  CREATE INDEX console_jobs_due ON console_jobs (state, run_at);`;

const instancesTable = (time: string) => `CREATE TABLE console_instances (
    instance_id TEXT PRIMARY KEY,
    seen_at ${time} NOT NULL
  );`;

/** Jobs and instance heartbeats: their own list, beside the trail's and the sessions'. */
export const COORDINATION_MIGRATIONS: readonly SchemaMigration[] = [
  { version: 1, name: 'jobs', sqlite: jobsTable('INTEGER'), postgres: jobsTable('BIGINT') },
  {
    version: 2,
    name: 'instances',
    sqlite: instancesTable('INTEGER'),
    postgres: instancesTable('BIGINT'),
  },
];

const SET: MigrationSet = {
  table: 'coordination_schema_migrations',
  lockName: 'gc-coordination-migrations',
  steps: COORDINATION_MIGRATIONS,
};

/** Brings the SQLite job and instance tables up to date; answers what it applied. */
export const migrateCoordinationSqlite = (db: Database.Database): number[] =>
  runSqliteMigrations(db, SET);

/** Brings the PostgreSQL job and instance tables up to date (advisory-locked). */
export const migrateCoordinationPostgres = (pool: Pool, schema: string): Promise<number[]> =>
  runPostgresMigrations(pool, schema, SET);
