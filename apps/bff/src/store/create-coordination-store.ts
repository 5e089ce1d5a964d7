import type { AuditStoreConfig } from '../audit/create-audit-store.ts';
import type { CoordinationStore } from './coordination-store.ts';
import { PostgresCoordinationStore } from './postgres-coordination-store.ts';
import { SqliteCoordinationStore } from './sqlite-coordination-store.ts';

/** Opens jobs and heartbeats in the trail's database (`DATABASE_URL`, else the SQLite file). */
export async function createCoordinationStore(
  config: AuditStoreConfig,
  opts: { onError?: (err: Error) => void } = {},
): Promise<CoordinationStore> {
  if (config.kind === 'postgres') {
    return PostgresCoordinationStore.open({
      url: config.url,
      schema: config.schema,
      onError: opts.onError,
    });
  }
  return new SqliteCoordinationStore({ path: config.path, busyTimeoutMs: config.busyTimeoutMs });
}
