import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { auditStoreContract, sampleEntry } from './audit-store-contract.fixture.ts';
import { migrateSqlite } from './audit-migrations.ts';
import { SqliteAuditStore } from './sqlite-audit-store.ts';

const root = mkdtempSync(join(tmpdir(), 'gc-audit-sqlite-'));
let n = 0;
const newPath = () => join(root, `t${(n += 1)}`, 'audit.sqlite');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('SqliteAuditStore', () => {
  auditStoreContract(async () => {
    const path = newPath();
    return async () => new SqliteAuditStore({ path, exportBatchSize: 7 });
  });

  it('creates the folder and runs in WAL mode with synchronous=FULL', async () => {
    const store = new SqliteAuditStore({ path: newPath() });
    expect(store.pragma('journal_mode')).toBe('wal');
    expect(store.pragma('synchronous')).toBe(2); // 2 = FULL
    await store.close();
  });

  it('migrates once: a second start applies nothing and keeps the data', async () => {
    const path = newPath();
    const first = new SqliteAuditStore({ path });
    expect(first.appliedMigrations).toEqual([1, 2, 3, 4]);
    await first.append(sampleEntry());
    await first.close();
    const second = new SqliteAuditStore({ path });
    expect(second.appliedMigrations).toEqual([]);
    expect((await second.query({})).total).toBe(1);
    await second.close();
    const db = new Database(path);
    expect(migrateSqlite(db)).toEqual([]);
    expect(db.prepare('SELECT version FROM audit_schema_migrations').pluck().all()).toEqual([
      1, 2, 3, 4,
    ]);
    db.close();
  });

  it('lets two stores (two BFF processes) share one file', async () => {
    const path = newPath();
    const [a, b] = [new SqliteAuditStore({ path }), new SqliteAuditStore({ path })];
    await a.append(sampleEntry({ user: 'a' }));
    await b.append(sampleEntry({ user: 'b' }));
    expect((await a.query({})).items.map((e) => e.user)).toEqual(['b', 'a']);
    await Promise.all([a.close(), b.close()]);
  });
});
