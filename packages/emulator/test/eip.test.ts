import { describe, expect, it } from 'vitest';
import { admin, fails, ok, signedCall } from './signed-call.ts';
import { useManualEmulator } from './manual-emulator.ts';

const emu = useManualEmulator();

const R = { RegionId: 'cn-hangzhou' };
interface Eip {
  AllocationId: string;
  IpAddress: string;
  Status: string;
  InstanceId: string;
  InstanceType: string;
  Bandwidth: string;
}
interface Eips {
  TotalCount: number;
  PageSize: number;
  EipAddresses: { EipAddress: Eip[] };
}
interface Nats {
  NatGateways: {
    NatGateway: {
      NatGatewayId: string;
      SnatTableIds: { SnatTableId: string[] };
      IpLists: { IpList: { IpAddress: string }[] };
    }[];
  };
}

const eip = async (id: string) =>
  (await ok<Eips>(emu.url, 'DescribeEipAddresses', { ...R, AllocationId: id })).EipAddresses
    .EipAddress[0];
const natNamed = async (name: string) =>
  (await ok<Nats>(emu.url, 'DescribeNatGateways', { ...R, Name: name })).NatGateways.NatGateway[0];

describe('EIPs', () => {
  it('allocate → associate (Associating → InUse) → unassociate → release', async () => {
    const a = await ok<{ AllocationId: string; EipAddress: string }>(
      emu.url,
      'AllocateEipAddress',
      {
        ...R,
        Bandwidth: 20,
        InternetChargeType: 'PayByTraffic',
        Name: 'demo-eip',
        'Tag.1.Key': 'env',
        'Tag.1.Value': 'demo',
      },
    );
    expect(a.AllocationId).toMatch(/^eip-bp1/);
    expect(await eip(a.AllocationId)).toMatchObject({ Status: 'Available', Bandwidth: '20' });
    const nat = await natNamed('prod-egress-nat');
    const natId = nat?.NatGatewayId ?? '';
    expect(
      (
        await fails(emu.url, 'AssociateEipAddress', {
          ...R,
          AllocationId: a.AllocationId,
          InstanceId: natId,
        })
      ).code,
    ).toBe('InvalidInstanId.NotFound');
    await ok(emu.url, 'AssociateEipAddress', {
      ...R,
      AllocationId: a.AllocationId,
      InstanceId: natId,
      InstanceType: 'Nat',
    });
    expect(await eip(a.AllocationId)).toMatchObject({
      Status: 'Associating',
      InstanceId: natId,
      InstanceType: 'Nat',
    });
    const conflict = await fails(emu.url, 'UnassociateEipAddress', {
      ...R,
      AllocationId: a.AllocationId,
    });
    expect([conflict.status, conflict.code]).toEqual([409, 'OperationConflict']);
    await admin(emu, 'POST', 'advance');
    expect((await eip(a.AllocationId))?.Status).toBe('InUse');
    expect((await natNamed('prod-egress-nat'))?.IpLists.IpList.map((x) => x.IpAddress)).toContain(
      a.EipAddress,
    );
    const dup = await fails(emu.url, 'AssociateEipAddress', {
      ...R,
      AllocationId: a.AllocationId,
      InstanceId: natId,
      InstanceType: 'Nat',
    });
    expect(dup.code).toBe('InvalidAssociation.Duplicated');
    expect(
      (await fails(emu.url, 'ReleaseEipAddress', { ...R, AllocationId: a.AllocationId })).code,
    ).toBe('IncorrectEipStatus');
    await ok(emu.url, 'UnassociateEipAddress', {
      ...R,
      AllocationId: a.AllocationId,
      InstanceId: natId,
      InstanceType: 'Nat',
    });
    await admin(emu, 'POST', 'advance');
    expect(await eip(a.AllocationId)).toMatchObject({ Status: 'Available', InstanceId: '' });
    await ok(emu.url, 'ReleaseEipAddress', { AllocationId: a.AllocationId });
    expect((await eip(a.AllocationId))?.Status).toBe('Releasing');
    await admin(emu, 'POST', 'advance');
    expect(await eip(a.AllocationId)).toBeUndefined();
    expect(
      (await fails(emu.url, 'ReleaseEipAddress', { ...R, AllocationId: a.AllocationId })).status,
    ).toBe(404);
  });

  it('needs Force to unassociate an EIP used by SNAT/DNAT entries, and Force removes them', async () => {
    const list = await ok<Eips>(emu.url, 'DescribeEipAddresses', {
      ...R,
      EipName: 'prod-egress-1',
    });
    const used = list.EipAddresses.EipAddress[0];
    const e = await fails(emu.url, 'UnassociateEipAddress', {
      ...R,
      AllocationId: used?.AllocationId ?? '',
    });
    expect(e.code).toBe('InvalidIpStatus.HasBeenUsedBySnatTable');
    const web = (
      await ok<Eips>(emu.url, 'DescribeEipAddresses', { ...R, EipName: 'prod-ingress-web' })
    ).EipAddresses.EipAddress[0];
    expect(
      (
        await fails(emu.url, 'UnassociateEipAddress', {
          ...R,
          AllocationId: web?.AllocationId ?? '',
        })
      ).code,
    ).toBe('InvalidIpStatus.HasBeenUsedByForwardEntry');
    await ok(emu.url, 'UnassociateEipAddress', {
      ...R,
      AllocationId: used?.AllocationId ?? '',
      Force: true,
    });
    const nat = await natNamed('prod-egress-nat');
    const snat = await ok<{ SnatTableEntries: { SnatTableEntry: { SnatIp: string }[] } }>(
      emu.url,
      'DescribeSnatTableEntries',
      {
        ...R,
        SnatTableId: nat?.SnatTableIds.SnatTableId[0] ?? '',
      },
    );
    expect(
      snat.SnatTableEntries.SnatTableEntry.every((x) => !x.SnatIp.includes(used?.IpAddress ?? '?')),
    ).toBe(true);
  });

  it('validates allocation parameters and pages up to 100', async () => {
    expect(
      (
        await fails(emu.url, 'AllocateEipAddress', {
          ...R,
          Bandwidth: 300,
          InternetChargeType: 'PayByTraffic',
        })
      ).code,
    ).toBe('InvalidParameter');
    expect(
      (await fails(emu.url, 'AllocateEipAddress', { ...R, InternetChargeType: 'Free' })).code,
    ).toBe('InvalidParameter');
    expect((await fails(emu.url, 'AllocateEipAddress', { RegionId: 'moon-1' })).code).toBe(
      'Forbidden.RegionNotFound',
    );
    const big = await ok<Eips>(emu.url, 'DescribeEipAddresses', { ...R, PageSize: 100 });
    expect(big.PageSize).toBe(100);
    expect((await fails(emu.url, 'DescribeEipAddresses', { ...R, PageSize: 101 })).code).toBe(
      'InvalidParameter.PageSize.Malformed',
    );
    expect(
      (await fails(emu.url, 'DescribeEipAddresses', { ...R, AssociatedInstanceType: 'Car' })).code,
    ).toBe('InvalidIAssociatedInstanceType.ValueNotSupported');
  });

  it('enforces the EIP quota per region with QuotaExceeded.Eip', async () => {
    const existing = (await ok<Eips>(emu.url, 'DescribeEipAddresses', R)).TotalCount;
    for (let i = existing; i < 20; i += 1) await ok(emu.url, 'AllocateEipAddress', R);
    expect((await fails(emu.url, 'AllocateEipAddress', R)).code).toBe('QuotaExceeded.Eip');
  });

  it('renders EIPs in XML with Bandwidth as text and the tag wrapper', async () => {
    const r = await signedCall(
      emu.url,
      'DescribeEipAddresses',
      { ...R, EipName: 'prod-egress-1' },
      { format: 'XML' },
    );
    expect(r.text).toContain('<DescribeEipAddressesResponse><RequestId>');
    expect(r.text).toContain('<Bandwidth>200</Bandwidth>');
    expect(r.text).toContain('<Tags><Tag><Key>env</Key><Value>prod</Value></Tag></Tags>');
  });
});
