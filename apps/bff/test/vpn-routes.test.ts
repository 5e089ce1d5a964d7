import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  vpnConnectionListSchema,
  vpnGatewayPageSchema,
  vpnPolicyRouteListSchema,
  vpnRouteListSchema,
  vpnRouteSchema,
} from '@gc/contracts';
import type { AuditEvent } from '../src/audit/audit-recorder.ts';
import { startHarness, type Agent, type Harness } from './harness.ts';

// Destination and policy routes of the seeded single-tunnel hz-office-vpn, against the emulator
// (immediate timing: every write has been applied by the next request).
const HZ = '/api/regions/cn-hangzhou';
const events: AuditEvent[] = [];
let h: Harness;
let op: Agent;
let gw = '';
let hop = '';
let idc = '';

const errorOf = (body: unknown) => errorBodySchema.parse(body).error;
const routes = () => `${HZ}/vpn-gateways/${gw}/route-entries`;
const policies = () => `${HZ}/vpn-gateways/${gw}/policy-routes`;
const listRoutes = async () => vpnRouteListSchema.parse((await op.get(routes())).body).items;
const listPolicies = async () =>
  vpnPolicyRouteListSchema.parse((await op.get(policies())).body).items;

beforeAll(async () => {
  h = await startHarness({ cacheTtlMs: 0, audit: { record: async (e) => void events.push(e) } });
  op = await h.operator();
  const page = vpnGatewayPageSchema.parse((await op.get(`${HZ}/vpn-gateways`)).body);
  gw = page.items.find((g) => g.name === 'hz-office-vpn')?.id ?? '';
  const conns = vpnConnectionListSchema.parse(
    (await op.get(`${HZ}/vpn-connections?vpnGatewayId=${gw}`)).body,
  ).items;
  hop = conns.find((c) => c.name === 'to-shanghai-office')?.id ?? '';
  idc = conns.find((c) => c.name === '杭州IDC主链路')?.id ?? '';
});
afterAll(() => h.close());

describe('VPN destination routes', () => {
  it('lists the seeded routes, an active/standby pair among them', async () => {
    const rows = await listRoutes();
    const pair = rows.filter((r) => r.destination === '172.31.0.0/16');
    expect(pair.map((r) => `${r.nextHop === idc ? 'idc' : 'sh'}:${r.weight}`).sort()).toEqual([
      'idc:100',
      'sh:0',
    ]);
    expect(rows.find((r) => r.destination === '192.168.12.0/24')).toMatchObject({
      nextHop: hop,
      state: 'published',
      vpnGatewayId: gw,
    });
  });

  it('creates, publishes, reweights and deletes a route by its key', async () => {
    const key = { destination: '10.99.0.0/16', nextHop: hop, weight: 100 };
    const res = await op.request('POST', routes(), {
      body: { ...key, description: 'lab' },
      idempotencyKey: 'route-create-key-1',
    });
    expect(res.status).toBe(201);
    expect(vpnRouteSchema.parse(res.body)).toMatchObject({ ...key, state: 'normal' });
    const pub = await op.request('POST', `${routes()}/publish`, {
      body: { destination: key.destination, nextHop: hop, routeType: 'dbr', publish: true },
    });
    expect(pub.status).toBe(204);
    const w = await op.request('PATCH', `${routes()}/weight`, { body: { ...key, newWeight: 0 } });
    expect(w.status).toBe(204);
    const mine = (await listRoutes()).find((r) => r.destination === key.destination);
    expect(mine).toMatchObject({ weight: 0, state: 'published' });
    // The key carries the current weight: the old one is a 404.
    const stale = await op.request('DELETE', routes(), { body: key });
    expect(stale.status).toBe(404);
    expect(errorOf(stale.body).code).toBe('InvalidRouteEntry.NotFound');
    const del = await op.request('DELETE', routes(), { body: { ...key, weight: 0 } });
    expect(del.status).toBe(204);
    expect((await listRoutes()).map((r) => r.destination)).not.toContain(key.destination);
  });

  it('puts refusals on their fields', async () => {
    const zero = await op.request('POST', routes(), {
      body: { destination: '0.0.0.0/0', nextHop: hop, weight: 100 },
      idempotencyKey: 'route-create-key-2',
    });
    expect(zero.status).toBe(400);
    expect(errorOf(zero.body)).toMatchObject({ code: 'IllegalParam.RouteDest' });
    expect(errorOf(zero.body).fields?.map((f) => f.path)).toEqual(['destination']);
    const dup = await op.request('POST', routes(), {
      body: { destination: '192.168.12.0/24', nextHop: hop, weight: 100 },
      idempotencyKey: 'route-create-key-3',
    });
    expect(errorOf(dup.body).fields?.map((f) => f.path)).toEqual(['destination']);
    const ghost = await op.request('POST', routes(), {
      body: { destination: '10.5.0.0/16', nextHop: 'vco-doesnotexist', weight: 100 },
      idempotencyKey: 'route-create-key-4',
    });
    expect(errorOf(ghost.body).fields?.map((f) => f.path)).toEqual(['nextHop']);
  });
});

describe('VPN policy routes', () => {
  it('creates, changes weight and priority (one or both), deletes', async () => {
    const key = { source: '10.10.8.0/24', destination: '192.168.99.0/24', nextHop: hop };
    const res = await op.request('POST', policies(), {
      body: { ...key, weight: 100, priority: 20, publish: true },
      idempotencyKey: 'pbr-create-key-1',
    });
    expect(res.status).toBe(201);
    const patch = (body: object) => op.request('PATCH', policies(), { body });
    expect((await patch({ ...key, weight: 100, newPriority: 3 })).status).toBe(204);
    expect((await patch({ ...key, weight: 100, newWeight: 0 })).status).toBe(204);
    // Both at once, without the current priority: the BFF reads it (Attribute needs it).
    expect((await patch({ ...key, weight: 0, newWeight: 100, newPriority: 2 })).status).toBe(204);
    const rows = await listPolicies();
    expect(rows[0]).toMatchObject({ ...key, weight: 100, priority: 2, state: 'published' });
    const wrongPrio = await op.request('DELETE', policies(), {
      body: { ...key, weight: 100, priority: 9 },
    });
    expect(wrongPrio.status).toBe(404);
    const del = await op.request('DELETE', policies(), { body: { ...key, weight: 100 } });
    expect(del.status).toBe(204);
    expect(await listPolicies()).toHaveLength(1);
    const empty = await patch({ ...key, weight: 100 });
    expect(empty.status).toBe(400);
  });

  it('audits every write under the gateway', () => {
    const actions = events.filter((e) => /Vpn(Pbr)?RouteEntry/.test(e.action));
    expect(new Set(actions.map((e) => e.action))).toEqual(
      new Set([
        'CreateVpnRouteEntry',
        'PublishVpnRouteEntry',
        'ModifyVpnRouteEntryWeight',
        'DeleteVpnRouteEntry',
        'CreateVpnPbrRouteEntry',
        'ModifyVpnPbrRouteEntryAttribute',
        'DeleteVpnPbrRouteEntry',
      ]),
    );
    expect(actions.every((e) => e.resourceId === gw)).toBe(true);
  });

  it('lets an auditor read the routes and change nothing', async () => {
    const aud = await h.auditor();
    expect((await aud.get(routes())).status).toBe(200);
    expect((await aud.get(policies())).status).toBe(200);
    const body = { destination: '192.168.12.0/24', nextHop: hop, weight: 100 };
    expect((await aud.request('DELETE', routes(), { body })).status).toBe(403);
    const pbr = { ...body, source: '10.10.3.0/24', newPriority: 1 };
    expect((await aud.request('PATCH', policies(), { body: pbr })).status).toBe(403);
  });
});
