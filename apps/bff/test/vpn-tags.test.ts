import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  customerGatewayListSchema,
  customerGatewaySchema,
  errorBodySchema,
  vpnGatewayPageSchema,
  vpnGatewaySchema,
} from '@gc/contracts';
import type { z } from 'zod';
import type { AuditEvent } from '../src/audit/audit-recorder.ts';
import { startHarness, type Agent, type Harness } from './harness.ts';

// Tags on a VPN gateway and on a customer gateway go through the kit's replaceTags, against the
// emulator (TagResources and UnTagResources on VPNGATEWAY / CUSTOMERGATEWAY), audited like the
// NAT and IPv6 ones. One table: the two kinds differ only in their path and schemas.
const R = '/api/regions/cn-hangzhou';
const events: AuditEvent[] = [];
let h: Harness;
let op: Agent;

beforeAll(async () => {
  h = await startHarness({ audit: { record: async (e) => void events.push(e) } });
  op = await h.operator();
});
afterAll(() => h.close());

type Tagged = { id: string; tags: { key: string; value: string }[] };
interface Kind {
  path: string;
  missing: string;
  one: z.ZodType<Tagged>;
  list: z.ZodType<{ items: Tagged[] }>;
  extra: { key: string; value: string };
}
const KINDS: Kind[] = [
  {
    path: 'vpn-gateways',
    missing: 'vpn-doesnotexist01',
    one: vpnGatewaySchema,
    list: vpnGatewayPageSchema,
    extra: { key: 'team', value: 'branch' },
  },
  {
    path: 'customer-gateways',
    missing: 'cgw-doesnotexist01',
    one: customerGatewaySchema,
    list: customerGatewayListSchema,
    extra: { key: 'site', value: 'ningbo' },
  },
];

describe.each(KINDS)('PUT /$path/{id}/tags', ({ path, missing, one, list, extra }) => {
  let id = '';
  const putTags = (agent: Agent, tags: { key: string; value: string }[]) =>
    agent.request('PUT', `${R}/${path}/${id}/tags`, { body: { tags } });
  const listed = async () => list.parse((await op.get(`${R}/${path}`)).body).items;

  beforeAll(async () => {
    id = (await listed())[0]?.id ?? '';
  });

  it('replaces the tag set, answering the resource read back', async () => {
    const first = await putTags(op, [extra, { key: 'env', value: 'prod' }]);
    expect(first.status).toBe(200);
    const tagged = one.parse(first.body);
    expect(tagged.id).toBe(id);
    expect(tagged.tags).toEqual(expect.arrayContaining([extra, { key: 'env', value: 'prod' }]));
    const second = await putTags(op, [{ key: 'env', value: 'staging' }]);
    expect(one.parse(second.body).tags).toEqual([{ key: 'env', value: 'staging' }]);
    const read = one.parse((await op.get(`${R}/${path}/${id}`)).body);
    expect(read.tags).toEqual([{ key: 'env', value: 'staging' }]);
    expect((await listed()).find((c) => c.id === id)?.tags).toEqual([
      { key: 'env', value: 'staging' },
    ]);
  });

  it('is audited as TagResources on the resource', () => {
    const tagged = events.filter((e) => e.action === 'TagResources' && e.resourceId === id);
    expect(tagged.length).toBe(2);
    expect(tagged.every((e) => e.outcome === 'success' && e.regionId === 'cn-hangzhou')).toBe(true);
  });

  it('refuses auditors, bad tags on the field, and an unknown id with 404', async () => {
    const auditor = await h.auditor();
    expect((await putTags(auditor, [{ key: 'env', value: 'x' }])).status).toBe(403);
    const bad = await putTags(op, [{ key: 'env', value: 'prod\u0000' }]);
    expect(bad.status).toBe(400);
    expect(errorBodySchema.parse(bad.body).error.fields?.map((f) => f.path)).toEqual([
      'tags.0.value',
    ]);
    const unknown = await op.request('PUT', `${R}/${path}/${missing}/tags`, {
      body: { tags: [] },
    });
    expect(unknown.status).toBe(404);
  });
});
