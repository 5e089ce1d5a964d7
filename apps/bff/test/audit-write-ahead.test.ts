import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { natGatewayPageSchema } from '@gc/contracts';
import type { AuditStore } from '../src/audit/audit-store.ts';
import {
  describePostgres,
  dropSchemas,
  freshSchemaName,
} from '../src/audit/pg-test-url.fixture.ts';
import { PostgresAuditStore } from '../src/audit/postgres-audit-store.ts';
import { SqliteAuditStore } from '../src/audit/sqlite-audit-store.ts';
import { startHarness, type Harness } from './harness.ts';

// Issue 15 H1: with the store down, PATCH was applied upstream and the trail held nothing.
const R = '/api/regions/cn-hangzhou';
const MUTATIONS = ['ModifyNatGatewayAttribute', 'TagResources', 'UnTagResources'];

async function upstreamMutations(h: Harness): Promise<number> {
  const stats = await h.admin<{ requests: { byAction: Record<string, number> } }>('GET', '/stats');
  return MUTATIONS.reduce((n, a) => n + (stats.requests.byAction[a] ?? 0), 0);
}

/** A PATCH and a tag change with the store unusable: 503, and no upstream call at all. */
async function refusedWithoutUpstream(store: AuditStore, breakStore: () => Promise<void>) {
  const h = await startHarness({ auditStore: store });
  try {
    const op = await h.operator();
    const id = natGatewayPageSchema.parse((await op.get(`${R}/nat-gateways`)).body).items[0]?.id;
    const before = await upstreamMutations(h);
    await breakStore();
    const t0 = Date.now();
    const patch = await op.request('PATCH', `${R}/nat-gateways/${id}`, { body: { name: 'x1' } });
    const tags = await op.request('PUT', `${R}/nat-gateways/${id}/tags`, {
      body: { tags: [{ key: 'k', value: 'v' }] },
    });
    for (const res of [patch, tags]) {
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ error: { code: 'AuditUnavailable' } });
    }
    expect(Date.now() - t0).toBeLessThan(8000);
    expect(await upstreamMutations(h)).toBe(before);
  } finally {
    await h.close();
  }
}

describe('write-ahead audit (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-audit-wal-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a mutation with 503 and 0 upstream calls when the store is down', async () => {
    const store = new SqliteAuditStore({ path: join(dir, 'down.sqlite') });
    await refusedWithoutUpstream(store, () => store.close());
  });

  it('refuses a mutation with 503 and 0 upstream calls when the store is locked', async () => {
    const path = join(dir, 'locked.sqlite');
    const store = new SqliteAuditStore({ path, busyTimeoutMs: 200 });
    const { default: Database } = await import('better-sqlite3');
    const holder = new Database(path);
    await refusedWithoutUpstream(store, async () => void holder.exec('BEGIN EXCLUSIVE'));
    holder.exec('ROLLBACK');
    holder.close();
    await store.close();
  });

  it('keeps the intent when the outcome cannot be recorded; start-up marks it unknown', async () => {
    const path = join(dir, 'intent.sqlite');
    const store = new SqliteAuditStore({ path });
    const noOutcome: AuditStore = Object.assign(Object.create(store) as AuditStore, {
      complete: async () => {
        throw new Error('store went away');
      },
    });
    const h = await startHarness({ auditStore: noOutcome });
    const op = await h.operator();
    const id = natGatewayPageSchema.parse((await op.get(`${R}/nat-gateways`)).body).items[0]?.id;
    const before = await upstreamMutations(h);
    const res = await op.request('PATCH', `${R}/nat-gateways/${id}`, { body: { name: 'wal-1' } });
    expect(res.status).toBeGreaterThanOrEqual(500); // never a 2xx without an outcome
    expect(await upstreamMutations(h)).toBe(before + 1);
    const pending = await store.query({ action: 'ModifyNatGatewayAttribute' });
    expect(pending.items).toMatchObject([
      { outcome: 'pending', user: 'operator', resourceId: id, params: { name: 'wal-1' } },
    ]);
    expect(pending.items[0]?.requestId).toBeTruthy();
    await h.close();
    await store.close();
    const { createAuditStore } = await import('../src/audit/create-audit-store.ts');
    const reopened = await createAuditStore({ kind: 'sqlite', path });
    const after = await reopened.query({ outcome: 'unknown' });
    expect(after.items).toMatchObject([{ action: 'ModifyNatGatewayAttribute', resourceId: id }]);
    expect(after.items[0]?.completedAt).toBeTruthy();
    await reopened.close();
  });
});

describePostgres('write-ahead audit (PostgreSQL)', (url) => {
  const schemas: string[] = [];
  afterAll(() => dropSchemas(url, schemas));
  const schema = () => {
    const s = freshSchemaName();
    schemas.push(s);
    return s;
  };

  it('refuses a mutation with 503 and 0 upstream calls when the store is down', async () => {
    const store = await PostgresAuditStore.open({ url, schema: schema() });
    await refusedWithoutUpstream(store, () => store.close());
  });

  it('refuses a mutation with 503 and 0 upstream calls when the table is locked', async () => {
    const s = schema();
    const store = await PostgresAuditStore.open({ url, schema: s, lockTimeoutMs: 300 });
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await refusedWithoutUpstream(store, async () => {
      await holder.query('BEGIN');
      await holder.query(`LOCK TABLE "${s}".audit_entries IN ACCESS EXCLUSIVE MODE`);
    });
    await holder.query('ROLLBACK');
    await holder.end();
    await store.close();
  });
});

describe('reads that reveal a secret are audited (issue 15)', () => {
  it('records who downloaded a peer config with its key, never the key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-audit-psk-'));
    const store = new SqliteAuditStore({ path: join(dir, 'a.sqlite') });
    const h = await startHarness({ auditStore: store });
    try {
      const op = await h.operator();
      const psk = 'wal-test-psk-1234';
      // Single-tunnel gateways only: dual-tunnel ones refuse this form since issue 12.
      const gws = (
        await op.get<{ items: { id: string; disasterRecoveryInternetIp: string }[] }>(
          `${R}/vpn-gateways`,
        )
      ).body.items.filter((g) => g.disasterRecoveryInternetIp === '');
      const cgws = (await op.get<{ items: { id: string }[] }>(`${R}/customer-gateways`)).body;
      const created = await op.request<{ id: string }>('POST', `${R}/vpn-connections`, {
        idempotencyKey: 'wal-psk-create-1',
        body: {
          vpnGatewayId: gws[0]?.id,
          customerGatewayId: cgws.items[0]?.id,
          name: 'wal-psk',
          localSubnet: '10.0.0.0/24',
          remoteSubnet: '192.168.0.0/24',
          psk,
        },
      });
      expect(created.status, created.text).toBe(201);
      const res = await op.get<{ content: string }>(
        `${R}/vpn-connections/${created.body.id}/peer-config`,
      );
      expect(res.body.content).toContain(psk);
      const { items } = await store.query({ action: 'DownloadVpnConnectionConfig' });
      expect(items).toMatchObject([
        { user: 'operator', outcome: 'success', resourceId: created.body.id },
      ]);
      expect(items[0]?.params).toEqual({ keyShown: true });
      expect(JSON.stringify(await store.query({}))).not.toContain(psk);
    } finally {
      await h.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
