import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { sampleEntry } from './audit-store-contract.fixture.ts';
import type { AuditStore } from './audit-store.ts';
import { describePostgres, dropSchemas, freshSchemaName } from './pg-test-url.fixture.ts';
import { PostgresAuditStore } from './postgres-audit-store.ts';
import { startReconcileSweep, SWEEP_LOCK, type ReconcileSweep } from './reconcile-sweep.ts';

const MIN = 60_000;
const pending = (agoMs: number) =>
  sampleEntry({
    action: 'ModifyNatGatewayAttribute',
    time: new Date(Date.now() - agoMs).toISOString(),
    outcome: 'pending',
    clientToken: 'tok-1',
  });

const outcomeOf = async (store: AuditStore, id: string) =>
  (await store.query({ pageSize: 100 })).items.find((e) => e.id === id)?.outcome;

// Two BFF instances share one trail: the sweep settles what a crashed one left, one at a time.
describePostgres('PostgreSQL reconcile sweep', (url) => {
  let schema = '';
  let a: PostgresAuditStore;
  let b: PostgresAuditStore;
  const sweeps: ReconcileSweep[] = [];
  beforeEach(async () => {
    schema = freshSchemaName();
    a = await PostgresAuditStore.open({ url, schema });
    b = await PostgresAuditStore.open({ url, schema });
  });
  afterEach(async () => {
    vi.useRealTimers();
    await Promise.all(sweeps.splice(0).map((s) => s.stop()));
    await a.close();
    await b.close();
    await dropSchemas(url, [schema]);
  });

  it('settles intents older than the threshold and leaves younger (live) ones pending', async () => {
    const old = await a.append(pending(20 * MIN));
    const live = await a.append(pending(1 * MIN));
    const sweep = startReconcileSweep(b, { intervalMs: 60 * MIN });
    sweeps.push(sweep);
    expect(await sweep.sweepNow()).toEqual({ proven: 0, unknown: 1 });
    expect(await outcomeOf(a, old.id)).toBe('unknown');
    expect(await outcomeOf(a, live.id)).toBe('pending');
    const [row] = (await a.query({ outcome: 'unknown' })).items;
    expect(row?.clientToken).toBe('tok-1');
    expect(row?.note).toBe('reconciled at periodic sweep: outcome unknown (not read back)');
  });

  it('runs on its timer, and stops on stop()', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const swept: unknown[] = [];
    const sweep = startReconcileSweep(b, { intervalMs: 5 * MIN, onSweep: (r) => swept.push(r) });
    sweeps.push(sweep);
    const first = await a.append(pending(20 * MIN));
    vi.advanceTimersByTime(5 * MIN);
    await vi.waitFor(async () => expect(await outcomeOf(a, first.id)).toBe('unknown'), {
      timeout: 5000,
    });
    await sweep.stop();
    const second = await a.append(pending(20 * MIN));
    vi.advanceTimersByTime(15 * MIN);
    await new Promise((r) => setTimeout(r, 200));
    expect(await outcomeOf(a, second.id)).toBe('pending');
    expect(swept).toEqual([{ proven: 0, unknown: 1 }]);
  });

  it('skips a sweep while another instance holds the lock', async () => {
    const e = await a.append(pending(20 * MIN));
    const sweepB = startReconcileSweep(b, { intervalMs: 60 * MIN });
    sweeps.push(sweepB);
    const heldByA = await a.exclusively(SWEEP_LOCK, async () => {
      expect(await sweepB.sweepNow()).toBeUndefined();
      expect(await outcomeOf(b, e.id)).toBe('pending');
    });
    expect(heldByA).toBe(true);
    // Released: B sweeps now.
    expect(await sweepB.sweepNow()).toEqual({ proven: 0, unknown: 1 });
  });

  it('reports a failed sweep (store down) instead of throwing', async () => {
    const errors: unknown[] = [];
    const sweep = startReconcileSweep(b, {
      intervalMs: 60 * MIN,
      onError: (err) => errors.push(err),
    });
    sweeps.push(sweep);
    await b.close();
    expect(await sweep.sweepNow()).toBeUndefined();
    expect(errors).toHaveLength(1);
    b = await PostgresAuditStore.open({ url, schema });
  });
});
