import { z } from 'zod';
import type { AuditStore } from './audit-store.ts';
import { PostgresAuditStore } from './postgres-audit-store.ts';
import {
  reconcileIntents,
  type ReconcileResult,
  type StartupOptions,
} from './reconcile-intents.ts';
import { SqliteAuditStore } from './sqlite-audit-store.ts';

/** Where the trail lives: an embedded SQLite file, or a PostgreSQL database shared by instances. */
export type AuditStoreConfig =
  | { kind: 'sqlite'; path: string; busyTimeoutMs?: number }
  | {
      kind: 'postgres';
      url: string;
      schema?: string;
      max?: number;
      connectTimeoutMs?: number;
      statementTimeoutMs?: number;
      lockTimeoutMs?: number;
      idleTimeoutMs?: number;
    };

// Unset stays undefined (the store's default applies); bounded so a typo cannot mean "forever".
const millis = z
  .string()
  .trim()
  .optional()
  .transform((s) => (s === undefined || s === '' ? undefined : s))
  .refine((s) => s === undefined || /^\d{1,7}$/.test(s), {
    message: 'must be milliseconds, an integer 1–9999999',
  })
  .transform((s) => (s === undefined ? undefined : Number(s)))
  .refine((n) => n === undefined || n >= 1, { message: 'must be at least 1 ms' });

export const DEFAULT_AUDIT_SQLITE_PATH = '.data/audit.sqlite';

const databaseUrl = z
  .string()
  .trim()
  .optional()
  .transform((s) => (s === '' ? undefined : s))
  // The message never repeats the value: a database URL may carry a password.
  .refine((s) => s === undefined || /^postgres(ql)?:\/\/\S+$/.test(s), {
    message: 'must be a postgres:// or postgresql:// URL',
  });

const envSchema = z.object({
  // The shared store's name since issue 16 (sessions, jobs and instances live there too).
  DATABASE_URL: databaseUrl,
  // The issue 7 name, still read so existing deployments keep working.
  AUDIT_DATABASE_URL: databaseUrl,
  AUDIT_SQLITE_PATH: z
    .string()
    .trim()
    .optional()
    .transform((s) => (s === undefined || s === '' ? DEFAULT_AUDIT_SQLITE_PATH : s)),
  AUDIT_SQLITE_BUSY_TIMEOUT_MS: millis,
  AUDIT_PG_CONNECT_TIMEOUT_MS: millis,
  AUDIT_PG_STATEMENT_TIMEOUT_MS: millis,
  AUDIT_PG_LOCK_TIMEOUT_MS: millis,
  AUDIT_PG_IDLE_TIMEOUT_MS: millis,
});

const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/**
 * Reads the store's config from the environment: PostgreSQL when `DATABASE_URL` (or its old name
 * `AUDIT_DATABASE_URL`; both set must agree) is set, otherwise SQLite at `AUDIT_SQLITE_PATH` (default `.data/audit.sqlite`, relative to the cwd).
 * Throws an error naming the variable when a value is unusable.
 */
export function auditConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuditStoreConfig {
  const r = envSchema.safeParse(env);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${issue?.path.join('.') ?? 'audit config'} ${issue?.message ?? 'is invalid'}`);
  }
  const d = r.data;
  if (d.DATABASE_URL && d.AUDIT_DATABASE_URL && d.DATABASE_URL !== d.AUDIT_DATABASE_URL) {
    // Two different databases would split sessions from the trail: refuse rather than guess.
    throw new Error('DATABASE_URL and AUDIT_DATABASE_URL differ: set only DATABASE_URL');
  }
  const url = d.DATABASE_URL ?? d.AUDIT_DATABASE_URL;
  return url
    ? defined({
        kind: 'postgres',
        url,
        connectTimeoutMs: d.AUDIT_PG_CONNECT_TIMEOUT_MS,
        statementTimeoutMs: d.AUDIT_PG_STATEMENT_TIMEOUT_MS,
        lockTimeoutMs: d.AUDIT_PG_LOCK_TIMEOUT_MS,
        idleTimeoutMs: d.AUDIT_PG_IDLE_TIMEOUT_MS,
      })
    : defined({
        kind: 'sqlite',
        path: d.AUDIT_SQLITE_PATH,
        busyTimeoutMs: d.AUDIT_SQLITE_BUSY_TIMEOUT_MS,
      });
}

/**
 * Opens the configured store, migrates its schema and settles intents whose process died before
 * their outcome (write-ahead audit): read back through `reconcile.client` where the action
 * allows, otherwise `unknown`. Call once at start-up, `close()` on exit.
 */
export async function createAuditStore(
  config: AuditStoreConfig,
  reconcile: StartupOptions & { onReconciled?: (r: ReconcileResult) => void } = {},
): Promise<AuditStore> {
  const store =
    config.kind === 'postgres'
      ? await PostgresAuditStore.open(config)
      : new SqliteAuditStore({ path: config.path, busyTimeoutMs: config.busyTimeoutMs });
  try {
    // SQLite is one BFF per file: every intent still pending at start-up lost its process.
    // PostgreSQL is shared by instances: only intents older than any request can run are orphans.
    const age = store.kind === 'postgres' ? POSTGRES_RECONCILE_AFTER_MS : 0;
    const r = await reconcileIntents(store, { ...reconcile, before: new Date(Date.now() - age) });
    reconcile.onReconciled?.(r);
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
  return store;
}

/** PostgreSQL: pending intents older than this are orphans (others may still be running). */
export const POSTGRES_RECONCILE_AFTER_MS = 15 * 60_000;
