import type { AuditStoreConfig } from '../audit/create-audit-store.ts';
import { PostgresSessionStore } from './postgres-session-store.ts';
import type { LoginThrottleStore, SessionStore } from './session-store.ts';
import { SqliteSessionStore } from './sqlite-session-store.ts';

/** Sessions and login counters: one store, two faces. */
export type SharedAuthStore = SessionStore & LoginThrottleStore;

/**
 * Opens the session store in the audit trail's database (same connection config, own tables and
 * migrations): SQLite by default, PostgreSQL when `AUDIT_DATABASE_URL` is set.
 */
export async function createSessionStore(
  config: AuditStoreConfig,
  opts: { onError?: (err: Error) => void } = {},
): Promise<SharedAuthStore> {
  if (config.kind === 'postgres') {
    return PostgresSessionStore.open({
      url: config.url,
      schema: config.schema,
      onError: opts.onError,
    });
  }
  return new SqliteSessionStore({ path: config.path });
}
