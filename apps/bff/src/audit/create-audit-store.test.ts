import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleEntry } from './audit-store-contract.fixture.ts';
import {
  auditConfigFromEnv,
  createAuditStore,
  DEFAULT_AUDIT_SQLITE_PATH,
} from './create-audit-store.ts';
import { describePostgres, dropSchemas, freshSchemaName } from './pg-test-url.fixture.ts';

describe('auditConfigFromEnv', () => {
  it('defaults to SQLite at .data/audit.sqlite', () => {
    expect(auditConfigFromEnv({})).toEqual({ kind: 'sqlite', path: DEFAULT_AUDIT_SQLITE_PATH });
    expect(DEFAULT_AUDIT_SQLITE_PATH).toBe('.data/audit.sqlite');
    expect(
      auditConfigFromEnv({ AUDIT_SQLITE_PATH: ' /var/x.db ', AUDIT_DATABASE_URL: '' }),
    ).toEqual({
      kind: 'sqlite',
      path: '/var/x.db',
    });
  });

  it('chooses PostgreSQL when AUDIT_DATABASE_URL is set', () => {
    const url = 'postgresql://u:p@db:5432/audit';
    expect(auditConfigFromEnv({ AUDIT_DATABASE_URL: url, AUDIT_SQLITE_PATH: 'x' })).toEqual({
      kind: 'postgres',
      url,
    });
  });

  it('reads DATABASE_URL, the new name, and refuses two different URLs', () => {
    const url = 'postgres://u:p@db/console';
    expect(auditConfigFromEnv({ DATABASE_URL: url })).toEqual({ kind: 'postgres', url });
    expect(auditConfigFromEnv({ DATABASE_URL: url, AUDIT_DATABASE_URL: url })).toEqual({
      kind: 'postgres',
      url,
    });
    const both = () =>
      auditConfigFromEnv({ DATABASE_URL: url, AUDIT_DATABASE_URL: 'postgres://u:p@other/x' });
    expect(both).toThrow(/DATABASE_URL and AUDIT_DATABASE_URL differ/);
    expect(() => auditConfigFromEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/^DATABASE_URL must/);
  });

  it('names the variable of a bad URL without repeating its value (it may hold a password)', () => {
    const bad = () => auditConfigFromEnv({ AUDIT_DATABASE_URL: 'mysql://u:hunter2@db/a' });
    expect(bad).toThrow(/^AUDIT_DATABASE_URL must be a postgres/);
    expect(bad).not.toThrow(/hunter2/);
  });
});

describe('createAuditStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-audit-create-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens SQLite, creating the folders of the path', async () => {
    const path = join(dir, 'nested', 'deeper', 'audit.sqlite');
    const store = await createAuditStore({ kind: 'sqlite', path });
    expect(store.kind).toBe('sqlite');
    await store.append(sampleEntry());
    await store.close();
    expect(existsSync(path)).toBe(true);
  });
});

describePostgres('createAuditStore (PostgreSQL)', (url) => {
  const schema = freshSchemaName();
  afterAll(() => dropSchemas(url, [schema]));

  it('opens PostgreSQL from the config', async () => {
    const store = await createAuditStore({ kind: 'postgres', url, schema });
    expect(store.kind).toBe('postgres');
    await store.append(sampleEntry());
    expect((await store.query({})).total).toBe(1);
    await store.close();
  });

  it('fails clearly when the server cannot be reached', async () => {
    const dead = url.replace(/:(\d+)\//, ':1/');
    await expect(createAuditStore({ kind: 'postgres', url: dead })).rejects.toThrow(/ECONNREFUSED/);
  });
});
