import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@gc/contracts';
import { DEMO_ACCESS_KEY, startEmulator, type RunningEmulator } from '@gc/emulator';
import { VpcClient } from '@gc/vpc-client';
import type { AuditStore, NewAuditEntry } from '../src/audit/audit-store.ts';
import { createAuditStore, type AuditStoreConfig } from '../src/audit/create-audit-store.ts';
import {
  describePostgres,
  dropSchemas,
  freshSchemaName,
} from '../src/audit/pg-test-url.fixture.ts';

// Issue 15 H1: an intent left without an outcome is read back at start-up (the emulator plays
// the VPC API); only what a read proves becomes `success`, the rest `unknown` with its ClientToken.
const REGION = 'cn-hangzhou';
const MIN = 60_000;

let emulator: RunningEmulator;
let client: VpcClient;
let vpcId = '';
let vSwitchId = '';
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, timing: { mode: 'immediate' }, logger: false });
  client = new VpcClient({ endpoint: emulator.url, credentials: { ...DEMO_ACCESS_KEY } });
  const vpc = (await client.describeVpcs({ RegionId: REGION })).Vpcs.Vpc[0];
  vpcId = vpc?.VpcId ?? '';
  const vsw = await client.describeVSwitches({ RegionId: REGION, VpcId: vpcId });
  vSwitchId = vsw.VSwitches.VSwitch[0]?.VSwitchId ?? '';
});
afterAll(async () => {
  await client.close();
  await emulator.close();
});

const intent = (over: Partial<NewAuditEntry>): NewAuditEntry => ({
  // PostgreSQL start-up settles only intents older than 15 min (others may still be running).
  time: new Date(Date.now() - 20 * MIN).toISOString(),
  user: 'operator',
  role: 'operator',
  action: 'CreateNatGateway',
  regionId: REGION,
  params: {},
  outcome: 'pending',
  clientToken: `tok-${Math.random().toString(36).slice(2)}`,
  ...over,
});

const newNat = async (name: string) =>
  (
    await client.createNatGateway({
      RegionId: REGION,
      VpcId: vpcId,
      VSwitchId: vSwitchId,
      Name: name,
    })
  ).NatGatewayId;

/** Writes intents as a crashed BFF left them, then starts again with the read-back client. */
async function startUpWith(config: AuditStoreConfig, intents: NewAuditEntry[]) {
  const crashed = await createAuditStore(config);
  const ids = await Promise.all(intents.map(async (e) => (await crashed.append(e)).id));
  await crashed.close();
  const reconciled: unknown[] = [];
  const store = await createAuditStore(config, {
    client,
    onReconciled: (r) => reconciled.push(r),
  });
  const byId = new Map((await store.query({ pageSize: 100 })).items.map((e) => [e.id, e]));
  const entries = ids.map((id) => byId.get(id) as AuditEntry);
  return { store, entries, reconciled };
}

function reconcileSuite(config: () => AuditStoreConfig) {
  const opened: AuditStore[] = [];
  afterAll(() => Promise.all(opened.map((s) => s.close())));

  it('proves a create whose resource exists and a delete whose resource is gone; the rest stay unknown', async () => {
    // Each name is unique to this run: the emulator is shared by both databases' suites.
    const tag = Math.random().toString(36).slice(2, 8);
    const createdId = await newNat(`made-${tag}`);
    const goneId = await newNat(`gone-${tag}`);
    await client.deleteNatGateway({ RegionId: REGION, NatGatewayId: goneId });
    const keptId = await newNat(`kept-${tag}`);
    const create = intent({ params: { vpcId, vSwitchId, name: `made-${tag}` } });
    const neverMade = intent({ params: { vpcId, vSwitchId, name: `never-${tag}` } });
    const del = intent({ action: 'DeleteNatGateway', resourceId: goneId });
    const notDeleted = intent({ action: 'DeleteNatGateway', resourceId: keptId });
    const modify = intent({
      action: 'ModifyNatGatewayAttribute',
      resourceId: keptId,
      params: { name: 'x' },
    });
    const r = await startUpWith(config(), [create, neverMade, del, notDeleted, modify]);
    opened.push(r.store);
    const [c, n, d, k, m] = r.entries;
    expect(c).toMatchObject({
      outcome: 'success',
      resourceId: createdId,
      note: 'reconciled at start-up: resource found',
      clientToken: create.clientToken,
    });
    expect(c?.completedAt).toBeTruthy();
    expect(d).toMatchObject({ outcome: 'success', note: 'reconciled at start-up: resource gone' });
    for (const [e, sent] of [
      [n, neverMade],
      [k, notDeleted],
      [m, modify],
    ] as const) {
      expect(e?.outcome).toBe('unknown');
      expect(e?.clientToken).toBe(sent.clientToken);
      expect(e?.note).toMatch(/^reconciled at start-up: outcome unknown \(/);
    }
    expect(n?.resourceId).toBeUndefined();
    expect(k?.note).toContain('resource still exists');
    expect(m?.note).toContain('not verifiable by a read');
    expect(r.reconciled).toEqual([{ proven: 2, unknown: 3 }]);
  });

  it('leaves an intent unknown when the API cannot be read, and start-up still completes', async () => {
    const dead = new VpcClient({
      endpoint: 'http://127.0.0.1:1',
      credentials: { ...DEMO_ACCESS_KEY },
      retry: { maxAttempts: 1 },
    });
    const cfg = config();
    const crashed = await createAuditStore(cfg);
    const e = await crashed.append(intent({ action: 'DeleteNatGateway', resourceId: 'ngw-x' }));
    await crashed.close();
    const failures: string[] = [];
    const t0 = Date.now();
    const store = await createAuditStore(cfg, {
      client: dead,
      budgetMs: 2000,
      onReadError: (i) => failures.push(i.id),
    });
    opened.push(store);
    expect(Date.now() - t0).toBeLessThan(4000);
    const [row] = (await store.query({ resourceId: 'ngw-x' })).items;
    expect(row).toMatchObject({ id: e.id, outcome: 'unknown', clientToken: e.clientToken });
    expect(row?.note).toBe('reconciled at start-up: outcome unknown (read-back failed)');
    expect(failures).toEqual([e.id]);
    await dead.close();
  });
}

describe('start-up reconcile reads intents back (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-audit-reconcile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  reconcileSuite(() => ({ kind: 'sqlite', path: join(dir, `audit-${++n}.sqlite`) }));
});

describePostgres('start-up reconcile reads intents back (PostgreSQL)', (url) => {
  const schemas: string[] = [];
  afterAll(() => dropSchemas(url, schemas));
  reconcileSuite(() => {
    schemas.push(freshSchemaName());
    return { kind: 'postgres', url, schema: schemas.at(-1) };
  });
});
