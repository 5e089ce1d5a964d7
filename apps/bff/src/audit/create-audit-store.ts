import { z } from 'zod';
import type { AuditStore } from './audit-store.ts';
import { PostgresAuditStore } from './postgres-audit-store.ts';
import { SqliteAuditStore } from './sqlite-audit-store.ts';

/** Where the trail lives: an embedded SQLite file, or a PostgreSQL database shared by instances. */
export type AuditStoreConfig =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string; schema?: string; max?: number };

export const DEFAULT_AUDIT_SQLITE_PATH = '.data/audit.sqlite';

const envSchema = z.object({
  AUDIT_DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((s) => (s === '' ? undefined : s))
    // The message never repeats the value: a database URL may carry a password.
    .refine((s) => s === undefined || /^postgres(ql)?:\/\/\S+$/.test(s), {
      message: 'must be a postgres:// or postgresql:// URL',
    }),
  AUDIT_SQLITE_PATH: z
    .string()
    .trim()
    .optional()
    .transform((s) => (s === undefined || s === '' ? DEFAULT_AUDIT_SQLITE_PATH : s)),
});

/**
 * Reads the store's config from the environment: PostgreSQL when `AUDIT_DATABASE_URL` is set,
 * otherwise SQLite at `AUDIT_SQLITE_PATH` (default `.data/audit.sqlite`, relative to the cwd).
 * Throws an error naming the variable when a value is unusable.
 */
export function auditConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuditStoreConfig {
  const r = envSchema.safeParse(env);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${issue?.path.join('.') ?? 'audit config'} ${issue?.message ?? 'is invalid'}`);
  }
  return r.data.AUDIT_DATABASE_URL
    ? { kind: 'postgres', url: r.data.AUDIT_DATABASE_URL }
    : { kind: 'sqlite', path: r.data.AUDIT_SQLITE_PATH };
}

/** Opens the configured store and migrates its schema; call once at start-up, `close()` on exit. */
export async function createAuditStore(config: AuditStoreConfig): Promise<AuditStore> {
  if (config.kind === 'postgres') return PostgresAuditStore.open(config);
  return new SqliteAuditStore({ path: config.path });
}
