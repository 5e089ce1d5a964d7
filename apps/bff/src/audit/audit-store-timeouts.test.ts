import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleEntry } from './audit-store-contract.fixture.ts';
import { auditConfigFromEnv, createAuditStore } from './create-audit-store.ts';
import { describePostgres, dropSchemas, freshSchemaName } from './pg-test-url.fixture.ts';
import { PostgresAuditStore } from './postgres-audit-store.ts';

// Issue 15 H1: with `audit_entries` locked a login waited 14 s. Every store wait is bounded.

describe('audit store timeouts from the environment', () => {
  it('reads each AUDIT_*_TIMEOUT_MS and names a bad one', () => {
    expect(auditConfigFromEnv({ AUDIT_SQLITE_BUSY_TIMEOUT_MS: '250' })).toMatchObject({
      kind: 'sqlite',
      busyTimeoutMs: 250,
    });
    const url = 'postgres://u@db/a';
    expect(
      auditConfigFromEnv({
        AUDIT_DATABASE_URL: url,
        AUDIT_PG_CONNECT_TIMEOUT_MS: '1500',
        AUDIT_PG_STATEMENT_TIMEOUT_MS: '4000',
        AUDIT_PG_LOCK_TIMEOUT_MS: '300',
        AUDIT_PG_IDLE_TIMEOUT_MS: '9000',
      }),
    ).toEqual({
      kind: 'postgres',
      url,
      connectTimeoutMs: 1500,
      statementTimeoutMs: 4000,
      lockTimeoutMs: 300,
      idleTimeoutMs: 9000,
    });
    expect(() => auditConfigFromEnv({ AUDIT_PG_LOCK_TIMEOUT_MS: 'soon' })).toThrow(
      /^AUDIT_PG_LOCK_TIMEOUT_MS must be milliseconds/,
    );
    expect(() => auditConfigFromEnv({ AUDIT_SQLITE_BUSY_TIMEOUT_MS: '0' })).toThrow(
      /^AUDIT_SQLITE_BUSY_TIMEOUT_MS must be at least 1 ms/,
    );
  });
});

describe('SQLite: a locked trail fails an append within busy_timeout', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-audit-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects after ~busy_timeout instead of waiting for the lock holder', async () => {
    const path = join(dir, 'a.sqlite');
    const store = await createAuditStore({ kind: 'sqlite', path, busyTimeoutMs: 200 });
    const holder = new Database(path);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const t0 = Date.now();
      await expect(store.append(sampleEntry())).rejects.toThrow(/locked|busy/i);
      expect(Date.now() - t0).toBeLessThan(2000);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    await store.append(sampleEntry());
    expect((await store.query({})).total).toBe(1);
    await store.close();
  });
});

describePostgres('PostgreSQL: a locked trail fails an append within lock_timeout', (url) => {
  const schemas: string[] = [];
  afterAll(() => dropSchemas(url, schemas));

  it('rejects after ~lock_timeout while another session holds the table lock', async () => {
    const schema = freshSchemaName();
    schemas.push(schema);
    const store = await PostgresAuditStore.open({ url, schema, lockTimeoutMs: 300 });
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query(`LOCK TABLE "${schema}".audit_entries IN ACCESS EXCLUSIVE MODE`);
    try {
      const t0 = Date.now();
      await expect(store.append(sampleEntry())).rejects.toThrow(/lock timeout/i);
      expect(Date.now() - t0).toBeLessThan(3000);
      const q0 = Date.now();
      await expect(store.query({})).rejects.toThrow(/lock timeout/i);
      expect(Date.now() - q0).toBeLessThan(3000);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    await store.append(sampleEntry());
    expect((await store.query({})).total).toBe(1);
    await store.close();
  });

  it('fails to open within connectTimeoutMs when nothing answers', async () => {
    // A listening socket that never speaks the protocol: the connect wait must be bounded.
    const net = await import('node:net');
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const t0 = Date.now();
    await expect(
      PostgresAuditStore.open({ url: `postgres://u:p@127.0.0.1:${port}/x`, connectTimeoutMs: 300 }),
    ).rejects.toThrow(/timeout/i);
    expect(Date.now() - t0).toBeLessThan(3000);
    silent.close();
  });
});
