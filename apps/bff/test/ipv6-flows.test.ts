import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  ipv6AddressListSchema,
  ipv6AddressSchema,
  ipv6GatewayPageSchema,
  ipv6GatewaySchema,
  ipv6VpcCandidateListSchema,
  type Ipv6Gateway,
  type Ipv6VpcCandidate,
} from '@gc/contracts';
import { startHarness, type Agent, type Harness } from './harness.ts';

const R = '/api/regions/cn-hangzhou';
let h: Harness;
let op: Agent;
let candidates: Ipv6VpcCandidate[];
let created: Ipv6Gateway;

const errorOf = (body: unknown) => errorBodySchema.parse(body).error;

beforeAll(async () => {
  h = await startHarness();
  op = await h.operator();
  const res = await op.get(`${R}/ipv6-gateways/vpc-candidates`);
  candidates = ipv6VpcCandidateListSchema.parse(res.body).items;
});
afterAll(() => h.close());

const byName = (name: string) => {
  const found = candidates.find((c) => c.name === name);
  if (!found) throw new Error(`no VPC ${name}`);
  return found;
};

describe('IPv6 gateways', () => {
  it('lists the seed with q, status and vpcId filters', async () => {
    const all = ipv6GatewayPageSchema.parse((await op.get(`${R}/ipv6-gateways`)).body);
    expect(all.items.map((g) => g.name)).toContain('prod-core-ipv6gw');
    const seeded = all.items.find((g) => g.name === 'prod-core-ipv6gw') as Ipv6Gateway;
    expect(seeded).toMatchObject({ status: 'Available', regionId: 'cn-hangzhou' });
    expect(seeded.tags).toContainEqual({ key: 'env', value: 'prod' });
    const q = ipv6GatewayPageSchema.parse((await op.get(`${R}/ipv6-gateways?q=PROD-CORE`)).body);
    expect(q.items.map((g) => g.id)).toEqual([seeded.id]);
    const byVpc = await op.get(`${R}/ipv6-gateways?vpcId=${seeded.vpcId}&status=Available`);
    expect(ipv6GatewayPageSchema.parse(byVpc.body).total).toBe(1);
    const none = await op.get(`${R}/ipv6-gateways?status=Deleting`);
    expect(ipv6GatewayPageSchema.parse(none.body).total).toBe(0);
    expect((await op.get(`${R}/ipv6-gateways?status=Gone`)).status).toBe(400);
  });

  it('marks each VPC eligible or gives the reason it is not', () => {
    expect(byName('prod-core-vpc')).toMatchObject({ eligible: false, blocker: 'hasIpv6Gateway' });
    expect(byName('prod-core-vpc').ipv6GatewayId).toMatch(/^ipv6gw-/);
    expect(byName('支付系统VPC')).toMatchObject({ eligible: true });
    expect(candidates.some((c) => c.blocker === 'ipv6NotEnabled')).toBe(true);
  });

  it('creates once per Idempotency-Key and refuses a second gateway in the VPC on vpcId', async () => {
    const vpcId = byName('支付系统VPC').id;
    const body = { vpcId, name: 'pay-ipv6-gw', description: 'payments IPv6' };
    const first = await op.request('POST', `${R}/ipv6-gateways`, {
      body,
      idempotencyKey: 'ipv6-create-key-1',
    });
    expect(first.status).toBe(201);
    created = ipv6GatewaySchema.parse(first.body);
    expect(created).toMatchObject({ vpcId, name: 'pay-ipv6-gw', status: 'Available' });
    const replay = await op.request('POST', `${R}/ipv6-gateways`, {
      body,
      idempotencyKey: 'ipv6-create-key-1',
    });
    expect(ipv6GatewaySchema.parse(replay.body).id).toBe(created.id);
    const second = await op.request('POST', `${R}/ipv6-gateways`, {
      body: { vpcId, name: 'second-gw' },
      idempotencyKey: 'ipv6-create-key-2',
    });
    expect(second.status).toBe(409);
    const err = errorOf(second.body);
    expect(err.code).toBe('Ipv6GatewayExists');
    expect(err.fields?.[0]).toMatchObject({ path: 'vpcId' });
    expect(err.fields?.[0]?.message).toContain(created.id);
    const noKey = await op.request('POST', `${R}/ipv6-gateways`, { body });
    expect(noKey.status).toBe(400);
    const bad = await op.request('POST', `${R}/ipv6-gateways`, {
      body: { vpcId: 'nope', name: '9a' },
      idempotencyKey: 'ipv6-create-key-3',
    });
    expect(
      errorOf(bad.body)
        .fields?.map((f) => f.path)
        .sort(),
    ).toEqual(['name', 'vpcId']);
  });

  it('passes on the upstream refusal for a VPC without IPv6', async () => {
    const vpc = candidates.find((c) => c.blocker === 'ipv6NotEnabled') as Ipv6VpcCandidate;
    const res = await op.request('POST', `${R}/ipv6-gateways`, {
      body: { vpcId: vpc.id, name: 'no-ipv6' },
      idempotencyKey: 'ipv6-create-key-4',
    });
    expect(res.status).toBe(400);
    expect(errorOf(res.body).code).toBe('OperationFailed.VpcIpv6NotEnabled');
  });

  it('reads, renames and refuses a spec change by field; unknown IDs are 404', async () => {
    const got = await op.get(`${R}/ipv6-gateways/${created.id}`);
    expect(ipv6GatewaySchema.parse(got.body).description).toBe('payments IPv6');
    const renamed = await op.request('PATCH', `${R}/ipv6-gateways/${created.id}`, {
      body: { name: 'pay-ipv6-renamed', description: '' },
    });
    expect(ipv6GatewaySchema.parse(renamed.body)).toMatchObject({
      name: 'pay-ipv6-renamed',
      description: '',
    });
    const spec = await op.request('PATCH', `${R}/ipv6-gateways/${created.id}`, {
      body: { spec: 'Large' },
    });
    expect(spec.status).toBe(400);
    expect(errorOf(spec.body).fields?.map((f) => f.path)).toEqual(['spec']);
    const tagged = await op.request('PUT', `${R}/ipv6-gateways/${created.id}/tags`, {
      body: {
        tags: [
          { key: 'team', value: 'payments' },
          { key: 'env', value: 'prod' },
        ],
      },
    });
    expect(ipv6GatewaySchema.parse(tagged.body).tags).toEqual([
      { key: 'team', value: 'payments' },
      { key: 'env', value: 'prod' },
    ]);
    const retagged = await op.request('PUT', `${R}/ipv6-gateways/${created.id}/tags`, {
      body: { tags: [{ key: 'env', value: 'staging' }] },
    });
    expect(ipv6GatewaySchema.parse(retagged.body).tags).toEqual([{ key: 'env', value: 'staging' }]);
    const missing = await op.get(`${R}/ipv6-gateways/ipv6gw-doesnotexist1`);
    expect(missing.status).toBe(404);
    expect(errorOf(missing.body).code).toBe('InvalidIpv6GatewayId.NotFound');
  });
});

describe('IPv6 addresses and internet bandwidth', () => {
  it('filters by VPC, vSwitch, gateway and network type', async () => {
    const vpcId = byName('prod-core-vpc').id;
    const gwId = byName('prod-core-vpc').ipv6GatewayId as string;
    const inVpc = ipv6AddressListSchema.parse(
      (await op.get(`${R}/ipv6-addresses?vpcId=${vpcId}`)).body,
    ).items;
    expect(inVpc).toHaveLength(4);
    expect(inVpc.every((a) => a.ipv6GatewayId === gwId && a.instanceId.startsWith('i-'))).toBe(
      true,
    );
    const vsw = inVpc[0]?.vSwitchId as string;
    const inVsw = ipv6AddressListSchema.parse(
      (await op.get(`${R}/ipv6-addresses?vSwitchId=${vsw}`)).body,
    ).items;
    expect(inVsw.length).toBeGreaterThan(0);
    expect(inVsw.every((a) => a.vSwitchId === vsw)).toBe(true);
    const viaGw = await op.get(`${R}/ipv6-addresses?ipv6GatewayId=${gwId}&networkType=Public`);
    const pub = ipv6AddressListSchema.parse(viaGw.body).items;
    expect(pub).toHaveLength(2);
    expect(pub.every((a) => a.internetBandwidth && a.networkType === 'Public')).toBe(true);
    const unknownGw = await op.get(`${R}/ipv6-addresses?ipv6GatewayId=ipv6gw-unknown1`);
    expect(ipv6AddressListSchema.parse(unknownGw.body).items).toEqual([]);
    expect((await op.get(`${R}/ipv6-addresses?vpcId=vsw-1`)).status).toBe(400);
  });

  it('allocates (idempotently), changes and releases bandwidth of an address', async () => {
    const list = await op.get(`${R}/ipv6-addresses?vpcId=${created.vpcId}`);
    const address = ipv6AddressListSchema.parse(list.body).items[0];
    const path = `${R}/ipv6-addresses/${address?.id}/internet-bandwidth`;
    const body = { bandwidth: 20, internetChargeType: 'PayByTraffic' };
    const first = await op.request('POST', path, { body, idempotencyKey: 'ipv6-bw-key-1' });
    expect(first.status).toBe(201);
    const allocated = ipv6AddressSchema.parse(first.body);
    expect(allocated).toMatchObject({
      networkType: 'Public',
      internetBandwidth: { bandwidth: 20, internetChargeType: 'PayByTraffic' },
    });
    const replay = await op.request('POST', path, { body, idempotencyKey: 'ipv6-bw-key-1' });
    expect(ipv6AddressSchema.parse(replay.body).internetBandwidth?.id).toBe(
      allocated.internetBandwidth?.id,
    );
    const tooMuch = await op.request('POST', path, {
      body: { bandwidth: 1500, internetChargeType: 'PayByTraffic' },
      idempotencyKey: 'ipv6-bw-key-2',
    });
    expect(errorOf(tooMuch.body).fields?.map((f) => f.path)).toEqual(['bandwidth']);
    const changed = await op.request('PATCH', path, { body: { bandwidth: 50 } });
    expect(ipv6AddressSchema.parse(changed.body).internetBandwidth?.bandwidth).toBe(50);
    // Upstream checks the ceiling of the existing charge type (PayByTraffic: 1000).
    const over = await op.request('PATCH', path, { body: { bandwidth: 1200 } });
    expect(over.status).toBe(400);
    expect(errorOf(over.body).code).toBe('InvalidParameter.Bandwidth.Malformed');
    expect((await op.request('DELETE', path)).status).toBe(204);
    const after = ipv6AddressSchema.parse(
      (await op.get(`${R}/ipv6-addresses/${address?.id}`)).body,
    );
    expect(after.networkType).toBe('Private');
    expect(after.internetBandwidth).toBeUndefined();
    expect((await op.request('DELETE', path)).status).toBe(404);
  });
});

describe('deleting a gateway with bandwidth', () => {
  it('is refused with 409 until every bandwidth is released, then succeeds', async () => {
    const seeded = byName('prod-core-vpc');
    const gw = `${R}/ipv6-gateways/${seeded.ipv6GatewayId}`;
    const refused = await op.request('DELETE', gw);
    expect(refused.status).toBe(409);
    expect(errorOf(refused.body).code).toBe('DependencyViolation.Ipv6InternetBandwidth');
    const pub = ipv6AddressListSchema.parse(
      (await op.get(`${R}/ipv6-addresses?vpcId=${seeded.id}&networkType=Public`)).body,
    ).items;
    for (const a of pub) {
      const res = await op.request('DELETE', `${R}/ipv6-addresses/${a.id}/internet-bandwidth`);
      expect(res.status).toBe(204);
    }
    expect((await op.request('DELETE', gw)).status).toBe(204);
    expect((await op.get(gw)).status).toBe(404);
  });
});

describe('roles and documentation', () => {
  it('lets an auditor read everything and change nothing', async () => {
    const aud = await h.auditor();
    expect((await aud.get(`${R}/ipv6-gateways`)).status).toBe(200);
    expect((await aud.get(`${R}/ipv6-gateways/vpc-candidates`)).status).toBe(200);
    expect((await aud.get(`${R}/ipv6-addresses`)).status).toBe(200);
    const attempts = [
      aud.request('POST', `${R}/ipv6-gateways`, {
        body: { vpcId: byName('支付系统VPC').id, name: 'nope-gw' },
        idempotencyKey: 'auditor-key-1',
      }),
      aud.request('PATCH', `${R}/ipv6-gateways/${created.id}`, { body: { name: 'nope-gw' } }),
      aud.request('DELETE', `${R}/ipv6-gateways/${created.id}`),
      aud.request('PUT', `${R}/ipv6-gateways/${created.id}/tags`, { body: { tags: [] } }),
      aud.request('POST', `${R}/ipv6-addresses/ipv6-x1/internet-bandwidth`, {
        body: { bandwidth: 1 },
        idempotencyKey: 'auditor-key-2',
      }),
      aud.request('DELETE', `${R}/ipv6-addresses/ipv6-x1/internet-bandwidth`),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(403);
      expect(errorOf(res.body).code).toBe('Forbidden');
    }
  });

  it('documents the IPv6 routes in /api/openapi.json', async () => {
    const doc = (await op.get('/api/openapi.json')).body as { paths: Record<string, object> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/regions/{regionId}/ipv6-gateways',
        '/api/regions/{regionId}/ipv6-gateways/{id}',
        '/api/regions/{regionId}/ipv6-gateways/vpc-candidates',
        '/api/regions/{regionId}/ipv6-gateways/{id}/tags',
        '/api/regions/{regionId}/ipv6-addresses',
        '/api/regions/{regionId}/ipv6-addresses/{addressId}/internet-bandwidth',
      ]),
    );
  });
});
