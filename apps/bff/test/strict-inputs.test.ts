import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  hasHiddenChars,
  natGatewayPageSchema,
  type FieldError,
} from '@gc/contracts';
import { startAuditHarness, type AuditHarness } from './audit-harness.ts';
import type { Agent, ApiResponse } from './harness.ts';

// Issue 15 item 6: inputs a security review found accepted, each refused before any upstream call.
const R = '/api/regions/cn-hangzhou';
let h: AuditHarness;
let op: Agent;
let gatewayId: string;

beforeAll(async () => {
  h = await startAuditHarness();
  op = await h.operator();
  const page = natGatewayPageSchema.parse((await op.get(`${R}/nat-gateways?pageSize=1`)).body);
  gatewayId = page.items[0]?.id ?? '';
  expect(gatewayId).toMatch(/^ngw-/);
});
afterAll(() => h.close());

const upstreamCalls = async () =>
  (await h.admin<{ requests: { total: number } }>('GET', '/stats')).requests.total;

/** The 400's field errors, after checking it is the BFF's InvalidInput body. */
const fieldsOf = (res: ApiResponse): FieldError[] => {
  expect(res.status).toBe(400);
  const body = errorBodySchema.parse(res.body);
  expect(body.error.code).toBe('InvalidInput');
  return body.error.fields ?? [];
};

const cases: [string, () => Promise<ApiResponse>, string, string][] = [
  [
    'a 9 KB regionId in the path',
    () => op.get(`/api/regions/cn-${'a'.repeat(9 * 1024)}/nat-gateways`),
    'regionId',
    'regionId',
  ],
  [
    'a 9 KB regionId on a mutation',
    () =>
      op.request('PATCH', `/api/regions/cn-${'a'.repeat(9 * 1024)}/nat-gateways/${gatewayId}`, {
        body: { name: 'renamed' },
      }),
    'regionId',
    'regionId',
  ],
  ['pageSize=0x10', () => op.get(`${R}/nat-gateways?pageSize=0x10`), 'pageSize', 'wholeNumber'],
  ['page=1e3', () => op.get(`${R}/ipv6-gateways?page=1e3`), 'page', 'wholeNumber'],
  [
    'a name with U+202E (right-to-left override)',
    () =>
      op.request('PATCH', `${R}/nat-gateways/${gatewayId}`, {
        body: { name: 'invoice\u202Egpj.exe' },
      }),
    'name',
    'hiddenChars',
  ],
  [
    'a tag value with NUL',
    () =>
      op.request('PUT', `${R}/nat-gateways/${gatewayId}/tags`, {
        body: { tags: [{ key: 'env', value: 'prod\u0000' }] },
      }),
    'tags.0.value',
    'hiddenChars',
  ],
  [
    'a description with a zero-width space',
    () =>
      op.request('PATCH', `${R}/nat-gateways/${gatewayId}`, {
        body: { description: 'egress\u200Bfor prod' },
      }),
    'description',
    'hiddenChars',
  ],
];

describe('strict inputs: 400 with the field, and no upstream call', () => {
  it.each(cases)('%s', async (_what, send, path, key) => {
    await h.admin('DELETE', '/stats');
    const fields = fieldsOf(await send());
    expect(fields).toEqual([expect.objectContaining({ path, key })]);
    expect(await upstreamCalls()).toBe(0);
  });

  it('a 9 KB regionId filter of the audit trail is refused the same way', async () => {
    const auditor = await h.auditor();
    const res = await auditor.get(`/api/audit?regionId=cn-${'a'.repeat(9 * 1024)}`);
    expect(fieldsOf(res)).toEqual([expect.objectContaining({ path: 'regionId', key: 'regionId' })]);
  });

  it('the same requests with clean values still go through', async () => {
    expect((await op.get(`${R}/nat-gateways?pageSize=16`)).status).toBe(200);
    const tags = await op.request('PUT', `${R}/nat-gateways/${gatewayId}/tags`, {
      body: { tags: [{ key: 'env', value: 'prod' }] },
    });
    expect(tags.status).toBeLessThan(300);
  });

  it('the trail holds the clean change, and none of the refused values', () => {
    // Columns as stored: JSON text keeps U+202E and U+200B as they are and writes NUL as \u0000.
    const rows = h.rawRows();
    expect(rows.length).toBeGreaterThan(0);
    const trail = rows.map((row) => Object.values(row).map(String).join(' ')).join(' ');
    expect(hasHiddenChars(trail)).toBe(false);
    expect(trail).not.toContain('\\u0000');
    expect(trail).not.toContain('a'.repeat(64));
  });
});
