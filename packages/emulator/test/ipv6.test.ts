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

interface Gw {
  Ipv6GatewayId: string;
  Name: string;
  Description: string;
  Status: string;
  VpcId: string;
  CreationTime: string;
  OwnerId?: number;
  Tags: { Tag: { Key: string; Value: string }[] };
}
interface Gws {
  TotalCount: number;
  Ipv6Gateways: { Ipv6Gateway: Gw[] };
}
interface Addr {
  Ipv6AddressId: string;
  Ipv6Address: string;
  VpcId: string;
  VSwitchId: string;
  Ipv6GatewayId: string;
  AssociatedInstanceId: string;
  NetworkType: string;
  RealBandwidth: number;
  Ipv6InternetBandwidth?: {
    Ipv6InternetBandwidthId: string;
    Bandwidth: number;
    InternetChargeType: string;
  };
}
interface Addrs {
  TotalCount: number;
  Ipv6Addresses: { Ipv6Address: Addr[] };
}

async function vpcId(name: string, regionId = 'cn-hangzhou'): Promise<string> {
  const r = await ok<{ Vpcs: { Vpc: { VpcId: string; EnabledIpv6: boolean }[] } }>(
    emu.url,
    'DescribeVpcs',
    {
      RegionId: regionId,
      VpcName: name,
    },
  );
  return r.Vpcs.Vpc[0]?.VpcId ?? '';
}

const attribute = (id: string) =>
  ok<Gw>(emu.url, 'DescribeIpv6GatewayAttribute', { ...R, Ipv6GatewayId: id });
const addresses = (filter: Record<string, string>) =>
  ok<Addrs>(emu.url, 'DescribeIpv6Addresses', { ...R, ...filter });

describe('IPv6 gateways', () => {
  it('create → Pending → Available → list → rename → delete → gone', async () => {
    const vpc = await vpcId('支付系统VPC');
    const created = await ok<{ Ipv6GatewayId: string; ResourceGroupId: string }>(
      emu.url,
      'CreateIpv6Gateway',
      {
        ...R,
        VpcId: vpc,
        Name: 'pay-ipv6',
        Description: '支付 IPv6',
        'Tag.1.Key': 'env',
        'Tag.1.Value': 'prod',
      },
    );
    const id = created.Ipv6GatewayId;
    expect(id).toMatch(/^ipv6gw-bp1/);
    expect((await attribute(id)).Status).toBe('Pending');
    const conflict = await fails(emu.url, 'CreateIpv6Gateway', { ...R, VpcId: vpc });
    expect(conflict.code).toBe('OperationConflict');
    const busy = await fails(emu.url, 'DeleteIpv6Gateway', { ...R, Ipv6GatewayId: id });
    expect(busy.code).toBe('IncorrectStatus.Ipv6Gateway');
    await admin(emu, 'POST', 'advance');
    const ready = await attribute(id);
    expect(ready).toMatchObject({
      Status: 'Available',
      VpcId: vpc,
      Name: 'pay-ipv6',
      Description: '支付 IPv6',
    });
    expect(ready.CreationTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    // `Tags.N` (plural) is the filter of DescribeIpv6Gateways (REFERENCE §3.5).
    const tagged = await ok<Gws>(emu.url, 'DescribeIpv6Gateways', {
      ...R,
      'Tags.1.Key': 'env',
      'Tags.1.Value': 'prod',
    });
    expect(tagged.Ipv6Gateways.Ipv6Gateway.map((g) => g.Ipv6GatewayId).sort()).toContain(id);
    const byVpc = await ok<Gws>(emu.url, 'DescribeIpv6Gateways', { ...R, VpcId: vpc });
    expect(byVpc.Ipv6Gateways.Ipv6Gateway.map((g) => g.Ipv6GatewayId)).toEqual([id]);
    expect(byVpc.Ipv6Gateways.Ipv6Gateway[0]?.OwnerId).toBeGreaterThan(0);

    await ok(emu.url, 'ModifyIpv6GatewayAttribute', {
      ...R,
      Ipv6GatewayId: id,
      Name: 'pay-ipv6-gw',
      Description: '',
    });
    expect(await attribute(id)).toMatchObject({
      Name: 'pay-ipv6-gw',
      Description: '',
      Status: 'Available',
    });

    const second = await fails(emu.url, 'CreateIpv6Gateway', { ...R, VpcId: vpc });
    expect([second.status, second.code]).toEqual([400, 'QuotaExceeded.Ipv6Gateway']);
    expect(second.message).toContain(id);

    await ok(emu.url, 'DeleteIpv6Gateway', { ...R, Ipv6GatewayId: id });
    expect((await attribute(id)).Status).toBe('Deleting');
    await admin(emu, 'POST', 'advance');
    // Unknown id: 200 with an empty Status, as tf expects (REFERENCE §3.5, §5.6).
    const gone = await signedCall(emu.url, 'DescribeIpv6GatewayAttribute', {
      ...R,
      Ipv6GatewayId: id,
    });
    expect([gone.status, gone.body.Status, gone.body.Ipv6GatewayId]).toEqual([200, '', '']);
    const modifyGone = await fails(emu.url, 'ModifyIpv6GatewayAttribute', {
      ...R,
      Ipv6GatewayId: id,
      Name: 'x',
    });
    expect([modifyGone.status, modifyGone.code]).toEqual([404, 'InvalidIpv6GatewayId.NotFound']);
  });

  it('refuses VPCs without IPv6, unknown VPCs, bad names, and answers DryRun', async () => {
    const cases: [Record<string, string | boolean>, string][] = [
      [{ VpcId: await vpcId('default-vpc') }, 'OperationFailed.VpcIpv6NotEnabled'],
      [{ VpcId: 'vpc-nope' }, 'InvalidVpcId.NotFound'],
      [
        { VpcId: await vpcId('支付系统VPC'), Name: 'https://gw' },
        'InvalidParameter.Name.Malformed',
      ],
      [
        { VpcId: await vpcId('支付系统VPC'), Description: 'd'.repeat(257) },
        'InvalidParameter.Description.Malformed',
      ],
      [{ VpcId: await vpcId('支付系统VPC'), DryRun: true }, 'DryRunOperation'],
      [{ VpcId: await vpcId('prod-core-vpc') }, 'QuotaExceeded.Ipv6Gateway'],
    ];
    for (const [extra, code] of cases) {
      const e = await fails(emu.url, 'CreateIpv6Gateway', { ...R, ...extra });
      expect(e.code, JSON.stringify(extra)).toBe(code);
    }
    expect((await fails(emu.url, 'CreateIpv6Gateway', R)).code).toBe('MissingVpcId');
  });

  it('seeds a VPC with and an IPv6-enabled VPC without a gateway in each main region', async () => {
    for (const [regionId, withGw, without] of [
      ['cn-hangzhou', 'prod-core-vpc', '支付系统VPC'],
      ['cn-shanghai', 'prod-shanghai-vpc', 'staging-vpc'],
      ['cn-beijing', '数据平台VPC', 'office-link-vpc'],
    ] as const) {
      const gws = await ok<Gws>(emu.url, 'DescribeIpv6Gateways', { RegionId: regionId });
      const vpcs = gws.Ipv6Gateways.Ipv6Gateway.map((g) => g.VpcId);
      expect(vpcs).toContain(await vpcId(withGw, regionId));
      expect(vpcs).not.toContain(await vpcId(without, regionId));
      const enabled = await ok<{ Vpcs: { Vpc: { VpcName: string }[] } }>(emu.url, 'DescribeVpcs', {
        RegionId: regionId,
        EnableIpv6: true,
      });
      expect(enabled.Vpcs.Vpc.map((v) => v.VpcName)).toEqual(
        expect.arrayContaining([withGw, without]),
      );
    }
    const vsw = await ok<{
      VSwitches: { VSwitch: { Ipv6CidrBlock: string; EnabledIpv6: boolean }[] };
    }>(emu.url, 'DescribeVSwitches', { ...R, VSwitchName: 'prod-app-i' });
    expect(vsw.VSwitches.VSwitch[0]).toMatchObject({
      EnabledIpv6: true,
      Ipv6CidrBlock: '2408:4005:3a3:e902::/64',
    });
  });
});

describe('IPv6 addresses and internet bandwidth', () => {
  it('filters addresses by VPC, vSwitch, gateway, id, bandwidth id and instance', async () => {
    const vpc = await vpcId('prod-core-vpc');
    const all = await addresses({ VpcId: vpc });
    expect(all.TotalCount).toBe(4);
    const first = all.Ipv6Addresses.Ipv6Address[0];
    if (!first) throw new Error('no seeded address');
    expect(first.Ipv6Address).toMatch(/^2408:4005:3a3:e901:/);
    expect(first.Ipv6GatewayId).toMatch(/^ipv6gw-/);
    expect(first.NetworkType).toBe('Public');
    expect(first.Ipv6InternetBandwidth).toMatchObject({
      Bandwidth: 10,
      InternetChargeType: 'PayByBandwidth',
    });
    const bwId = first.Ipv6InternetBandwidth?.Ipv6InternetBandwidthId ?? '';
    expect((await addresses({ Ipv6InternetBandwidthId: bwId })).TotalCount).toBe(1);
    expect((await addresses({ Ipv6GatewayId: first.Ipv6GatewayId })).TotalCount).toBe(4);
    expect((await addresses({ VSwitchId: first.VSwitchId })).TotalCount).toBe(2);
    expect((await addresses({ AssociatedInstanceId: first.AssociatedInstanceId })).TotalCount).toBe(
      1,
    );
    const two = all.Ipv6Addresses.Ipv6Address.slice(0, 2).map((a) => a.Ipv6AddressId);
    expect((await addresses({ Ipv6AddressId: two.join(',') })).TotalCount).toBe(2);
    expect((await addresses({ VpcId: vpc, NetworkType: 'Private' })).TotalCount).toBe(2);
    const page = await addresses({ PageSize: '3', PageNumber: '2' });
    expect(page.Ipv6Addresses.Ipv6Address).toHaveLength(3);
    const xml = await signedCall(
      emu.url,
      'DescribeIpv6Addresses',
      { ...R, Ipv6InternetBandwidthId: bwId },
      { format: 'XML' },
    );
    expect(xml.text).toMatch(/<Ipv6Addresses><Ipv6Address><Ipv6AddressId>ipv6-/);
    expect(xml.text).toContain(`<Ipv6InternetBandwidth><Ipv6InternetBandwidthId>${bwId}<`);
  });

  it('allocates, modifies and deletes bandwidth; guards the gateway delete', async () => {
    const vpc = await vpcId('prod-core-vpc');
    const addrs = await addresses({ VpcId: vpc, NetworkType: 'Private' });
    const addr = addrs.Ipv6Addresses.Ipv6Address[0];
    if (!addr) throw new Error('no private address');
    const gwId = addr.Ipv6GatewayId;
    const alloc = await ok<{ InternetBandwidthId: string; Ipv6AddressId: string }>(
      emu.url,
      'AllocateIpv6InternetBandwidth',
      {
        ...R,
        Ipv6AddressId: addr.Ipv6AddressId,
        Ipv6GatewayId: gwId,
        Bandwidth: 200,
        InternetChargeType: 'PayByTraffic',
      },
    );
    expect(alloc.InternetBandwidthId).toMatch(/^ipv6bw-/);
    expect(alloc.Ipv6AddressId).toBe(addr.Ipv6AddressId);
    const pub = (await addresses({ Ipv6AddressId: addr.Ipv6AddressId })).Ipv6Addresses
      .Ipv6Address[0];
    expect(pub).toMatchObject({ NetworkType: 'Public', RealBandwidth: 200 });
    const twice = await fails(emu.url, 'AllocateIpv6InternetBandwidth', {
      ...R,
      Ipv6AddressId: addr.Ipv6AddressId,
      Bandwidth: 5,
    });
    expect(twice.code).toBe('OperationFailed.InternetBandwidthAlreadyExisted');

    await ok(emu.url, 'ModifyIpv6InternetBandwidth', {
      ...R,
      Ipv6InternetBandwidthId: alloc.InternetBandwidthId,
      Bandwidth: 500,
    });
    await ok(emu.url, 'ModifyIpv6InternetBandwidth', {
      ...R,
      Ipv6AddressId: addr.Ipv6AddressId,
      Bandwidth: 600,
    });
    const modified = (await addresses({ Ipv6AddressId: addr.Ipv6AddressId })).Ipv6Addresses
      .Ipv6Address[0];
    expect(modified?.Ipv6InternetBandwidth?.Bandwidth).toBe(600);
    const tooBig = await fails(emu.url, 'ModifyIpv6InternetBandwidth', {
      ...R,
      Ipv6AddressId: addr.Ipv6AddressId,
      Bandwidth: 1500,
    });
    expect(tooBig.code).toBe('InvalidParameter.Bandwidth.Malformed');

    const guarded = await fails(emu.url, 'DeleteIpv6Gateway', { ...R, Ipv6GatewayId: gwId });
    expect([guarded.status, guarded.code]).toEqual([
      400,
      'DependencyViolation.Ipv6InternetBandwidth',
    ]);
    // Release every bandwidth of the VPC (two seeded + ours), by either id.
    const withBw = (await addresses({ VpcId: vpc, NetworkType: 'Public' })).Ipv6Addresses
      .Ipv6Address;
    expect(withBw).toHaveLength(3);
    for (const [i, a] of withBw.entries()) {
      const target: Record<string, string> =
        i % 2 === 0
          ? { Ipv6AddressId: a.Ipv6AddressId }
          : { Ipv6InternetBandwidthId: a.Ipv6InternetBandwidth?.Ipv6InternetBandwidthId ?? '' };
      await ok(emu.url, 'DeleteIpv6InternetBandwidth', { ...R, ...target });
    }
    expect((await addresses({ VpcId: vpc, NetworkType: 'Public' })).TotalCount).toBe(0);
    const dry = await fails(emu.url, 'DeleteIpv6Gateway', {
      ...R,
      Ipv6GatewayId: gwId,
      DryRun: true,
    });
    expect(dry.code).toBe('DryRunOperation');
    await ok(emu.url, 'DeleteIpv6Gateway', { ...R, Ipv6GatewayId: gwId });
    await admin(emu, 'POST', 'advance');
    expect(
      (await addresses({ VpcId: vpc })).Ipv6Addresses.Ipv6Address.every(
        (a) => a.Ipv6GatewayId === '',
      ),
    ).toBe(true);
  });

  it('answers the bandwidth error codes', async () => {
    const noGw = (await addresses({ VpcId: await vpcId('支付系统VPC') })).Ipv6Addresses
      .Ipv6Address[0];
    const withGw = (
      await addresses({ VpcId: await vpcId('prod-core-vpc'), NetworkType: 'Private' })
    ).Ipv6Addresses.Ipv6Address[0];
    if (!noGw || !withGw) throw new Error('seed changed');
    const cases: [string, Record<string, string | number>, string][] = [
      [
        'AllocateIpv6InternetBandwidth',
        { Ipv6AddressId: noGw.Ipv6AddressId, Bandwidth: 5 },
        'OperationFailed.Ipv6GatewayNotExist',
      ],
      [
        'AllocateIpv6InternetBandwidth',
        { Ipv6AddressId: withGw.Ipv6AddressId, Bandwidth: 5, Ipv6GatewayId: 'ipv6gw-other' },
        'OperationFailed.Ipv6GatewayNotExist',
      ],
      [
        'AllocateIpv6InternetBandwidth',
        { Ipv6AddressId: 'ipv6-nope', Bandwidth: 5 },
        'ResourceNotFound.Ipv6Address',
      ],
      [
        'AllocateIpv6InternetBandwidth',
        { Ipv6AddressId: withGw.Ipv6AddressId, Bandwidth: 2001 },
        'IllegalParam.Bandwidth',
      ],
      [
        'AllocateIpv6InternetBandwidth',
        {
          Ipv6AddressId: withGw.Ipv6AddressId,
          Bandwidth: 1001,
          InternetChargeType: 'PayByTraffic',
        },
        'IllegalParam.Bandwidth',
      ],
      [
        'AllocateIpv6InternetBandwidth',
        { Ipv6AddressId: withGw.Ipv6AddressId, Bandwidth: 5, InternetChargeType: 'PayByLcu' },
        'InvalidParameter.InternetChargeType.ValueNotSupported',
      ],
      [
        'AllocateIpv6InternetBandwidth',
        { Ipv6AddressId: withGw.Ipv6AddressId },
        'MissingBandwidth',
      ],
      ['DeleteIpv6InternetBandwidth', {}, 'BothEmptyParam.Ipv6AddressIdAndIpv6InternetBandwidthId'],
      [
        'DeleteIpv6InternetBandwidth',
        { Ipv6InternetBandwidthId: 'ipv6bw-nope' },
        'InvalidIpv6InternetBandwidthId.NotFound',
      ],
      [
        'DeleteIpv6InternetBandwidth',
        { Ipv6AddressId: withGw.Ipv6AddressId },
        'InvalidIpv6InternetBandwidthId.NotFound',
      ],
      [
        'ModifyIpv6InternetBandwidth',
        { Bandwidth: 5 },
        'BothEmptyParam.Ipv6AddressIdAndIpv6InternetBandwidthId',
      ],
      [
        'ModifyIpv6InternetBandwidth',
        { Ipv6AddressId: 'ipv6-nope', Bandwidth: 5 },
        'InvalidIpv6AddressId.NotFound',
      ],
    ];
    for (const [action, params, code] of cases) {
      const e = await fails(emu.url, action, { ...R, ...params });
      expect(e.code, `${action} ${JSON.stringify(params)}`).toBe(code);
    }
  });

  it('refuses bandwidth while the VPC gateway is still Pending', async () => {
    const vpc = await vpcId('支付系统VPC');
    await ok(emu.url, 'CreateIpv6Gateway', { ...R, VpcId: vpc });
    const addr = (await addresses({ VpcId: vpc })).Ipv6Addresses.Ipv6Address[0];
    const e = await fails(emu.url, 'AllocateIpv6InternetBandwidth', {
      ...R,
      Ipv6AddressId: addr?.Ipv6AddressId ?? '',
      Bandwidth: 5,
    });
    expect(e.code).toBe('IncorrectStatus.Ipv6Gateway');
    await admin(emu, 'POST', 'advance');
    await ok(emu.url, 'AllocateIpv6InternetBandwidth', {
      ...R,
      Ipv6AddressId: addr?.Ipv6AddressId ?? '',
      Bandwidth: 5,
    });
  });
});
