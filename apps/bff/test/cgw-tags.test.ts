import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerGatewayListSchema, customerGatewaySchema, errorBodySchema } from '@gc/contracts';
import type { AuditEvent } from '../src/audit/audit-recorder.ts';
import { startHarness, type Agent, type Harness } from './harness.ts';

// Tags on a customer gateway go through the kit's replaceTags, against the emulator (TagResources
// and UnTagResources on resource type CUSTOMERGATEWAY), audited like the gateways' ones.
const R = '/api/regions/cn-hangzhou';
const events: AuditEvent[] = [];
let h: Harness;
let op: Agent;
let cgwId: string;

beforeAll(async () => {
  h = await startHarness({ audit: { record: async (e) => void events.push(e) } });
  op = await h.operator();
  const list = customerGatewayListSchema.parse((await op.get(`${R}/customer-gateways`)).body);
  cgwId = list.items[0]?.id ?? '';
});
afterAll(() => h.close());

const putTags = (agent: Agent, tags: { key: string; value: string }[]) =>
  agent.request('PUT', `${R}/customer-gateways/${cgwId}/tags`, { body: { tags } });

describe('PUT /customer-gateways/{id}/tags', () => {
  it('replaces the tag set, answering the customer gateway read back', async () => {
    const first = await putTags(op, [
      { key: 'site', value: 'ningbo' },
      { key: 'env', value: 'prod' },
    ]);
    expect(first.status).toBe(200);
    const tagged = customerGatewaySchema.parse(first.body);
    expect(tagged.id).toBe(cgwId);
    expect(tagged.tags).toEqual(
      expect.arrayContaining([
        { key: 'site', value: 'ningbo' },
        { key: 'env', value: 'prod' },
      ]),
    );
    const second = await putTags(op, [{ key: 'env', value: 'staging' }]);
    expect(customerGatewaySchema.parse(second.body).tags).toEqual([
      { key: 'env', value: 'staging' },
    ]);
    const read = customerGatewaySchema.parse(
      (await op.get(`${R}/customer-gateways/${cgwId}`)).body,
    );
    expect(read.tags).toEqual([{ key: 'env', value: 'staging' }]);
    const listed = customerGatewayListSchema.parse((await op.get(`${R}/customer-gateways`)).body);
    expect(listed.items.find((c) => c.id === cgwId)?.tags).toEqual([
      { key: 'env', value: 'staging' },
    ]);
  });

  it('is audited as TagResources on the customer gateway', () => {
    const tagged = events.filter((e) => e.action === 'TagResources' && e.resourceId === cgwId);
    expect(tagged.length).toBe(2);
    expect(tagged.every((e) => e.outcome === 'success' && e.regionId === 'cn-hangzhou')).toBe(true);
  });

  it('refuses auditors, bad tags on the field, and an unknown customer gateway with 404', async () => {
    const auditor = await h.auditor();
    expect((await putTags(auditor, [{ key: 'env', value: 'x' }])).status).toBe(403);
    const bad = await putTags(op, [{ key: 'env', value: 'prod\u0000' }]);
    expect(bad.status).toBe(400);
    expect(errorBodySchema.parse(bad.body).error.fields?.map((f) => f.path)).toEqual([
      'tags.0.value',
    ]);
    const missing = await op.request('PUT', `${R}/customer-gateways/cgw-doesnotexist01/tags`, {
      body: { tags: [] },
    });
    expect(missing.status).toBe(404);
  });
});
