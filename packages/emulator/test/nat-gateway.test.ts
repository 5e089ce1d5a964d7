import { describe, expect, it } from 'vitest';
import { admin, fails, ok, signedCall } from './signed-call.ts';
import { useManualEmulator } from './manual-emulator.ts';

const emu = useManualEmulator();

const R = { RegionId: 'cn-hangzhou' };

interface Nat {
  NatGatewayId: string;
  Name: string;
  Status: string;
  EnableSessionLog: string;
  SnatTableIds: { SnatTableId: string[] };
  ForwardTableIds: { ForwardTableId: string[] };
  IpLists: { IpList: { IpAddress: string; UsingStatus: string }[] };
  Tags: { Tag: { TagKey: string; TagValue: string }[] };
  NatGatewayPrivateInfo: { VswitchId: string; PrivateIpAddress: string };
}
interface Nats {
  TotalCount: number;
  NatGateways: { NatGateway: Nat[] };
}
interface VSwitches {
  VSwitches: {
    VSwitch: {
      VSwitchId: string;
      VpcId: string;
      VSwitchName: string;
      AvailableIpAddressCount: number;
    }[];
  };
}

async function vswitch(name: string) {
  const r = await ok<VSwitches>(emu.url, 'DescribeVSwitches', { ...R, VSwitchName: name });
  const vsw = r.VSwitches.VSwitch[0];
  if (!vsw) throw new Error(`no vSwitch ${name}`);
  return vsw;
}

async function nat(id: string): Promise<Nat | undefined> {
  const r = await ok<Nats>(emu.url, 'DescribeNatGateways', { ...R, NatGatewayId: id });
  return r.NatGateways.NatGateway[0];
}

async function createNat(name = 'test-nat') {
  const vsw = await vswitch('prod-app-i');
  return ok<{
    NatGatewayId: string;
    SnatTableIds: { SnatTableId: string[] };
    ForwardTableIds: { ForwardTableId: string[] };
  }>(emu.url, 'CreateNatGateway', {
    ...R,
    VpcId: vsw.VpcId,
    VSwitchId: vsw.VSwitchId,
    Name: name,
    NatType: 'Enhanced',
    'Tag.1.Key': 'env',
    'Tag.1.Value': 'test',
  });
}

describe('NAT gateways', () => {
  it('create → Creating → Available (manual advance) → list → rename → delete', async () => {
    const before = (await vswitch('prod-app-i')).AvailableIpAddressCount;
    const created = await createNat();
    expect(created.SnatTableIds.SnatTableId[0]).toMatch(/^stb-/);
    expect((await nat(created.NatGatewayId))?.Status).toBe('Creating');
    // A busy gateway refuses mutations with the real code.
    const busy = await fails(emu.url, 'DeleteNatGateway', {
      ...R,
      NatGatewayId: created.NatGatewayId,
    });
    expect([busy.status, busy.code]).toEqual([404, 'IncorrectStatus.NatGateway']);
    expect((await vswitch('prod-app-i')).AvailableIpAddressCount).toBe(before - 1);
    await admin(emu, 'POST', 'advance');
    const available = await nat(created.NatGatewayId);
    expect(available?.Status).toBe('Available');
    expect(available?.EnableSessionLog).toBe('false');
    expect(available?.Tags.Tag).toEqual([{ TagKey: 'env', TagValue: 'test' }]);
    await ok(emu.url, 'ModifyNatGatewayAttribute', {
      ...R,
      NatGatewayId: created.NatGatewayId,
      Name: '新名字-renamed',
    });
    expect((await nat(created.NatGatewayId))?.Name).toBe('新名字-renamed');
    await ok(emu.url, 'DeleteNatGateway', { ...R, NatGatewayId: created.NatGatewayId });
    expect((await nat(created.NatGatewayId))?.Status).toBe('Deleting');
    await admin(emu, 'POST', 'advance');
    expect(await nat(created.NatGatewayId)).toBeUndefined();
    expect((await vswitch('prod-app-i')).AvailableIpAddressCount).toBe(before);
  });

  it('advances after N Describe calls in manual mode', async () => {
    await admin(emu, 'PUT', 'timing', { mode: 'manual', describesToAdvance: 2 });
    const { NatGatewayId } = await createNat();
    expect((await nat(NatGatewayId))?.Status).toBe('Creating');
    expect((await nat(NatGatewayId))?.Status).toBe('Available');
  });

  it('completes after the configured duration in timed mode', async () => {
    // A long duration and a virtual-clock jump keep this deterministic on a busy machine.
    await admin(emu, 'PUT', 'timing', { mode: 'timed', durationsMs: { nat: 30_000 } });
    const { NatGatewayId } = await createNat();
    expect((await nat(NatGatewayId))?.Status).toBe('Creating');
    await admin(emu, 'POST', 'advance', { ms: 29_000 });
    expect((await nat(NatGatewayId))?.Status).toBe('Creating');
    await admin(emu, 'POST', 'advance', { ms: 1_000 });
    expect((await nat(NatGatewayId))?.Status).toBe('Available');
  });

  it('filters by VpcId, Status, Name and tags, and paginates', async () => {
    const all = await ok<Nats>(emu.url, 'DescribeNatGateways', R);
    expect(all.TotalCount).toBe(3);
    const named = await ok<Nats>(emu.url, 'DescribeNatGateways', {
      ...R,
      Name: '支付系统出网网关',
    });
    expect(named.NatGateways.NatGateway.map((n) => n.Name)).toEqual(['支付系统出网网关']);
    const tagged = await ok<Nats>(emu.url, 'DescribeNatGateways', {
      ...R,
      'Tag.1.Key': 'owner',
      'Tag.1.Value': 'netops',
    });
    expect(tagged.NatGateways.NatGateway.map((n) => n.Name)).toEqual(['prod-egress-nat']);
    const page = await ok<Nats>(emu.url, 'DescribeNatGateways', {
      ...R,
      PageSize: 2,
      PageNumber: 2,
    });
    expect([page.TotalCount, page.NatGateways.NatGateway.length]).toEqual([3, 1]);
    const none = await ok<Nats>(emu.url, 'DescribeNatGateways', {
      ...R,
      NatGatewayId: 'ngw-doesnotexist',
    });
    expect([none.TotalCount, none.NatGateways.NatGateway]).toEqual([0, []]);
    const creating = await ok<Nats>(emu.url, 'DescribeNatGateways', { ...R, Status: 'Creating' });
    expect(creating.TotalCount).toBe(0);
    const bad = await fails(emu.url, 'DescribeNatGateways', { ...R, Status: 'Exploding' });
    expect(bad.code).toBe('InvalidParameter.Status.ValueNotSupported');
  });

  it('shows NAT tags as TagKey/TagValue and its EIPs in XML', async () => {
    const r = await signedCall(
      emu.url,
      'DescribeNatGateways',
      { ...R, Name: 'prod-egress-nat' },
      { format: 'XML' },
    );
    expect(r.text).toContain('<Tags><Tag><TagKey>env</TagKey><TagValue>prod</TagValue></Tag>');
    expect(r.text).toContain('<VswitchId>vsw-');
    expect(r.text).toContain('<UsingStatus>UsedBySnatTable</UsingStatus>');
  });

  it('validates names, VPC membership and JSON params', async () => {
    const vsw = await vswitch('prod-app-i');
    const other = await vswitch('pay-app-k');
    const cases: [Record<string, string>, string][] = [
      [
        { VpcId: vsw.VpcId, VSwitchId: vsw.VSwitchId, Name: '1bad' },
        'InvalidParameter.Name.Malformed',
      ],
      [
        { VpcId: vsw.VpcId, VSwitchId: vsw.VSwitchId, Name: 'http://x' },
        'InvalidParameter.Name.Malformed',
      ],
      [
        { VpcId: vsw.VpcId, VSwitchId: vsw.VSwitchId, Description: 'x' },
        'InvalidParameter.Description.Malformed',
      ],
      [{ VpcId: vsw.VpcId, VSwitchId: other.VSwitchId }, 'OperationFailed.VswNotBelongToVpc'],
      [
        { VpcId: vsw.VpcId, VSwitchId: vsw.VSwitchId, NetworkType: 'public' },
        'InvalidParameter.NetworkType.ValueNotSupported',
      ],
      [
        { VpcId: vsw.VpcId, VSwitchId: vsw.VSwitchId, AccessMode: '{nope' },
        'InvalidParameter.AccessMode.Malformed',
      ],
      [
        { VpcId: vsw.VpcId, VSwitchId: vsw.VSwitchId, NatIp: '10.10.2.300' },
        'InvalidParameter.NatIp.Malformed',
      ],
      [{ VpcId: vsw.VpcId }, 'MissingVSwitchId'],
      [{ VpcId: 'vpc-nope', VSwitchId: vsw.VSwitchId }, 'InvalidVpcId.NotFound'],
      [{ VpcId: vsw.VpcId, VSwitchId: 'vsw-nope' }, 'InvalidVSwitchId.NotFound'],
      [{ VpcId: vsw.VpcId, VSwitchId: vsw.VSwitchId, DryRun: 'true' }, 'DryRunOperation'],
    ];
    for (const [params, code] of cases) {
      const e = await fails(emu.url, 'CreateNatGateway', { ...R, ...params });
      expect(e.code, JSON.stringify(params)).toBe(code);
    }
    const noRegion = await fails(emu.url, 'CreateNatGateway', {
      RegionId: 'xx-nowhere-1',
      VpcId: vsw.VpcId,
      VSwitchId: vsw.VSwitchId,
    });
    expect([noRegion.status, noRegion.code]).toEqual([404, 'InvalidRegionId.NotFound']);
  });

  it('refuses a second concurrent create in one VPC with TaskConflict', async () => {
    await createNat('first');
    const e = await fails(emu.url, 'CreateNatGateway', {
      ...R,
      VpcId: (await vswitch('prod-app-i')).VpcId,
      VSwitchId: (await vswitch('prod-app-i')).VSwitchId,
    });
    expect(e.code).toBe('TaskConflict');
  });

  it('refuses deleting a gateway with entries or EIPs unless Force=true', async () => {
    const prod = (await ok<Nats>(emu.url, 'DescribeNatGateways', { ...R, Name: 'prod-egress-nat' }))
      .NatGateways.NatGateway[0];
    const id = prod?.NatGatewayId ?? '';
    expect((await fails(emu.url, 'DeleteNatGateway', { ...R, NatGatewayId: id })).code).toBe(
      'DependencyViolation.SnatEntry',
    );
    await ok(emu.url, 'DeleteNatGateway', { ...R, NatGatewayId: id, Force: true });
    await admin(emu, 'POST', 'advance');
    expect(await nat(id)).toBeUndefined();
    const eips = await ok<{
      EipAddresses: { EipAddress: { Status: string; InstanceId: string }[] };
    }>(emu.url, 'DescribeEipAddresses', {
      ...R,
      EipName: 'prod-egress-1',
    });
    expect(eips.EipAddresses.EipAddress[0]).toMatchObject({ Status: 'Available', InstanceId: '' });
  });

  it('answers DependencyViolation for DNAT-only and EIP-only gateways', async () => {
    const { NatGatewayId, ForwardTableIds } = await createNat('deps');
    await admin(emu, 'POST', 'advance');
    const [eip] = await spareEips();
    await ok(emu.url, 'AssociateEipAddress', {
      ...R,
      AllocationId: eip?.AllocationId ?? '',
      InstanceId: NatGatewayId,
      InstanceType: 'Nat',
    });
    await admin(emu, 'POST', 'advance');
    expect((await fails(emu.url, 'DeleteNatGateway', { ...R, NatGatewayId })).code).toBe(
      'DependencyViolation.EIPS',
    );
    await ok(emu.url, 'CreateForwardEntry', {
      ...R,
      ForwardTableId: ForwardTableIds.ForwardTableId[0] ?? '',
      ExternalIp: eip?.IpAddress ?? '',
      ExternalPort: '8080',
      InternalIp: '10.10.2.8',
      InternalPort: '80',
      IpProtocol: 'TCP',
    });
    await admin(emu, 'POST', 'advance');
    expect((await fails(emu.url, 'DeleteNatGateway', { ...R, NatGatewayId })).code).toBe(
      'DependencyViolation.ForwardEntry',
    );
  });

  it('modifies the spec through Modifying and refuses the same spec', async () => {
    const { NatGatewayId } = await createNat('spec');
    await admin(emu, 'POST', 'advance');
    await ok(emu.url, 'ModifyNatGatewaySpec', { ...R, NatGatewayId, Spec: 'Middle' });
    expect((await nat(NatGatewayId))?.Status).toBe('Modifying');
    const e = await fails(emu.url, 'ModifyNatGatewayAttribute', { ...R, NatGatewayId, Name: 'x1' });
    expect(e.code).toBe('IncorrectStatus.NATGW');
    await admin(emu, 'POST', 'advance');
    expect(
      (await fails(emu.url, 'ModifyNatGatewaySpec', { ...R, NatGatewayId, Spec: 'Middle' })).code,
    ).toBe('NATGW_MODIFY_SPEC_SAME');
    expect(
      (await fails(emu.url, 'ModifyNatGatewaySpec', { ...R, NatGatewayId, Spec: 'Huge' })).code,
    ).toBe('InvalidParameter.Spec.ValueNotSupported');
    expect(
      (
        await fails(emu.url, 'ModifyNatGatewaySpec', {
          ...R,
          NatGatewayId: 'ngw-gone',
          Spec: 'Large',
        })
      ).status,
    ).toBe(404);
  });
});

async function spareEips() {
  const r = await ok<{
    EipAddresses: { EipAddress: { AllocationId: string; IpAddress: string }[] };
  }>(emu.url, 'DescribeEipAddresses', {
    ...R,
    Status: 'Available',
  });
  return r.EipAddresses.EipAddress;
}
