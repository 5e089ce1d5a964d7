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
  await admin(emu.url, 'POST', 'reset');
  await admin(emu.url, 'PUT', 'timing', { mode: 'manual' });
});

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
    await admin(emu.url, 'POST', 'advance');
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
    await admin(emu.url, 'POST', 'advance');
    expect(await eip(a.AllocationId)).toMatchObject({ Status: 'Available', InstanceId: '' });
    await ok(emu.url, 'ReleaseEipAddress', { AllocationId: a.AllocationId });
    expect((await eip(a.AllocationId))?.Status).toBe('Releasing');
    await admin(emu.url, 'POST', 'advance');
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

interface TagList {
  NextToken: string;
  TagResources: {
    TagResource: { ResourceId: string; ResourceType: string; TagKey: string; TagValue: string }[];
  };
}

describe('tags', () => {
  it('tags, lists (NextToken) and untags every resource type, case-insensitively', async () => {
    const nat = await natNamed('prod-egress-nat');
    const id = nat?.NatGatewayId ?? '';
    await ok(emu.url, 'TagResources', {
      ...R,
      ResourceType: 'NatGateway',
      'ResourceId.1': id,
      'Tag.1.Key': 'cost-center',
      'Tag.1.Value': 'cc-42',
      'Tag.2.Key': 'empty',
      'Tag.2.Value': '',
    });
    const page1 = await ok<TagList>(emu.url, 'ListTagResources', {
      ...R,
      ResourceType: 'NATGATEWAY',
      'ResourceId.1': id,
      MaxResults: 2,
    });
    expect(page1.TagResources.TagResource).toHaveLength(2);
    expect(page1.TagResources.TagResource[0]).toMatchObject({
      ResourceId: id,
      ResourceType: 'NATGATEWAY',
    });
    const page2 = await ok<TagList>(emu.url, 'ListTagResources', {
      ...R,
      ResourceType: 'natgateway',
      'ResourceId.1': id,
      MaxResults: 2,
      NextToken: page1.NextToken,
    });
    expect(page2.NextToken).toBe('');
    expect(
      [...page1.TagResources.TagResource, ...page2.TagResources.TagResource]
        .map((t) => t.TagKey)
        .sort(),
    ).toEqual(['cost-center', 'empty', 'env', 'owner']);
    const byTag = await ok<TagList>(emu.url, 'ListTagResources', {
      ...R,
      ResourceType: 'VPC',
      'Tag.1.Key': 'team',
      'Tag.1.Value': 'platform',
    });
    expect(byTag.TagResources.TagResource).toHaveLength(1);
    await ok(emu.url, 'UnTagResources', {
      ...R,
      ResourceType: 'NATGATEWAY',
      'ResourceId.1': id,
      'TagKey.1': 'empty',
    });
    await ok(emu.url, 'TagResources', {
      ...R,
      ResourceType: 'EIP',
      'ResourceId.1':
        (await ok<Eips>(emu.url, 'DescribeEipAddresses', R)).EipAddresses.EipAddress[0]
          ?.AllocationId ?? '',
      'Tag.1.Key': 'x',
      'Tag.1.Value': 'y',
    });
    await ok(emu.url, 'UnTagResources', {
      ...R,
      ResourceType: 'NATGATEWAY',
      'ResourceId.1': id,
      All: true,
    });
    const none = await ok<TagList>(emu.url, 'ListTagResources', {
      ...R,
      ResourceType: 'NATGATEWAY',
      'ResourceId.1': id,
    });
    expect(none.TagResources.TagResource).toEqual([]);
  });

  it('refuses bad keys, unknown types, missing resources and more than 20 tags', async () => {
    const nat = await natNamed('prod-egress-nat');
    const id = nat?.NatGatewayId ?? '';
    const base = { ...R, ResourceType: 'NATGATEWAY', 'ResourceId.1': id };
    expect(
      (
        await fails(emu.url, 'TagResources', {
          ...base,
          'Tag.1.Key': 'aliyun:x',
          'Tag.1.Value': 'v',
        })
      ).code,
    ).toBe('IllegalParam.TagKey');
    expect(
      (
        await fails(emu.url, 'TagResources', {
          ...base,
          'Tag.1.Key': 'k',
          'Tag.1.Value': 'http://x',
        })
      ).code,
    ).toBe('IllegalParam.TagValue');
    expect((await fails(emu.url, 'TagResources', base)).code).toBe('MissingParam.TagKey');
    expect(
      (
        await fails(emu.url, 'TagResources', {
          ...base,
          ResourceType: 'SPACESHIP',
          'Tag.1.Key': 'k',
        })
      ).code,
    ).toBe('InvalidParameter.ResourceType.ValueNotSupported');
    expect(
      (
        await fails(emu.url, 'TagResources', {
          ...base,
          'ResourceId.1': 'ngw-nope',
          'Tag.1.Key': 'k',
        })
      ).code,
    ).toBe('InvalidResourceId.NotFound');
    expect((await fails(emu.url, 'ListTagResources', { ...R, ResourceType: 'VPC' })).code).toBe(
      'MissingParameter',
    );
    expect(
      (await fails(emu.url, 'ListTagResources', { ...R, ResourceType: 'VPC', 'Tag.1.Value': 'v' }))
        .code,
    ).toBe('MissingParameter');
    const many: Record<string, string> = { ...base };
    for (let i = 1; i <= 19; i += 1) many[`Tag.${i}.Key`] = `k${i}`;
    const e = await fails(emu.url, 'TagResources', many);
    expect(e.code).toBe('QuotaExceeded.TagNum');
  });
});
