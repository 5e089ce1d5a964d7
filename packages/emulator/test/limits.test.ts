import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin, fails, ok } from './signed-call.ts';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'immediate' } });
});
afterAll(() => emu.close());
beforeEach(() => admin(emu, 'POST', 'reset'));

const R = { RegionId: 'cn-hangzhou' };
interface VSwitches {
  VSwitches: { VSwitch: { VSwitchId: string; VpcId: string; AvailableIpAddressCount: number }[] };
}
interface Nats {
  NatGateways: {
    NatGateway: {
      NatGatewayId: string;
      ForwardTableIds: { ForwardTableId: string[] };
      SnatTableIds: { SnatTableId: string[] };
    }[];
  };
}

const vswitch = async (name: string) => {
  const r = await ok<VSwitches>(emu.url, 'DescribeVSwitches', { ...R, VSwitchName: name });
  return r.VSwitches.VSwitch[0] ?? { VSwitchId: '', VpcId: '', AvailableIpAddressCount: 0 };
};
const natNamed = async (name: string) =>
  (await ok<Nats>(emu.url, 'DescribeNatGateways', { ...R, Name: name })).NatGateways.NatGateway[0];
const allocate = async () =>
  await ok<{ AllocationId: string; EipAddress: string }>(emu.url, 'AllocateEipAddress', R);

describe('limits and less common refusals', () => {
  it('NAT bind mode: each EIP takes a vSwitch IP until ZONE_NO_AVAILABLE_IP', async () => {
    const vsw = await vswitch('pay-gateway-j');
    // A /28 keeps 12 usable addresses; the seeded gateway holds one.
    expect(vsw.AvailableIpAddressCount).toBe(11);
    const { NatGatewayId } = await ok<{ NatGatewayId: string }>(emu.url, 'CreateNatGateway', {
      ...R,
      VpcId: vsw.VpcId,
      VSwitchId: vsw.VSwitchId,
      EipBindMode: 'NAT',
      NatIp: '10.20.2.14',
    });
    const taken = await fails(emu.url, 'CreateNatGateway', {
      ...R,
      VpcId: vsw.VpcId,
      VSwitchId: vsw.VSwitchId,
      NatIp: '10.20.2.14',
    });
    expect(taken.code).toBe('InvalidIpAddress.AlreadyExist');
    let code = '';
    for (let i = 0; i < 12 && !code; i += 1) {
      const eip = await allocate();
      const r = await fails(emu.url, 'AssociateEipAddress', {
        ...R,
        AllocationId: eip.AllocationId,
        InstanceId: NatGatewayId,
        InstanceType: 'Nat',
      }).catch(() => undefined);
      code = r?.code ?? '';
    }
    expect(code).toBe('ZONE_NO_AVAILABLE_IP');
    expect((await vswitch('pay-gateway-j')).AvailableIpAddressCount).toBe(0);
  });

  it('caps NAT gateways per VPC with OperationFailed.EnhancedQuotaExceed', async () => {
    const vsw = await vswitch('pay-app-k');
    for (let i = 0; i < 9; i += 1)
      await ok(emu.url, 'CreateNatGateway', { ...R, VpcId: vsw.VpcId, VSwitchId: vsw.VSwitchId });
    const e = await fails(emu.url, 'CreateNatGateway', {
      ...R,
      VpcId: vsw.VpcId,
      VSwitchId: vsw.VSwitchId,
    });
    expect(e.code).toBe('OperationFailed.EnhancedQuotaExceed');
  });

  it('refuses EIPs on a VPC NAT gateway and SNAT on an IP-mapped EIP', async () => {
    const eip = await allocate();
    const internal = await natNamed('vpc-nat-internal');
    const denied = await fails(emu.url, 'AssociateEipAddress', {
      ...R,
      AllocationId: eip.AllocationId,
      InstanceId: internal?.NatGatewayId ?? '',
      InstanceType: 'Nat',
    });
    expect(denied.code).toBe('OperationDenied');
    const prod = await natNamed('prod-egress-nat');
    await ok(emu.url, 'AssociateEipAddress', {
      ...R,
      AllocationId: eip.AllocationId,
      InstanceId: prod?.NatGatewayId ?? '',
      InstanceType: 'Nat',
    });
    await ok(emu.url, 'CreateForwardEntry', {
      ...R,
      ForwardTableId: prod?.ForwardTableIds.ForwardTableId[0] ?? '',
      ExternalIp: eip.EipAddress,
      ExternalPort: 'Any',
      InternalIp: '10.10.1.99',
      InternalPort: 'Any',
      IpProtocol: 'Any',
    });
    const snat = await fails(emu.url, 'CreateSnatEntry', {
      ...R,
      SnatTableId: prod?.SnatTableIds.SnatTableId[0] ?? '',
      SnatIp: eip.EipAddress,
      SourceCIDR: '10.10.99.0/24',
    });
    expect(snat.code).toBe('Forbidden.IpUsedInForwardTable');
    const wrong = await fails(emu.url, 'UnassociateEipAddress', {
      ...R,
      AllocationId: eip.AllocationId,
      InstanceId: 'ngw-other',
    });
    expect(wrong.code).toBe('InvalidInstanceId.NotFound');
  });

  it('refuses releasing a subscription EIP and a forged NextToken', async () => {
    const { AllocationId } = await ok<{ AllocationId: string }>(emu.url, 'AllocateEipAddress', {
      ...R,
      InstanceChargeType: 'PrePaid',
    });
    expect((await fails(emu.url, 'ReleaseEipAddress', { ...R, AllocationId })).code).toBe(
      'Forbidden.ChargeTypeIsPrepaid',
    );
    const e = await fails(emu.url, 'ListTagResources', {
      ...R,
      ResourceType: 'VPC',
      'Tag.1.Key': 'env',
      NextToken: 'not-a-token',
    });
    expect(e.code).toBe('InvalidParameter.NextToken.Malformed');
  });
});
