import { afterAll, describe, expect, it } from 'vitest';
import { describePostgres, dropSchemas, freshSchemaName } from '../audit/pg-test-url.fixture.ts';
import type { CoordinationStore } from './coordination-store.ts';
import { PostgresCoordinationStore } from './postgres-coordination-store.ts';
import { SqliteCoordinationStore } from './sqlite-coordination-store.ts';

const job = (id: string, runAt = 0) => ({
  id,
  kind: 'test',
  payload: { n: id },
  runAt,
  deadline: 100_000,
});

/** The behaviour both databases must show. */
function contract(open: () => Promise<CoordinationStore>) {
  it('enqueues a job once per ID and hands it to one claimer under a lease', async () => {
    const s = await open();
    expect(await s.enqueue(job('a'))).toBe(true);
    expect(await s.enqueue(job('a'))).toBe(false);
    const got = await s.claim('one', 10, 1010);
    expect(got).toEqual({
      id: 'a',
      kind: 'test',
      payload: { n: 'a' },
      attempts: 1,
      deadline: 100_000,
    });
    expect(await s.claim('two', 20, 1020)).toBeUndefined();
    expect(await s.job('a')).toEqual({ state: 'running', attempts: 1, leaseOwner: 'one' });
    await s.close();
  });

  it('lets another instance take a job whose lease ran out; the first can no longer finish it', async () => {
    const s = await open();
    await s.enqueue(job('b'));
    await s.claim('dead', 10, 1010);
    expect(await s.claim('alive', 1009, 2009)).toBeUndefined();
    expect((await s.claim('alive', 1010, 2010))?.attempts).toBe(2);
    expect(await s.finish('b', 'dead', 'done', 1100)).toBe(false);
    expect(await s.finish('b', 'alive', 'done', 1100)).toBe(true);
    expect(await s.job('b')).toEqual({ state: 'done', attempts: 2, leaseOwner: null });
    expect(await s.claim('alive', 5000, 6000)).toBeUndefined();
    await s.close();
  });

  it('hands a job back to the queue, due later', async () => {
    const s = await open();
    await s.enqueue(job('c'));
    await s.claim('one', 10, 1010);
    expect(await s.retryLater('c', 'one', 500, 'not yet')).toBe(true);
    expect(await s.claim('two', 499, 1499)).toBeUndefined();
    expect((await s.claim('two', 500, 1500))?.id).toBe('c');
    await s.close();
  });

  it('counts live instances from heartbeats, and forgets one that leaves', async () => {
    const s = await open();
    await s.beat('x', 100);
    await s.beat('y', 200);
    await s.beat('x', 300);
    expect(await s.liveInstances(250)).toBe(1);
    expect(await s.liveInstances(0)).toBe(2);
    await s.leave('x');
    expect(await s.liveInstances(0)).toBe(1);
    await s.ping();
    await s.close();
  });
}

describe('SqliteCoordinationStore', () => {
  contract(async () => new SqliteCoordinationStore({ path: ':memory:' }));
});

describePostgres('PostgresCoordinationStore', (url) => {
  const schemas: string[] = [];
  afterAll(() => dropSchemas(url, schemas));
  contract(async () => {
    const schema = freshSchemaName();
    schemas.push(schema);
    return PostgresCoordinationStore.open({ url, schema });
  });

  it('gives concurrent claimers different jobs (FOR UPDATE SKIP LOCKED), never one twice', async () => {
    const schema = freshSchemaName();
    schemas.push(schema);
    const stores = await Promise.all(
      [1, 2, 3, 4].map(() => PostgresCoordinationStore.open({ url, schema })),
    );
    for (let i = 0; i < 20; i++) await stores[0]?.enqueue(job(`j${i}`, i));
    const claimed = await Promise.all(
      stores.flatMap((s, k) => Array.from({ length: 6 }, () => s.claim(`owner${k}`, 1000, 99_000))),
    );
    const ids = claimed.flatMap((j) => (j ? [j.id] : []));
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    await Promise.all(stores.map((s) => s.close()));
  });
});
