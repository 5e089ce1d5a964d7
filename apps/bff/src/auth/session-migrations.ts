import type Database from 'better-sqlite3';
import type { Pool } from 'pg';

import {
  runPostgresMigrations,
  runSqliteMigrations,
  type MigrationSet,
  type SchemaMigration,
} from '../audit/schema-migrations.ts';

/** One step of the session tables' schema (their own list and table, beside the trail's). */
export type SessionMigration = SchemaMigration;

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

// Nullable: local sessions have none, and rows written before this step stay valid.
const SSO_COLUMNS = `ALTER TABLE console_sessions ADD COLUMN sso_subject TEXT;
  ALTER TABLE console_sessions ADD COLUMN sso_display_name TEXT;`;

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
  {
    version: 3,
    name: 'single sign-on identity of a session',
    sqlite: SSO_COLUMNS,
    postgres: SSO_COLUMNS,
  },
];

const SESSION_SET: MigrationSet = {
  table: 'session_schema_migrations',
  lockName: 'gc-session-migrations',
  steps: SESSION_MIGRATIONS,
};

/** Brings the SQLite session tables up to date under the write lock; answers what it applied. */
export const migrateSessionsSqlite = (db: Database.Database): number[] =>
  runSqliteMigrations(db, SESSION_SET);

/** Brings the PostgreSQL session tables up to date in one transaction (advisory-locked). */
export const migrateSessionsPostgres = (pool: Pool, schema: string): Promise<number[]> =>
  runPostgresMigrations(pool, schema, SESSION_SET);
