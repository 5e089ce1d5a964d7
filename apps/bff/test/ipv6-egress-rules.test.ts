import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  ipv6AddressListSchema,
  ipv6EgressRuleListSchema,
  ipv6EgressRuleSchema,
  ipv6GatewayPageSchema,
  type Ipv6Address,
  type Ipv6Gateway,
} from '@gc/contracts';
import type { AuditEvent } from '../src/audit/audit-recorder.ts';
import { startHarness, type Agent, type Harness } from './harness.ts';

const HZ = '/api/regions/cn-hangzhou';
const events: AuditEvent[] = [];
let h: Harness;
let op: Agent;
let gw: Ipv6Gateway;
let addresses: Ipv6Address[];

const errorOf = (body: unknown) => errorBodySchema.parse(body).error;
const rulesPath = (region: string, id: string) => `${region}/ipv6-gateways/${id}/egress-only-rules`;
const gatewayNamed = async (region: string, name: string) => {
  const page = ipv6GatewayPageSchema.parse((await op.get(`${region}/ipv6-gateways`)).body);
  const found = page.items.find((g) => g.name === name);
  if (!found) throw new Error(`no IPv6 gateway ${name}`);
  return found;
};
const addressNamed = (name: string) => {
  const found = addresses.find((a) => a.name === name);
  if (!found) throw new Error(`no IPv6 address ${name}`);
  return found;
};
const listRules = async (region: string, id: string) =>
  ipv6EgressRuleListSchema.parse((await op.get(rulesPath(region, id))).body).items;

beforeAll(async () => {
  // No read cache: the rule's status changes in the emulator between two reads.
  h = await startHarness({ cacheTtlMs: 0, audit: { record: async (e) => void events.push(e) } });
  op = await h.operator();
  gw = await gatewayNamed(HZ, 'prod-core-ipv6gw');
  addresses = ipv6AddressListSchema.parse((await op.get(`${HZ}/ipv6-addresses`)).body).items;
});
afterAll(() => h.close());

describe('IPv6 egress-only rules', () => {
  it('lists the seeded rules of a gateway, and none for a gateway without any', async () => {
    const sh = await gatewayNamed('/api/regions/cn-shanghai', 'sh-ipv6-gateway');
    const rules = await listRules('/api/regions/cn-shanghai', sh.id);
    expect(rules.map((r) => r.name).sort()).toEqual(['sh-web-02-egress', 'sh-web-egress-only']);
    expect(rules[0]).toMatchObject({
      ipv6GatewayId: sh.id,
      instanceType: 'Ipv6Address',
      status: 'Available',
    });
    expect(rules[0]?.instanceId).toMatch(/^ipv6-/);
    expect(await listRules(HZ, gw.id)).toEqual([]);
  });

  it('creates a rule Pending, sees it Available, deletes it (Deleting, then gone)', async () => {
    await h.admin('PUT', '/timing', { mode: 'manual' });
    try {
      const web01 = addressNamed('web-01-ipv6');
      const res = await op.request('POST', rulesPath(HZ, gw.id), {
        body: { instanceId: web01.id, name: 'web-01-out', description: 'outbound only' },
        idempotencyKey: 'egress-create-key-1',
      });
      expect(res.status).toBe(201);
      const rule = ipv6EgressRuleSchema.parse(res.body);
      expect(rule).toMatchObject({
        instanceId: web01.id,
        name: 'web-01-out',
        description: 'outbound only',
        status: 'Pending',
      });
      expect(rule.id).toMatch(/^ipv6py-/);
      const replay = await op.request('POST', rulesPath(HZ, gw.id), {
        body: { instanceId: web01.id, name: 'web-01-out', description: 'outbound only' },
        idempotencyKey: 'egress-create-key-1',
      });
      expect(ipv6EgressRuleSchema.parse(replay.body).id).toBe(rule.id);
      await h.admin('POST', '/advance');
      expect(await listRules(HZ, gw.id)).toEqual([{ ...rule, status: 'Available' }]);

      const del = await op.request('DELETE', `${rulesPath(HZ, gw.id)}/${rule.id}`);
      expect(del.status).toBe(204);
      expect((await listRules(HZ, gw.id)).map((r) => r.status)).toEqual(['Deleting']);
      const again = await op.request('DELETE', `${rulesPath(HZ, gw.id)}/${rule.id}`);
      expect(again.status).toBe(409);
      expect(errorOf(again.body).code).toBe('IncorrectStatus.Ipv6EgressOnlyRule');
      await h.admin('POST', '/advance');
      expect(await listRules(HZ, gw.id)).toEqual([]);
    } finally {
      await h.admin('PUT', '/timing', { mode: 'immediate' });
    }
  });

  it('audits the create and the delete with the rule ID', () => {
    const mine = events.filter((e) => /Ipv6EgressOnlyRule$/.test(e.action));
    expect(mine.map((e) => `${e.action}:${e.outcome}`)).toEqual([
      'CreateIpv6EgressOnlyRule:success',
      'CreateIpv6EgressOnlyRule:success',
      'DeleteIpv6EgressOnlyRule:success',
      'DeleteIpv6EgressOnlyRule:failure',
    ]);
    expect(mine[0]).toMatchObject({
      regionId: 'cn-hangzhou',
      clientToken: expect.any(String),
      params: { name: 'web-01-out' },
    });
    expect(mine[0]?.resourceId).toMatch(/^ipv6py-/);
    expect(mine[2]?.resourceId).toBe(mine[0]?.resourceId);
    expect(mine[2]?.requestId).toMatch(/^[0-9A-F-]{36}$/);
  });

  it('names the field: a bad body, and an address of another VPC', async () => {
    const bad = await op.request('POST', rulesPath(HZ, gw.id), {
      body: { instanceId: 'eni-123', name: '1-bad' },
      idempotencyKey: 'egress-bad-key-1',
    });
    expect(bad.status).toBe(400);
    const paths = errorOf(bad.body).fields?.map((f) => f.path);
    expect(paths?.sort()).toEqual(['instanceId', 'name']);

    const other = await op.request('POST', rulesPath(HZ, gw.id), {
      body: { instanceId: addressNamed('pay-app-01-ipv6').id },
      idempotencyKey: 'egress-other-vpc-key-1',
    });
    expect(other.status).toBe(400);
    const err = errorOf(other.body);
    expect(err.code).toBe('OperationFailed.Ipv6GatewayDisMatchIpv6Address');
    expect(err.fields?.map((f) => f.path)).toEqual(['instanceId']);
  });

  it('answers 404 for a rule of another gateway, and 403 to an auditor', async () => {
    const sh = await gatewayNamed('/api/regions/cn-shanghai', 'sh-ipv6-gateway');
    const [shRule] = await listRules('/api/regions/cn-shanghai', sh.id);
    const elsewhere = await op.request(
      'DELETE',
      `${rulesPath('/api/regions/cn-shanghai', gw.id)}/${shRule?.id}`,
    );
    expect(elsewhere.status).toBe(404);
    expect(await listRules('/api/regions/cn-shanghai', sh.id)).toHaveLength(2);

    const aud = await h.auditor();
    expect((await aud.get(rulesPath(HZ, gw.id))).status).toBe(200);
    const create = await aud.request('POST', rulesPath(HZ, gw.id), {
      body: { instanceId: addressNamed('api-01-ipv6').id },
      idempotencyKey: 'egress-auditor-key-1',
    });
    expect(create.status).toBe(403);
    const remove = await aud.request(
      'DELETE',
      `${rulesPath('/api/regions/cn-shanghai', sh.id)}/${shRule?.id}`,
    );
    expect(remove.status).toBe(403);
  });
});
