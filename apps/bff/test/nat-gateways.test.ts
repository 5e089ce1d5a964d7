import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  natGatewayPageSchema,
  natGatewaySchema,
  vSwitchListSchema,
  vpcListSchema,
  type NatGateway,
} from '@gc/contracts';
import { startHarness, type Agent, type Harness } from './harness.ts';

const R = '/api/regions/cn-hangzhou';
let h: Harness;
let op: Agent;
let vpcId: string;
let vSwitchId: string;

beforeAll(async () => {
  h = await startHarness();
  op = await h.operator();
  const vpcs = vpcListSchema.parse((await op.get(`${R}/vpcs`)).body).items;
  vpcId = vpcs[0]?.id ?? '';
  const vsw = vSwitchListSchema.parse((await op.get(`${R}/vpcs/${vpcId}/vswitches`)).body).items;
  vSwitchId = vsw[0]?.id ?? '';
});
afterAll(() => h.close());

async function create(name: string, key: string, extra: object = {}) {
  return op.request('POST', `${R}/nat-gateways`, {
    body: { vpcId, vSwitchId, name, ...extra },
    idempotencyKey: key,
  });
}

describe('NAT gateway list', () => {
  it('returns a page of contract-shaped gateways', async () => {
    const res = await op.get(`${R}/nat-gateways`);
    expect(res.status).toBe(200);
    const page = natGatewayPageSchema.parse(res.body);
    expect(page.total).toBeGreaterThan(0);
    expect(page.items[0]).toMatchObject({ regionId: 'cn-hangzhou' });
  });

  it('filters by q (name or ID), status and vpcId; pages and sorts', async () => {
    const all = natGatewayPageSchema.parse((await op.get(`${R}/nat-gateways?pageSize=100`)).body);
    const first = all.items[0] as NatGateway;
    const byId = natGatewayPageSchema.parse(
      (await op.get(`${R}/nat-gateways?q=${first.id.slice(4, 12).toUpperCase()}`)).body,
    );
    expect(byId.items.map((g) => g.id)).toContain(first.id);
    const byName = natGatewayPageSchema.parse(
      (await op.get(`${R}/nat-gateways?q=${encodeURIComponent(first.name)}`)).body,
    );
    expect(byName.items.every((g) => g.name.toLowerCase().includes(first.name.toLowerCase()))).toBe(
      true,
    );
    const byVpc = natGatewayPageSchema.parse(
      (await op.get(`${R}/nat-gateways?vpcId=${first.vpcId}&status=Available`)).body,
    );
    expect(byVpc.items.every((g) => g.vpcId === first.vpcId && g.status === 'Available')).toBe(
      true,
    );
    const sorted = natGatewayPageSchema.parse(
      (await op.get(`${R}/nat-gateways?sort=name&pageSize=100`)).body,
    );
    const names = sorted.items.map((g) => g.name);
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    const p2 = natGatewayPageSchema.parse(
      (await op.get(`${R}/nat-gateways?sort=name&page=2&pageSize=1`)).body,
    );
    expect(p2).toMatchObject({ page: 2, pageSize: 1, total: all.total });
    expect(p2.items[0]?.id).toBe(sorted.items[1]?.id);
  });

  it('rejects bad query parameters with field paths', async () => {
    const res = await op.get(`${R}/nat-gateways?pageSize=500&status=Bogus&vpcId=nope`);
    expect(res.status).toBe(400);
    const paths = errorBodySchema.parse(res.body).error.fields?.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['pageSize', 'status', 'vpcId']));
    const region = await op.get('/api/regions/NOT_A_REGION/nat-gateways');
    expect(errorBodySchema.parse(region.body).error.fields?.[0]?.path).toBe('regionId');
  });

  it('coalesces 50 identical concurrent list calls into one upstream DescribeNatGateways', async () => {
    // A (failed) mutation in the region clears its cache first, so the burst starts cold.
    const miss = await op.request('PATCH', `${R}/nat-gateways/ngw-doesnotexist000000`, {
      body: { name: 'x-y' },
    });
    expect(miss.status).toBe(404);
    await h.admin('DELETE', '/stats');
    const results = await Promise.all(
      Array.from({ length: 50 }, () => op.get(`${R}/nat-gateways?pageSize=5`)),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    const stats = await h.admin<{ requests: { byAction: Record<string, number> } }>(
      'GET',
      '/stats',
    );
    expect(stats.requests.byAction.DescribeNatGateways).toBe(1);
  });
});

describe('NAT gateway lifecycle', () => {
  it('creates once per Idempotency-Key: a repeated submission returns the same gateway', async () => {
    const before = natGatewayPageSchema.parse(
      (await op.get(`${R}/nat-gateways?pageSize=100`)).body,
    ).total;
    const one = await create('idem-gw', 'form-submission-0001');
    expect(one.status).toBe(201);
    const gw = natGatewaySchema.parse(one.body);
    expect(gw).toMatchObject({ name: 'idem-gw', vpcId, vSwitchId, regionId: 'cn-hangzhou' });
    const two = await create('idem-gw', 'form-submission-0001');
    expect(two.status).toBe(201);
    expect(natGatewaySchema.parse(two.body).id).toBe(gw.id);
    const after = natGatewayPageSchema.parse((await op.get(`${R}/nat-gateways?pageSize=100`)).body);
    expect(after.total).toBe(before + 1);
    expect(after.items.filter((g) => g.name === 'idem-gw')).toHaveLength(1);
  });

  it('requires Idempotency-Key on creates, naming the header', async () => {
    const res = await op.request('POST', `${R}/nat-gateways`, {
      body: { vpcId, vSwitchId, name: 'no-key' },
    });
    expect(res.status).toBe(400);
    const body = errorBodySchema.parse(res.body);
    expect(body.error.message).toContain('Idempotency-Key');
    expect(body.error.fields?.[0]?.path).toBe('Idempotency-Key');
  });

  it('validates the create body with field paths', async () => {
    const res = await op.request('POST', `${R}/nat-gateways`, {
      body: { vpcId: 'bad', name: '1x', tags: [{ key: 'acs:x', value: 'v' }] },
      idempotencyKey: 'validation-key-1',
    });
    expect(res.status).toBe(400);
    const paths = errorBodySchema.parse(res.body).error.fields?.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['vpcId', 'vSwitchId', 'name', 'tags.0.key']));
  });

  it('passes an upstream refusal on with its code and RequestId', async () => {
    const res = await create('wrong-vpc-gw', 'wrong-vpc-key-1', { vpcId: 'vpc-doesnotexist0000' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const body = errorBodySchema.parse(res.body);
    expect(body.error.requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(res.text).not.toMatch(/<\?xml|<Error>/);
  });

  it('answers 404 for an unknown gateway', async () => {
    const res = await op.get(`${R}/nat-gateways/ngw-doesnotexist000000`);
    expect(res.status).toBe(404);
    expect(errorBodySchema.parse(res.body).error.code).toMatch(/NotFound/);
  });

  it('renames, re-describes and replaces tags', async () => {
    const gw = natGatewaySchema.parse(
      (
        await create('rename-me', 'rename-key-0001', {
          tags: [
            { key: 'a', value: '1' },
            { key: 'b', value: '2' },
          ],
        })
      ).body,
    );
    const renamed = await op.request('PATCH', `${R}/nat-gateways/${gw.id}`, {
      body: { name: 'renamed-gw', description: 'new words' },
    });
    expect(renamed.status).toBe(200);
    expect(natGatewaySchema.parse(renamed.body)).toMatchObject({
      name: 'renamed-gw',
      description: 'new words',
    });
    const empty = await op.request('PATCH', `${R}/nat-gateways/${gw.id}`, { body: {} });
    expect(empty.status).toBe(400);
    const tagged = await op.request('PUT', `${R}/nat-gateways/${gw.id}/tags`, {
      body: {
        tags: [
          { key: 'b', value: '3' },
          { key: 'c', value: '' },
        ],
      },
    });
    expect(tagged.status).toBe(200);
    const tags = natGatewaySchema.parse(tagged.body).tags;
    expect(tags.sort((x, y) => x.key.localeCompare(y.key))).toEqual([
      { key: 'b', value: '3' },
      { key: 'c', value: '' },
    ]);
    const dup = await op.request('PUT', `${R}/nat-gateways/${gw.id}/tags`, {
      body: { tags: [{ key: 'x' }, { key: 'x' }] },
    });
    expect(errorBodySchema.parse(dup.body).error.fields?.[0]?.path).toBe('tags.1.key');
  });

  it('answers 429 with Retry-After when the upstream keeps throttling', async () => {
    await h.admin('PUT', '/faults', {
      rules: [
        { action: 'DescribeNatGateways', probability: 1, kind: 'throttling', retryAfterSeconds: 2 },
      ],
    });
    try {
      const res = await op.get(`${R}/nat-gateways?q=throttled`);
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBe('2');
      expect(errorBodySchema.parse(res.body).error.code).toMatch(/Throttling/);
    } finally {
      await h.admin('DELETE', '/faults');
    }
    expect((await op.get(`${R}/nat-gateways?q=after`)).status).toBe(200);
  });
});
