import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { natGatewayPageSchema } from '@gc/contracts';
import type { AuditStore } from '../src/audit/audit-store.ts';
import { SqliteAuditStore } from '../src/audit/sqlite-audit-store.ts';
import { startHarness, type Agent, type Harness } from './harness.ts';

const R = '/api/regions/cn-hangzhou';
const dir = mkdtempSync(join(tmpdir(), 'gc-audit-order-'));
const store = new SqliteAuditStore({ path: join(dir, 'audit.sqlite') });
let release = () => {};
let gate = Promise.resolve();
let failAppends = false;

// The real store, with renames held at a gate (or failing) so the test controls the commit.
const gated: AuditStore = {
  kind: 'sqlite',
  append: async (entry) => {
    if (entry.action === 'ModifyNatGatewayAttribute') {
      await gate;
      if (failAppends) throw new Error('disk full');
    }
    return store.append(entry);
  },
  complete: (id, o) => store.complete(id, o),
  reconcile: (before, note) => store.reconcile(before, note),
  pendingIntents: (before, limit) => store.pendingIntents(before, limit),
  exclusively: (name, fn) => store.exclusively(name, fn),
  query: (q) => store.query(q),
  exportRows: (f) => store.exportRows(f),
  close: () => store.close(),
};

let h: Harness;
let op: Agent;
let gwId = '';
beforeAll(async () => {
  h = await startHarness({ auditStore: gated });
  op = await h.operator();
  gwId = natGatewayPageSchema.parse((await op.get(`${R}/nat-gateways`)).body).items[0]?.id ?? '';
});
afterAll(async () => {
  await h.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const renames = async () =>
  (await store.query({ action: 'ModifyNatGatewayAttribute', resourceId: gwId })).total;

describe('an entry is committed before the response is sent', () => {
  it('holds the answer until the store has committed the entry', async () => {
    gate = new Promise((resolve) => (release = resolve));
    let answered = false;
    const pending = op
      .request('PATCH', `${R}/nat-gateways/${gwId}`, { body: { name: 'held-at-the-gate' } })
      .finally(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answered).toBe(false);
    expect(await renames()).toBe(0);
    release();
    expect((await pending).status).toBe(200);
    expect(await renames()).toBe(1);
  });

  it('fails the request, rather than answer unaudited, when the entry cannot be committed', async () => {
    failAppends = true;
    const res = await op.request('PATCH', `${R}/nat-gateways/${gwId}`, {
      body: { name: 'never-acknowledged' },
    });
    failAppends = false;
    // Issue 15 H1: the intent could not be recorded, so nothing was attempted: 503, not 500.
    expect(res.status).toBe(503);
    expect(res.text).not.toContain('never-acknowledged');
    expect(res.text).not.toContain('disk full');
  });
});
