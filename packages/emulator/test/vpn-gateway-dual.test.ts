import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin, fails, ok, signedCall } from './signed-call.ts';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'manual' } });
});
afterAll(() => emu.close());
beforeEach(async () => {
  await admin(emu, 'POST', 'reset');
  await admin(emu, 'PUT', 'timing', { mode: 'manual' });
});

const R = { RegionId: 'cn-hangzhou' };
type Gw = Record<string, unknown> & { Status: string; GatewayType: string };

async function vswitch(name: string, regionId = 'cn-hangzhou') {
  const r = await ok<{ VSwitches: { VSwitch: { VSwitchId: string; VpcId: string }[] } }>(
    emu.url,
    'DescribeVSwitches',
    { RegionId: regionId, VSwitchName: name },
  );
  const vsw = r.VSwitches.VSwitch[0];
  if (!vsw) throw new Error(`no vSwitch ${name}`);
  return vsw;
}
const gateway = (id: string, regionId = 'cn-hangzhou') =>
  ok<Gw>(emu.url, 'DescribeVpnGateway', { RegionId: regionId, VpnGatewayId: id });

describe('DescribeVpnGatewayAvailableZones', () => {
  it('answers a bare array over GET, localised, narrower for the largest spec', async () => {
    const r = await signedCall(
      emu.url,
      'DescribeVpnGatewayAvailableZones',
      { ...R, Spec: '10M' },
      { method: 'GET' },
    );
    expect(r.status).toBe(200);
    const body = r.body as { RegionId: string; AvailableZoneIdList: { ZoneId: string }[] };
    expect(body.AvailableZoneIdList).toHaveLength(7);
    expect(body.AvailableZoneIdList[0]).toEqual({
      ZoneId: 'cn-hangzhou-b',
      ZoneName: 'Hangzhou Zone B',
    });
    const zh = await ok<{ AvailableZoneIdList: { ZoneId: string; ZoneName: string }[] }>(
      emu.url,
      'DescribeVpnGatewayAvailableZones',
      { ...R, Spec: '1000M', AcceptLanguage: 'zh-CN', GatewayType: 'Traditional' },
    );
    expect(zh.AvailableZoneIdList.map((z) => z.ZoneId)).not.toContain('cn-hangzhou-k');
    expect(zh.AvailableZoneIdList[0]?.ZoneName).toBe('杭州 可用区B');
    const bad = await fails(emu.url, 'DescribeVpnGatewayAvailableZones', { ...R, Spec: '10' });
    expect(bad.code).toBe('InvalidParameter.Spec.ValueNotSupported');
  });
});

describe('dual-tunnel CreateVpnGateway', () => {
  it('needs two vSwitches in two zones, and answers both tunnels only for dual gateways', async () => {
    const j = await vswitch('pay-gateway-j');
    const k = await vswitch('pay-app-k');
    const base = { ...R, VpcId: j.VpcId, Bandwidth: 10, InstanceChargeType: 'POSTPAY' };
    const one = await fails(emu.url, 'CreateVpnGateway', { ...base, VSwitchId: j.VSwitchId });
    expect([one.status, one.code]).toEqual([400, 'InvalidVSwitchId.NotFound']);
    const same = await fails(emu.url, 'CreateVpnGateway', {
      ...base,
      VSwitchId: j.VSwitchId,
      DisasterRecoveryVSwitchId: j.VSwitchId,
    });
    expect(same.code).toBe('InvalidDisasterRecoveryVSwitchId.SameZone');
    const big = await fails(emu.url, 'CreateVpnGateway', {
      ...base,
      Bandwidth: 1000,
      VSwitchId: j.VSwitchId,
      DisasterRecoveryVSwitchId: k.VSwitchId,
    });
    expect(big.code).toBe('OperationFailed.ZoneNotSupported');
    const created = await ok<{ VpnGatewayId: string }>(emu.url, 'CreateVpnGateway', {
      ...base,
      EnableSsl: true,
      VSwitchId: j.VSwitchId,
      DisasterRecoveryVSwitchId: k.VSwitchId,
    });
    const dual = await gateway(created.VpnGatewayId);
    expect(dual).toMatchObject({ VSwitchId: j.VSwitchId, DisasterRecoveryVSwitchId: k.VSwitchId });
    expect(dual.DisasterRecoveryInternetIp).toMatch(/^47\.96\./);
    expect(dual.SslVpnInternetIp).toMatch(/^47\.96\./);
    expect(dual.SslVpnInternetIp).not.toBe(dual.InternetIp);

    const legacy = await ok<{ VpnGatewayId: string }>(emu.url, 'CreateVpnGateway', {
      ...base,
      EnableSsl: true,
    });
    const single = await gateway(legacy.VpnGatewayId);
    expect(single).not.toHaveProperty('DisasterRecoveryVSwitchId');
    expect(single).not.toHaveProperty('DisasterRecoveryInternetIp');
    expect(single).not.toHaveProperty('SslVpnInternetIp');
  });
});

describe('DeleteVpnGateway of a subscription', () => {
  it('answers 403 ForbiddenRelease for a seeded prepaid gateway within its term', async () => {
    const list = await ok<{ VpnGateways: { VpnGateway: (Gw & { VpnGatewayId: string })[] } }>(
      emu.url,
      'DescribeVpnGateways',
      { ...R, 'Tag.1.Key': '业务线', 'Tag.1.Value': '支付' },
    );
    const prepaid = list.VpnGateways.VpnGateway[0];
    expect(prepaid?.ChargeType).toBe('Prepay');
    const e = await fails(emu.url, 'DeleteVpnGateway', {
      ...R,
      VpnGatewayId: prepaid?.VpnGatewayId ?? '',
    });
    expect([e.status, e.code]).toEqual([403, 'ForbiddenRelease']);
  });
});

describe('enhanced gateways', () => {
  const SG = { RegionId: 'ap-southeast-1' };
  it('create → active → update → delete, filtered by GatewayType', async () => {
    const a = await vswitch('sg-app-a', 'ap-southeast-1');
    const b = await vswitch('sg-app-b', 'ap-southeast-1');
    const created = await ok<{ VpnGatewayId: string; Name: string; OrderId?: number }>(
      emu.url,
      'CreateEnhancedVpnGateway',
      {
        ...SG,
        VpcId: a.VpcId,
        VSwitchId: a.VSwitchId,
        DisasterRecoveryVSwitchId: b.VSwitchId,
        GatewayType: 'Enhanced.SiteToSite',
        Name: 'edge-s2s',
      },
    );
    expect(created.OrderId).toBeUndefined();
    const id = created.VpnGatewayId;
    expect((await gateway(id, 'ap-southeast-1')).Status).toBe('provisioning');
    await admin(emu, 'POST', 'advance');
    const gw = await gateway(id, 'ap-southeast-1');
    expect(gw).toMatchObject({
      GatewayType: 'Enhanced.SiteToSite',
      SslVpn: 'disable',
      Status: 'active',
    });
    const enhanced = await ok<{ VpnGateways: { VpnGateway: { Name: string }[] } }>(
      emu.url,
      'DescribeVpnGateways',
      { ...SG, GatewayType: 'Enhanced.SiteToSite' },
    );
    expect(enhanced.VpnGateways.VpnGateway.map((g) => g.Name).sort()).toEqual([
      'edge-s2s',
      'sg-sitetosite-vpn',
    ]);
    const updated = await ok<Gw>(emu.url, 'UpdateEnhancedVpnGateway', {
      ...SG,
      VpnGatewayId: id,
      Name: 'edge-s2s-2',
      AutoPropagate: true,
    });
    expect(updated).toMatchObject({ Name: 'edge-s2s-2', Status: 'updating', AutoPropagate: true });
    const busy = await fails(emu.url, 'DeleteEnhancedVpnGateway', { ...SG, VpnGatewayId: id });
    expect(busy.code).toBe('VpnGateway.Configuring');
    await admin(emu, 'POST', 'advance');
    expect((await gateway(id, 'ap-southeast-1')).AutoPropagate).toBe(true);
    await ok(emu.url, 'DeleteEnhancedVpnGateway', { ...SG, VpnGatewayId: id });
    await admin(emu, 'POST', 'advance');
    const gone = await fails(emu.url, 'DescribeVpnGateway', { ...SG, VpnGatewayId: id });
    expect(gone.code).toBe('InvalidVpnGatewayInstanceId.NotFound');
  });

  it('refuses the enhanced actions on a traditional gateway', async () => {
    const list = await ok<{
      VpnGateways: { VpnGateway: { VpnGatewayId: string; Name: string }[] };
    }>(emu.url, 'DescribeVpnGateways', SG);
    const byName = (n: string) =>
      list.VpnGateways.VpnGateway.find((g) => g.Name === n)?.VpnGatewayId ?? '';
    const trad = await fails(emu.url, 'DeleteEnhancedVpnGateway', {
      ...SG,
      VpnGatewayId: byName('sg-partner-vpn'),
    });
    expect(trad.code).toBe('OperationFailed.NotEnhancedVpnGateway');
    // DeleteEnhancedVpnGateway shares DeleteVpnGateway's dependency check (vpn-connection.test.ts);
    // not repeated here, as the connection form accepted by a dual-tunnel gateway is another slice's.
    const busy = await fails(emu.url, 'UpdateEnhancedVpnGateway', {
      ...SG,
      VpnGatewayId: byName('sg-partner-vpn'),
      Name: 'nope',
    });
    expect(busy.code).toBe('OperationFailed.NotEnhancedVpnGateway');
  });
});
