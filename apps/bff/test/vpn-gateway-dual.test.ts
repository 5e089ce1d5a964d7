import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  vpcListSchema,
  vpnGatewayPageSchema,
  vpnGatewaySchema,
  vpnGatewayZoneListSchema,
  vSwitchListSchema,
} from '@gc/contracts';
import { startHarness, type Agent, type Harness } from './harness.ts';

// Dual-tunnel and enhanced gateways through the BFF, against the real emulator (issue 12).
const HZ = '/api/regions/cn-hangzhou';
const SG = '/api/regions/ap-southeast-1';
let h: Harness;
let op: Agent;

beforeAll(async () => {
  h = await startHarness();
  op = await h.operator();
});
afterAll(() => h.close());

const errorOf = (body: unknown) => errorBodySchema.parse(body).error;

/** The VPC called `vpcName` and its vSwitches by name. */
async function vpcWith(region: string, vpcName: string) {
  const vpc = vpcListSchema
    .parse((await op.get(`${region}/vpcs`)).body)
    .items.find((v) => v.name === vpcName);
  const vsws = vSwitchListSchema.parse((await op.get(`${region}/vpcs/${vpc?.id}/vswitches`)).body);
  const vsw = (name: string) => vsws.items.find((s) => s.name === name)?.id ?? '';
  return { vpcId: vpc?.id ?? '', vsw };
}

describe('available zones', () => {
  it('answers the zones of a spec, not captured by /vpn-gateways/{id}', async () => {
    const res = await op.get(`${HZ}/vpn-gateways/available-zones?spec=1000M&lang=zh`);
    expect(res.status).toBe(200);
    const zones = vpnGatewayZoneListSchema.parse(res.body).items;
    expect(zones.map((z) => z.zoneId)).not.toContain('cn-hangzhou-k');
    expect(zones[0]).toEqual({ zoneId: 'cn-hangzhou-b', zoneName: '杭州 可用区B' });
    const bad = await op.get(`${HZ}/vpn-gateways/available-zones?spec=7M`);
    expect(bad.status).toBe(400);
    expect(errorOf(bad.body).fields?.map((f) => f.path)).toEqual(['spec']);
    const auditor = await h.auditor();
    expect((await auditor.get(`${HZ}/vpn-gateways/available-zones?spec=10M`)).status).toBe(200);
  });
});

describe('dual-tunnel create', () => {
  it('puts the missing and same-zone second vSwitch on its field, then creates a dual gateway', async () => {
    const { vpcId, vsw } = await vpcWith(HZ, '支付系统VPC');
    const base = { vpcId, name: 'dual-bff', bandwidth: 10, vSwitchId: vsw('pay-gateway-j') };
    const one = await op.request('POST', `${HZ}/vpn-gateways`, {
      body: base,
      idempotencyKey: 'dual-bff-1',
    });
    expect(one.status).toBe(400);
    expect(errorOf(one.body)).toMatchObject({ code: 'InvalidVSwitchId.NotFound' });
    expect(errorOf(one.body).fields?.map((f) => f.path)).toEqual(['disasterRecoveryVSwitchId']);
    const same = await op.request('POST', `${HZ}/vpn-gateways`, {
      body: { ...base, disasterRecoveryVSwitchId: vsw('pay-gateway-j') },
      idempotencyKey: 'dual-bff-2',
    });
    expect(errorOf(same.body).fields?.map((f) => f.path)).toEqual(['disasterRecoveryVSwitchId']);
    const created = await op.request('POST', `${HZ}/vpn-gateways`, {
      body: { ...base, enableSsl: true, disasterRecoveryVSwitchId: vsw('pay-app-k') },
      idempotencyKey: 'dual-bff-3',
    });
    expect(created.status).toBe(201);
    const gw = vpnGatewaySchema.parse(created.body);
    expect(gw).toMatchObject({
      tunnelMode: 'dual',
      gatewayType: 'Traditional',
      disasterRecoveryVSwitchId: vsw('pay-app-k'),
    });
    expect(gw.disasterRecoveryInternetIp).not.toBe('');
    expect(gw.sslVpnInternetIp).not.toBe(gw.internetIp);
    expect((await op.request('DELETE', `${HZ}/vpn-gateways/${gw.id}`)).status).toBe(204);
  });

  it('lists older single-tunnel gateways beside dual ones', async () => {
    const page = vpnGatewayPageSchema.parse((await op.get(`${HZ}/vpn-gateways`)).body);
    const modes = Object.fromEntries(page.items.map((g) => [g.name, g.tunnelMode]));
    expect(modes).toMatchObject({ 'hz-office-vpn': 'single', 支付专线备份VPN: 'dual' });
  });
});

describe('ForbiddenRelease', () => {
  it('answers 403 with the code and a way out for a subscription within its term', async () => {
    const page = vpnGatewayPageSchema.parse((await op.get(`${HZ}/vpn-gateways?q=支付`)).body);
    const prepaid = page.items.find((g) => g.name === '支付专线备份VPN');
    const res = await op.request('DELETE', `${HZ}/vpn-gateways/${prepaid?.id}`);
    expect(res.status).toBe(403);
    const error = errorOf(res.body);
    expect(error.code).toBe('ForbiddenRelease');
    expect(error.message).toContain('wait until it expires');
    expect(error.requestId).toBeTruthy();
  });
});

describe('enhanced gateways', () => {
  it('creates, renames and deletes one with the enhanced actions', async () => {
    const { vpcId, vsw } = await vpcWith(SG, 'sg-prod-vpc');
    const body = {
      vpcId,
      name: 'bff-s2s',
      bandwidth: 10,
      gatewayType: 'Enhanced.SiteToSite',
      vSwitchId: vsw('sg-app-a'),
      disasterRecoveryVSwitchId: vsw('sg-app-b'),
      description: 'edge link',
    };
    const missing = await op.request('POST', `${SG}/vpn-gateways`, {
      body: { ...body, disasterRecoveryVSwitchId: undefined },
      idempotencyKey: 's2s-create-0',
    });
    expect(errorOf(missing.body).fields?.map((f) => f.path)).toEqual(['disasterRecoveryVSwitchId']);
    const res = await op.request('POST', `${SG}/vpn-gateways`, {
      body,
      idempotencyKey: 's2s-create-1',
    });
    expect(res.status).toBe(201);
    const gw = vpnGatewaySchema.parse(res.body);
    expect(gw).toMatchObject({ gatewayType: 'Enhanced.SiteToSite', tunnelMode: 'dual' });
    const renamed = await op.request('PATCH', `${SG}/vpn-gateways/${gw.id}`, {
      body: { name: 'bff-s2s-2' },
    });
    expect(vpnGatewaySchema.parse(renamed.body).name).toBe('bff-s2s-2');
    expect((await op.request('DELETE', `${SG}/vpn-gateways/${gw.id}`)).status).toBe(204);
    expect((await op.get(`${SG}/vpn-gateways/${gw.id}`)).status).toBe(404);
  });
});
