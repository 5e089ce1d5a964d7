import { afterEach, beforeEach, expect, it } from 'vitest';
import type { AuditStore, NewAuditEntry } from './audit-store.ts';

/** Opens the store under test; each call reopens the same trail (a file, a schema). */
export type OpenStore = () => Promise<AuditStore>;

const T0 = Date.parse('2026-11-22T08:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

/** A small valid entry; `over` replaces any field. */
export const sampleEntry = (over: Partial<NewAuditEntry> = {}): NewAuditEntry => ({
  user: 'operator',
  role: 'operator',
  action: 'nat-gateway.create',
  regionId: 'cn-hangzhou',
  params: { name: 'gw-1' },
  outcome: 'success',
  ...over,
});

/**
 * The behaviour every `AuditStore` must have, registered inside the caller's `describe`.
 * `newTrail` returns an opener for a fresh, empty trail.
 */
export function auditStoreContract(newTrail: () => Promise<OpenStore>): void {
  let open: OpenStore;
  let store: AuditStore;
  beforeEach(async () => {
    open = await newTrail();
    store = await open();
  });
  afterEach(async () => {
    await store.close();
  });

  it('stores every field and gives back an ID and a UTC millisecond time', async () => {
    const full = sampleEntry({
      time: '2026-11-22T10:00:00+02:00',
      resourceId: 'ngw-abc123',
      outcome: 'failure',
      httpStatus: 409,
      errorCode: 'OperationConflict',
      upstreamRequestId: 'A1B2-C3',
      requestId: 'req-1',
      clientToken: 'ct-1',
      ip: '127.0.0.1',
      userAgent: 'vitest',
      params: { name: 'gw-1', nested: { bandwidth: 5, tags: ['a', 'b'] } },
    });
    const saved = await store.append(full);
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.time).toBe('2026-11-22T08:00:00.000Z');
    const { items, total } = await store.query({});
    expect(total).toBe(1);
    expect(items).toEqual([saved]);
    expect(items[0]).toMatchObject({ ...full, time: saved.time });
  });

  it('leaves absent optional fields absent and stamps the time when none is given', async () => {
    const before = Date.now();
    const saved = await store.append({
      user: 'mallory',
      action: 'session.login-failed',
      params: {},
      outcome: 'failure',
    });
    const [item] = (await store.query({})).items;
    expect(item).toEqual(saved);
    expect(Object.keys(item ?? {}).sort()).toEqual(
      ['action', 'id', 'outcome', 'params', 'time', 'user'].sort(),
    );
    expect(Date.parse(saved.time)).toBeGreaterThanOrEqual(before - 1);
  });

  it('never stores a password or a pre-shared key, even when the caller forgot to redact', async () => {
    await store.append(
      sampleEntry({
        action: 'vpn-connection.create',
        params: { password: 'hunter2', IkeConfig: '{"Psk":"s3cr3t-psk","IkeVersion":"ikev2"}' },
      }),
    );
    const [item] = (await store.query({})).items;
    expect(JSON.stringify(item)).not.toMatch(/hunter2|s3cr3t-psk/);
    expect(item?.params.password).toBe('[REDACTED]');
    expect((await store.query({ q: 's3cr3t' })).total).toBe(0);
    expect((await store.query({ q: 'hunter2' })).total).toBe(0);
  });

  it('refuses an invalid entry, naming the fields', async () => {
    const bad = { ...sampleEntry(), outcome: 'maybe', action: '' } as unknown as NewAuditEntry;
    await expect(store.append(bad)).rejects.toThrow(/outcome.*action|action.*outcome/);
    expect((await store.query({})).total).toBe(0);
  });

  it('lists newest first, breaking time ties by insertion order', async () => {
    const a = await store.append(sampleEntry({ time: at(1), resourceId: 'ngw-a' }));
    const b = await store.append(sampleEntry({ time: at(3), resourceId: 'ngw-b' }));
    const c = await store.append(sampleEntry({ time: at(2), resourceId: 'ngw-c' }));
    const d = await store.append(sampleEntry({ time: at(3), resourceId: 'ngw-d' }));
    const ids = (await store.query({})).items.map((e) => e.id);
    expect(ids).toEqual([d.id, b.id, c.id, a.id]);
  });

  it('paginates with a total, disjoint pages and an empty page past the end', async () => {
    for (let i = 0; i < 25; i += 1) await store.append(sampleEntry({ time: at(i) }));
    const p1 = await store.query({ page: 1, pageSize: 10 });
    const p3 = await store.query({ page: 3, pageSize: 10 });
    expect([p1.total, p1.items.length, p3.items.length]).toEqual([25, 10, 5]);
    expect(p1.items[0]?.time).toBe(at(24));
    expect(p3.items.at(-1)?.time).toBe(at(0));
    const all = new Set([...p1.items, ...(await store.query({ page: 2, pageSize: 10 })).items]);
    p3.items.forEach((e) => all.add(e));
    expect(new Set([...all].map((e) => e.id)).size).toBe(25);
    expect(await store.query({ page: 4, pageSize: 10 })).toMatchObject({ items: [], total: 25 });
    expect(await store.query({ pageSize: 1000 })).toMatchObject({ page: 1, pageSize: 100 });
  });

  it('filters by user, action (exact or prefix), resource, region, outcome and time range', async () => {
    await store.append(sampleEntry({ time: at(0), user: 'alice', resourceId: 'ngw-1' }));
    await store.append(
      sampleEntry({ time: at(1), action: 'nat-gateway.delete', resourceId: 'ngw-1' }),
    );
    await store.append(
      sampleEntry({ time: at(2), action: 'snat-entry.create', outcome: 'failure' }),
    );
    await store.append(sampleEntry({ time: at(3), regionId: 'cn-beijing', user: 'alice' }));
    await store.append(sampleEntry({ time: at(4), action: 'session.login', regionId: undefined }));
    const count = async (f: Parameters<AuditStore['query']>[0]) => (await store.query(f)).total;
    expect(await count({ user: 'alice' })).toBe(2);
    expect(await count({ action: 'nat-gateway.create' })).toBe(2);
    expect(await count({ action: 'nat-gateway.*' })).toBe(3);
    expect(await count({ action: 'nat-gateway' })).toBe(0);
    expect(await count({ resourceId: 'ngw-1' })).toBe(2);
    expect(await count({ regionId: 'cn-beijing' })).toBe(1);
    expect(await count({ outcome: 'failure' })).toBe(1);
    expect(await count({ from: at(1), to: at(3) })).toBe(2);
    expect(await count({ from: at(4) })).toBe(1);
    expect(await count({ to: at(0) })).toBe(0);
    expect(await count({ user: 'alice', regionId: 'cn-hangzhou' })).toBe(1);
    expect(await count({ user: 'alice', outcome: 'failure' })).toBe(0);
  });

  it('searches free text case-insensitively in IDs and parameters, with LIKE wildcards literal', async () => {
    await store.append(sampleEntry({ upstreamRequestId: 'REQ-AbC-123', params: { name: 'Blue' } }));
    await store.append(sampleEntry({ params: { name: '100%_off' }, resourceId: 'ngw-zz9' }));
    await store.append(sampleEntry({ params: { name: '100 off' } }));
    expect((await store.query({ q: 'req-abc' })).total).toBe(1);
    expect((await store.query({ q: 'blue' })).total).toBe(1);
    expect((await store.query({ q: 'ZZ9' })).total).toBe(1);
    expect((await store.query({ q: '%_' })).total).toBe(1);
    expect((await store.query({ q: '100' })).total).toBe(2);
  });

  it('exports every match newest first across batches (openers use batches of 7)', async () => {
    const n = 60;
    const times = Array.from({ length: n }, (_, i) => at(i % 25)); // ties across batch edges
    await Promise.all(times.map((time, i) => store.append(sampleEntry({ time, params: { i } }))));
    await store.append(sampleEntry({ time: at(5), outcome: 'failure' }));
    const rows = [];
    for await (const row of store.exportRows({ outcome: 'success' })) rows.push(row);
    expect(rows).toHaveLength(n);
    expect(new Set(rows.map((r) => r.id)).size).toBe(n);
    const sorted = [...rows].sort((x, y) => y.time.localeCompare(x.time));
    expect(rows.map((r) => r.time)).toEqual(sorted.map((r) => r.time));
  });

  it('keeps entries across a close and a reopen', async () => {
    const saved = await store.append(sampleEntry());
    await store.close();
    store = await open();
    expect((await store.query({})).items).toEqual([saved]);
  });

  it('lists pending intents oldest first up to a limit, and settles one with a note', async () => {
    const pending = (m: number) => sampleEntry({ time: at(m), outcome: 'pending' });
    const [late, early] = [await store.append(pending(2)), await store.append(pending(1))];
    await store.append(pending(5));
    await store.append(sampleEntry({ time: at(0) }));
    const found = await store.pendingIntents(new Date(at(3)), 10);
    expect(found.map((e) => e.id)).toEqual([early.id, late.id]);
    expect(await store.pendingIntents(new Date(at(3)), 1)).toEqual([early]);
    await store.complete(early.id, { outcome: 'unknown', note: 'reconciled: why' });
    const [row] = (await store.query({ outcome: 'unknown' })).items;
    expect(row).toMatchObject({ id: early.id, note: 'reconciled: why' });
    expect(row?.completedAt).toBeTruthy();
    expect((await store.pendingIntents(new Date(at(3)), 10)).map((e) => e.id)).toEqual([late.id]);
  });

  it('runs an exclusive section and reports that it ran', async () => {
    let ran = 0;
    expect(await store.exclusively('contract-lock', async () => void ran++)).toBe(true);
    expect(ran).toBe(1);
    // Released afterwards: the same lock can be taken again.
    expect(await store.exclusively('contract-lock', async () => void ran++)).toBe(true);
    expect(ran).toBe(2);
  });
}
