import { describe, expect, it } from 'vitest';
import { fails, ok } from './signed-call.ts';
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

const natNamed = async (name: string) =>
  (await ok<Nats>(emu.url, 'DescribeNatGateways', { ...R, Name: name })).NatGateways.NatGateway[0];

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

  it('treats __proto__ as an unknown id, never as Object.prototype', async () => {
    const base = { ...R, ResourceType: 'NATGATEWAY', 'ResourceId.1': '__proto__' };
    expect((await fails(emu.url, 'UnTagResources', { ...base, All: true })).code).toBe(
      'InvalidResourceId.NotFound',
    );
    expect(
      (await fails(emu.url, 'DeleteNatGateway', { ...R, NatGatewayId: '__proto__' })).code,
    ).toBe('InvalidNatGatewayId.NotFound');
    expect((await fails(emu.url, 'DescribeVpcs', { RegionId: '__proto__' })).code).toBe(
      'InvalidRegionId.NotFound',
    );
    expect(({} as Record<string, unknown>).tags).toBeUndefined();
  });
});
