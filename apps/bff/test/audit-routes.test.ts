import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntrySchema, auditPageSchema, errorBodySchema } from '@gc/contracts';
import { AUDIT_CSV_COLUMNS } from '../src/audit/audit-csv.ts';
import { parseCsv } from '../src/audit/csv-cells.fixture.ts';
import { startAuditHarness, type AuditHarness } from './audit-harness.ts';
import type { Agent } from './harness.ts';

let h: AuditHarness;
let op: Agent;
let auditor: Agent;

// 30 entries on a fixed clock (one a minute from 07:00), so time filters have known answers.
beforeAll(async () => {
  h = await startAuditHarness();
  for (let i = 0; i < 30; i++) {
    await h.store.append({
      time: new Date(Date.UTC(2026, 10, 22, 7, i)).toISOString(),
      user: i % 3 === 0 ? 'alice' : 'bob',
      role: 'operator',
      action: i % 2 === 0 ? 'ModifyNatGatewayAttribute' : 'DeleteSnatEntry',
      regionId: 'cn-hangzhou',
      resourceId: `ngw-fixture${i % 5}`,
      params: { name: `fixture-${i}` },
      outcome: i % 4 === 0 ? 'failure' : 'success',
      upstreamRequestId: `UP-${i}`,
    });
  }
  op = await h.operator();
  auditor = await h.auditor();
});
afterAll(() => h.close());

const page = async (agent: Agent, query: string) => {
  const res = await agent.get(`/api/audit?${query}`);
  expect(res.status, res.text).toBe(200);
  return auditPageSchema.parse(res.body);
};

describe('GET /api/audit', () => {
  it('filters by user, action (exact and prefix), resource, time range, outcome and q', async () => {
    expect((await page(auditor, 'user=alice&pageSize=100')).total).toBe(10);
    expect((await page(auditor, 'action=DeleteSnatEntry')).total).toBe(15);
    expect((await page(auditor, 'action=Delete*')).total).toBe(15);
    expect((await page(auditor, 'resourceId=ngw-fixture2')).total).toBe(6);
    const range = await page(auditor, 'from=2026-11-22T07:10:00Z&to=2026-11-22T07:20:00Z');
    expect(range.total).toBe(10);
    expect(range.items[0]?.time).toBe('2026-11-22T07:19:00.000Z');
    expect((await page(auditor, 'outcome=failure&user=alice')).total).toBe(3);
    const q = await page(auditor, 'q=fixture-13');
    expect(q.items.map((e) => e.upstreamRequestId)).toEqual(['UP-13']);
  });

  it('pages newest first with the total', async () => {
    const p2 = await page(op, 'resourceId=ngw-fixture0&page=2&pageSize=4');
    expect(p2).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(p2.items.map((e) => e.upstreamRequestId)).toEqual(['UP-5', 'UP-0']);
  });

  it('refuses bad filters with the field named', async () => {
    const res = await auditor.get(
      '/api/audit?outcome=maybe&from=2026-11-22T08:00:00Z&to=2026-11-22T07:00:00Z',
    );
    expect(res.status).toBe(400);
    const paths = errorBodySchema.parse(res.body).error.fields?.map((f) => f.path);
    expect(paths).toContain('outcome');
    const range = await auditor.get('/api/audit?from=2026-11-22T08:00:00Z&to=2026-11-22T07:00:00Z');
    expect(errorBodySchema.parse(range.body).error.fields?.map((f) => f.path)).toEqual(['to']);
  });

  it('needs a session', async () => {
    expect((await h.agent().get('/api/audit')).status).toBe(401);
    expect((await h.agent().get('/api/audit/export')).status).toBe(401);
  });
});

describe('GET /api/audit/export', () => {
  it('streams a stamped CSV of the filtered trail', async () => {
    const res = await auditor.get('/api/audit/export?format=csv&user=alice');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="?audit-\d{8}T\d{6}Z\.csv/,
    );
    // Every field of every line is quoted (issue 15): read it back as CSV.
    const lines = parseCsv(res.text);
    expect(lines.slice(0, 4)).toEqual([
      ['# Gateway Console audit trail'],
      ['# account: demo'],
      [expect.stringMatching(/^# exportedAt: \d{4}-\d\d-\d\dT/)],
      ['# filters: user=alice'],
    ]);
    expect(lines[4]).toEqual([...AUDIT_CSV_COLUMNS]);
    const rows = lines.slice(5);
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r[1] === 'alice' && r[2] === 'operator')).toBe(true);
    // The export is newest first, like the page.
    expect(rows[0]).toContain('2026-11-22T07:27:00.000Z');
  });

  it('streams JSON with the stamp and every matching entry', async () => {
    const res = await op.get('/api/audit/export?format=json&action=Delete*&outcome=success');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = res.body as {
      account: string;
      exportedAt: string;
      filters: object;
      entries: unknown[];
    };
    expect(body).toMatchObject({
      account: 'demo',
      filters: { action: 'Delete*', outcome: 'success' },
    });
    const entries = body.entries.map((e) => auditEntrySchema.parse(e));
    expect(entries).toHaveLength(15);
    expect(entries.every((e) => e.action === 'DeleteSnatEntry' && e.outcome === 'success')).toBe(
      true,
    );
  });

  it('refuses an unknown format on the field', async () => {
    const res = await auditor.get('/api/audit/export?format=xlsx');
    expect(res.status).toBe(400);
    expect(errorBodySchema.parse(res.body).error.fields?.map((f) => f.path)).toEqual(['format']);
  });
});

describe('roles', () => {
  it('lets auditors read the trail but change nothing, and the trail stays unchanged', async () => {
    const before = (await page(auditor, 'pageSize=1')).total;
    const R = '/api/regions/cn-hangzhou';
    const attempts = [
      auditor.request('PATCH', `${R}/nat-gateways/ngw-fixture1`, { body: { name: 'x' } }),
      auditor.request('DELETE', `${R}/nat-gateways/ngw-fixture1`),
      auditor.request('POST', `${R}/eips`, {
        body: { bandwidth: 1 },
        idempotencyKey: 'auditor-k-1',
      }),
      auditor.request('POST', '/api/audit', { body: {} }),
      auditor.request('DELETE', '/api/audit'),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(403);
    expect((await page(auditor, 'pageSize=1')).total).toBe(before);
  });
});
