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

interface Gateway {
  VpnGatewayId: string;
  Name: string;
  Description: string;
  Status: string;
  Spec: string;
  VpcId: string;
  VSwitchId: string;
  InternetIp: string;
  IpsecVpn: string;
  SslVpn: string;
  SslMaxConnections: number;
  ChargeType: string;
  CreateTime: number;
  EndTime: number;
  Tag: string;
  Tags: { Tag: { Key: string; Value: string }[] };
}
interface Gateways {
  TotalCount: number;
  PageSize: number;
  VpnGateways: { VpnGateway: Gateway[] };
}

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

async function createGateway(extra: Record<string, string | number | boolean> = {}) {
  const vsw = await vswitch('default-vsw-h');
  const r = await ok<{ VpnGatewayId: string; Name: string; OrderId: number }>(
    emu.url,
    'CreateVpnGateway',
    { ...R, VpcId: vsw.VpcId, Bandwidth: 10, Name: 'test-vpn', ...extra },
  );
  return { id: r.VpnGatewayId, vsw, created: r };
}

const gateway = (id: string) =>
  ok<Gateway>(emu.url, 'DescribeVpnGateway', { ...R, VpnGatewayId: id });

describe('VPN gateways', () => {
  it('create → provisioning → active → list → rename → delete → gone', async () => {
    const { id, vsw, created } = await createGateway({
      EnableSsl: true,
      SslConnections: 20,
      InstanceChargeType: 'postpay',
    });
    expect(id).toMatch(/^vpn-bp1[a-z0-9]{18}$/);
    expect(created.Name).toBe('test-vpn');
    expect(created.OrderId).toBeGreaterThan(0);
    const fresh = await gateway(id);
    expect(fresh).toMatchObject({
      Status: 'provisioning',
      VpcId: vsw.VpcId,
      VSwitchId: vsw.VSwitchId,
      Spec: '10M',
      IpsecVpn: 'enable',
      SslVpn: 'enable',
      SslMaxConnections: 20,
      ChargeType: 'POSTPAY',
      EndTime: 0,
    });
    expect(fresh.InternetIp).toMatch(/^47\.96\.\d+\.\d+$/);
    expect(typeof fresh.CreateTime).toBe('number');
    expect(JSON.parse(fresh.Tag)).toHaveProperty('VpnVersion');
    await admin(emu, 'POST', 'advance');
    expect((await gateway(id)).Status).toBe('active');

    const list = await ok<Gateways>(emu.url, 'DescribeVpnGateways', { ...R, VpcId: vsw.VpcId });
    expect(list.VpnGateways.VpnGateway.map((g) => g.VpnGatewayId)).toEqual([id]);
    const active = await ok<Gateways>(emu.url, 'DescribeVpnGateways', { ...R, Status: 'active' });
    expect(active.TotalCount).toBe(3);
    const page = await ok<Gateways>(emu.url, 'DescribeVpnGateways', {
      ...R,
      PageSize: 2,
      PageNumber: 2,
    });
    expect([page.TotalCount, page.PageSize, page.VpnGateways.VpnGateway.length]).toEqual([3, 2, 1]);

    const renamed = await ok<Gateway & { IntranetIp: string }>(
      emu.url,
      'ModifyVpnGatewayAttribute',
      {
        ...R,
        VpnGatewayId: id,
        Name: '办公网VPN',
        Description: 'branch access',
      },
    );
    expect(renamed).toMatchObject({
      Name: '办公网VPN',
      Description: 'branch access',
      Status: 'active',
    });
    expect(renamed.IntranetIp).toMatch(/^172\.16\./);

    await ok(emu.url, 'DeleteVpnGateway', { ...R, VpnGatewayId: id });
    expect((await gateway(id)).Status).toBe('deleting');
    const again = await fails(emu.url, 'DeleteVpnGateway', { ...R, VpnGatewayId: id });
    expect(again.code).toBe('IncorrectStatus.VpnGateway');
    await admin(emu, 'POST', 'advance');
    const gone = await fails(emu.url, 'DescribeVpnGateway', { ...R, VpnGatewayId: id });
    expect([gone.status, gone.code]).toEqual([404, 'InvalidVpnGatewayInstanceId.NotFound']);
  });

  it('refuses changes while provisioning or updating with VpnGateway.Configuring', async () => {
    const { id } = await createGateway();
    const del = await fails(emu.url, 'DeleteVpnGateway', { ...R, VpnGatewayId: id });
    expect([del.status, del.code]).toEqual([400, 'VpnGateway.Configuring']);
    await admin(emu, 'POST', 'advance');
    const modified = await ok<Gateway>(emu.url, 'ModifyVpnGatewayAttribute', {
      ...R,
      VpnGatewayId: id,
      AutoPropagate: true,
    });
    expect(modified.Status).toBe('updating');
    const busy = await fails(emu.url, 'ModifyVpnGatewayAttribute', {
      ...R,
      VpnGatewayId: id,
      Name: 'x-y',
    });
    expect(busy.code).toBe('VpnGateway.Configuring');
    await admin(emu, 'POST', 'advance');
    const done = await ok<Gateway & { AutoPropagate: boolean }>(emu.url, 'DescribeVpnGateway', {
      ...R,
      VpnGatewayId: id,
    });
    expect([done.Status, done.AutoPropagate]).toEqual(['active', true]);
  });

  it('validates Bandwidth, SslConnections, VSwitchId, Name, Description and the Status filter', async () => {
    const vsw = await vswitch('default-vsw-h');
    const other = await vswitch('prod-app-h');
    const base = { ...R, VpcId: vsw.VpcId, Bandwidth: 10 };
    const cases: [Record<string, string | number>, string][] = [
      [{ Bandwidth: 15 }, 'InvalidParameter.Bandwidth.ValueNotSupported'],
      [{ SslConnections: 7 }, 'InvalidParameter.SslConnections.ValueNotSupported'],
      [{ VSwitchId: other.VSwitchId }, 'OperationFailed.VswNotBelongToVpc'],
      [{ VSwitchId: 'vsw-nope' }, 'InvalidVSwitchId.NotFound'],
      [{ VpcId: 'vpc-nope' }, 'InvalidVpcId.NotFound'],
      [{ Name: '1-starts-with-digit' }, 'InvalidName'],
      [{ InstanceChargeType: 'PREPAY', Period: 10 }, 'InvalidParameter.Period.ValueNotSupported'],
      [{ NetworkType: 'private', Bandwidth: 10 }, 'InvalidParameter.Bandwidth.ValueNotSupported'],
    ];
    for (const [extra, code] of cases) {
      const e = await fails(emu.url, 'CreateVpnGateway', { ...base, ...extra });
      expect(e.code, JSON.stringify(extra)).toBe(code);
    }
    const missing = await fails(emu.url, 'CreateVpnGateway', { ...R, Bandwidth: 10 });
    expect(missing.code).toBe('MissingVpcId');
    const sg = await vswitch('sg-app-a', 'ap-southeast-1');
    const intl = { RegionId: 'ap-southeast-1', VpcId: sg.VpcId };
    // 5 Mbit/s exists on the China site only (REFERENCE §3.4).
    expect((await fails(emu.url, 'CreateVpnGateway', { ...intl, Bandwidth: 5 })).code).toBe(
      'InvalidParameter.Bandwidth.ValueNotSupported',
    );
    const national = await fails(emu.url, 'CreateVpnGateway', {
      ...intl,
      Bandwidth: 10,
      VpnType: 'NationalStandard',
    });
    expect(national.code).toBe('InvalidParameter.VpnType.ValueNotSupported');
    const seeded = await ok<Gateways>(emu.url, 'DescribeVpnGateways', R);
    const first = seeded.VpnGateways.VpnGateway[0]?.VpnGatewayId ?? '';
    const desc = await fails(emu.url, 'ModifyVpnGatewayAttribute', {
      ...R,
      VpnGatewayId: first,
      Description: 'https://example.com',
    });
    expect(desc.code).toBe('InvalidDescription');
    const upper = await fails(emu.url, 'DescribeVpnGateways', { ...R, Status: 'Active' });
    expect(upper.code).toBe('InvalidParameter.Status.ValueNotSupported');
  });

  it('defaults to PREPAY (1 month) on the China site and POSTPAY elsewhere', async () => {
    const { id } = await createGateway();
    const gw = await gateway(id);
    expect(gw.ChargeType).toBe('Prepay');
    const days = (gw.EndTime - gw.CreateTime) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(28);
    expect(days).toBeLessThanOrEqual(31);
    const sg = await vswitch('sg-app-b', 'ap-southeast-1');
    const intl = await ok<{ VpnGatewayId: string }>(emu.url, 'CreateVpnGateway', {
      RegionId: 'ap-southeast-1',
      VpcId: sg.VpcId,
      Bandwidth: 10,
    });
    const sgGw = await ok<Gateway>(emu.url, 'DescribeVpnGateway', {
      RegionId: 'ap-southeast-1',
      VpnGatewayId: intl.VpnGatewayId,
    });
    expect([sgGw.ChargeType, sgGw.EndTime]).toEqual(['POSTPAY', 0]);
  });

  it('bills PREPAY with an EndTime Period months later and answers ChargeType Prepay', async () => {
    const { id } = await createGateway({ InstanceChargeType: 'PREPAY', Period: 3, AutoPay: true });
    const gw = await gateway(id);
    expect(gw.ChargeType).toBe('Prepay');
    const months = (gw.EndTime - gw.CreateTime) / 86_400_000;
    expect(months).toBeGreaterThanOrEqual(89);
    expect(months).toBeLessThanOrEqual(92);
  });

  it('is seeded in every demo region with user tags, filterable by Tag', async () => {
    for (const regionId of [
      'cn-hangzhou',
      'cn-shanghai',
      'cn-beijing',
      'ap-southeast-1',
      'eu-central-1',
      'us-west-1',
    ]) {
      const r = await ok<Gateways>(emu.url, 'DescribeVpnGateways', { RegionId: regionId });
      expect(r.TotalCount, regionId).toBeGreaterThan(0);
      expect(r.VpnGateways.VpnGateway.every((g) => g.Status === 'active')).toBe(true);
    }
    const tagged = await ok<Gateways>(emu.url, 'DescribeVpnGateways', {
      ...R,
      'Tag.1.Key': '业务线',
      'Tag.1.Value': '支付',
    });
    expect(tagged.VpnGateways.VpnGateway.map((g) => g.Name)).toEqual(['支付专线备份VPN']);
    expect(tagged.VpnGateways.VpnGateway[0]?.ChargeType).toBe('Prepay');
  });

  it('renders XML with the VpnGateways/VpnGateway wrapper, also for one item', async () => {
    const r = await signedCall(
      emu.url,
      'DescribeVpnGateways',
      { ...R, PageSize: 1 },
      { format: 'XML' },
    );
    expect(r.status).toBe(200);
    expect(r.text).toContain('<DescribeVpnGatewaysResponse><RequestId>');
    expect(r.text).toMatch(/<VpnGateways><VpnGateway><VpnGatewayId>vpn-/);
    expect(r.text).toMatch(/<Tags><Tag><Key>[^<]+<\/Key><Value>/);
  });

  it('is taggable with TagResources under a case-insensitive ResourceType', async () => {
    const { id } = await createGateway();
    await ok(emu.url, 'TagResources', {
      ...R,
      ResourceType: 'VpnGateWay',
      'ResourceId.1': id,
      'Tag.1.Key': 'owner',
      'Tag.1.Value': 'netops',
    });
    const r = await ok<Gateways>(emu.url, 'DescribeVpnGateways', { ...R, 'Tag.1.Key': 'owner' });
    expect(r.VpnGateways.VpnGateway.map((g) => g.VpnGatewayId)).toEqual([id]);
    expect(r.VpnGateways.VpnGateway[0]?.Tags.Tag).toEqual([{ Key: 'owner', Value: 'netops' }]);
  });
});

describe('VPN gateways and the framework', () => {
  it('replays CreateVpnGateway for the same ClientToken and refuses other params', async () => {
    const vsw = await vswitch('default-vsw-h');
    const params = { ...R, VpcId: vsw.VpcId, Bandwidth: 10, ClientToken: 'vpn-token-1' };
    const first = await ok<{ VpnGatewayId: string }>(emu.url, 'CreateVpnGateway', params);
    const again = await ok<{ VpnGatewayId: string }>(emu.url, 'CreateVpnGateway', params);
    expect(again.VpnGatewayId).toBe(first.VpnGatewayId);
    const other = await fails(emu.url, 'CreateVpnGateway', { ...params, Bandwidth: 20 });
    expect(other.code).toBe('IdempotentParameterMismatch');
    const list = await ok<Gateways>(emu.url, 'DescribeVpnGateways', { ...R, VpcId: vsw.VpcId });
    expect(list.TotalCount).toBe(1);
  });

  it('goes active by itself in timed mode', async () => {
    await admin(emu, 'PUT', 'timing', { mode: 'timed', durationsMs: { vpn: 300 } });
    const { id } = await createGateway();
    expect((await gateway(id)).Status).toBe('provisioning');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await gateway(id)).Status).toBe('active');
  });

  it('keeps a pending connection transition across snapshot and restore', async () => {
    const { id } = await createGateway();
    await admin(emu, 'POST', 'advance');
    const cgw = await ok<{ CustomerGatewayId: string }>(emu.url, 'CreateCustomerGateway', {
      ...R,
      IpAddress: '203.0.113.250',
    });
    const conn = await ok<{ VpnConnectionId: string }>(emu.url, 'CreateVpnConnection', {
      ...R,
      VpnGatewayId: id,
      CustomerGatewayId: cgw.CustomerGatewayId,
      LocalSubnet: '172.16.0.0/20',
      RemoteSubnet: '10.0.0.0/8',
      EffectImmediately: true,
    });
    const snapshot = await admin(emu, 'GET', 'state');
    await admin(emu, 'POST', 'reset');
    await admin(emu, 'PUT', 'state', snapshot);
    expect((await gateway(id)).Status).toBe('updating');
    await admin(emu, 'POST', 'advance');
    const c = await ok<{ Status: string; State: string }>(emu.url, 'DescribeVpnConnection', {
      ...R,
      VpnConnectionId: conn.VpnConnectionId,
    });
    expect([c.Status, c.State]).toEqual(['ipsec_sa_established', 'active']);
  });
});
