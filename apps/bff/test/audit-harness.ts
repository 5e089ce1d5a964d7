import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { AppDeps } from '../src/app.ts';
import type { AuditStore } from '../src/audit/audit-store.ts';
import { SqliteAuditStore } from '../src/audit/sqlite-audit-store.ts';
import { startHarness, type Harness } from './harness.ts';

/** The harness with a durable trail in a temp SQLite file (never `.data/`). */
export interface AuditHarness extends Harness {
  store: AuditStore;
  dbPath: string;
  /** Every row of `audit_entries`, read through a second connection (what is committed). */
  rawRows(): Record<string, unknown>[];
  /** The raw bytes of the database, its WAL and journal, as latin1 text (for secret scans). */
  rawFiles(): string;
}

/** Starts the harness with `auditStore` wired as `bootstrap.ts` does. */
export async function startAuditHarness(overrides: Partial<AppDeps> = {}): Promise<AuditHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'gc-audit-it-'));
  const dbPath = join(dir, 'audit.sqlite');
  const store = new SqliteAuditStore({ path: dbPath });
  const h = await startHarness({ auditStore: store, ...overrides });
  return {
    ...h,
    store,
    dbPath,
    rawRows() {
      const db = new Database(dbPath, { readonly: true });
      try {
        return db.prepare('SELECT * FROM audit_entries ORDER BY seq').all() as Record<
          string,
          unknown
        >[];
      } finally {
        db.close();
      }
    },
    rawFiles() {
      return readdirSync(dir)
        .map((f) => readFileSync(join(dir, f)).toString('latin1'))
        .join('\n');
    },
    async close() {
      await h.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
