import type Database from 'better-sqlite3';
import type { Pool } from 'pg';

import {
  runPostgresMigrations,
  runSqliteMigrations,
  type MigrationSet,
  type SchemaMigration,
} from './schema-migrations.ts';

/** One step of the audit trail's schema. */
export type AuditMigration = SchemaMigration;

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

// Beside `user_name`, not folded into it: the subject is what identifies an IdP user for good.
const SSO_COLUMNS = `ALTER TABLE audit_entries ADD COLUMN sso_subject TEXT;
  ALTER TABLE audit_entries ADD COLUMN sso_display_name TEXT;`;

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
  {
    version: 3,
    name: 'note: how a reconciled intent was settled',
    sqlite: `ALTER TABLE audit_entries ADD COLUMN note TEXT;`,
    postgres: `ALTER TABLE audit_entries ADD COLUMN note TEXT;`,
  },
  {
    version: 4,
    name: 'single sign-on identity: IdP subject and display name',
    sqlite: SSO_COLUMNS,
    postgres: SSO_COLUMNS,
  },
];

const AUDIT_SET: MigrationSet = {
  table: 'audit_schema_migrations',
  lockName: 'gc-audit-migrations',
  steps: AUDIT_MIGRATIONS,
};

/** Brings a SQLite trail up to date; returns the versions it applied. */
export const migrateSqlite = (db: Database.Database): number[] =>
  runSqliteMigrations(db, AUDIT_SET);

/** Brings a PostgreSQL trail up to date in one transaction; returns the versions it applied. */
export const migratePostgres = (pool: Pool, schema: string): Promise<number[]> =>
  runPostgresMigrations(pool, schema, AUDIT_SET);
