import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema, vpnGatewayPageSchema, vpnGatewaySchema } from '@gc/contracts';
import type { AuditEvent } from '../src/audit/audit-recorder.ts';
import { startHarness, type Agent, type Harness } from './harness.ts';

// Tags on a VPN gateway go through the kit's replaceTags, against the emulator (TagResources
// and UnTagResources on resource type VPNGATEWAY), audited like the NAT and IPv6 ones.
const R = '/api/regions/cn-hangzhou';
const events: AuditEvent[] = [];
let h: Harness;
let op: Agent;
let gwId: string;

beforeAll(async () => {
  h = await startHarness({ audit: { record: async (e) => void events.push(e) } });
  op = await h.operator();
  const page = vpnGatewayPageSchema.parse((await op.get(`${R}/vpn-gateways`)).body);
  gwId = page.items[0]?.id ?? '';
});
afterAll(() => h.close());

const putTags = (agent: Agent, tags: { key: string; value: string }[]) =>
  agent.request('PUT', `${R}/vpn-gateways/${gwId}/tags`, { body: { tags } });

describe('PUT /vpn-gateways/{id}/tags', () => {
  it('replaces the tag set, answering the gateway read back', async () => {
    const first = await putTags(op, [
      { key: 'team', value: 'branch' },
      { key: 'env', value: 'prod' },
    ]);
    expect(first.status).toBe(200);
    expect(vpnGatewaySchema.parse(first.body).tags).toEqual(
      expect.arrayContaining([
        { key: 'team', value: 'branch' },
        { key: 'env', value: 'prod' },
      ]),
    );
    const second = await putTags(op, [{ key: 'env', value: 'staging' }]);
    expect(vpnGatewaySchema.parse(second.body).tags).toEqual([{ key: 'env', value: 'staging' }]);
    const read = vpnGatewaySchema.parse((await op.get(`${R}/vpn-gateways/${gwId}`)).body);
    expect(read.tags).toEqual([{ key: 'env', value: 'staging' }]);
  });

  it('is audited as TagResources on the gateway', () => {
    const tagged = events.filter((e) => e.action === 'TagResources' && e.resourceId === gwId);
    expect(tagged.length).toBe(2);
    expect(tagged.every((e) => e.outcome === 'success' && e.regionId === 'cn-hangzhou')).toBe(true);
  });

  it('refuses auditors, bad tags on the field, and an unknown gateway with 404', async () => {
    const auditor = await h.auditor();
    expect((await putTags(auditor, [{ key: 'env', value: 'x' }])).status).toBe(403);
    const bad = await putTags(op, [{ key: 'env', value: 'prod\u0000' }]);
    expect(bad.status).toBe(400);
    expect(errorBodySchema.parse(bad.body).error.fields?.map((f) => f.path)).toEqual([
      'tags.0.value',
    ]);
    const missing = await op.request('PUT', `${R}/vpn-gateways/vpn-doesnotexist01/tags`, {
      body: { tags: [] },
    });
    expect(missing.status).toBe(404);
  });
});
