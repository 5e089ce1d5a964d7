import { describe, expect, it } from 'vitest';
import { useManualEmulator } from './manual-emulator.ts';
import { admin } from './signed-call.ts';
import { models, officialVpcClient, popCoreClient } from './sdk-clients.ts';

// The official SDKs drive egress-only rules and ModifyIpv6AddressAttribute end to end; the
// rule goes Available after two Describe calls (manual timing).
const emu = useManualEmulator({ describesToAdvance: 2 });

const regionId = 'cn-shanghai';

describe.each([
  ['ACS3 (SDK default)', undefined],
  ['signature 1.0 (v2)', 'v2' as const],
])('@alicloud/vpc20160428 with %s', (_label, signatureAlgorithm) => {
  it('egress-only rule create → Pending → Available → list → delete → gone', async () => {
    const vpc = officialVpcClient(emu.url, signatureAlgorithm ? { signatureAlgorithm } : {});
    const gws = await vpc.describeIpv6Gateways(
      new models.DescribeIpv6GatewaysRequest({ regionId, name: 'sh-ipv6-gateway' }),
    );
    const gw = gws.body?.ipv6Gateways?.ipv6Gateway?.[0]?.ipv6GatewayId ?? '';
    const list = (
      extra: { pageSize?: number; pageNumber?: number; ipv6EgressOnlyRuleId?: string } = {},
    ) =>
      vpc.describeIpv6EgressOnlyRules(
        new models.DescribeIpv6EgressOnlyRulesRequest({ regionId, ipv6GatewayId: gw, ...extra }),
      );
    const seeded = await list();
    expect(seeded.body?.totalCount).toBe(2);
    // Both seeded addresses of sh-ipv6-gateway have a rule: delete one to reuse its address.
    const old = seeded.body?.ipv6EgressOnlyRules?.ipv6EgressOnlyRule?.[1];
    const target = old?.instanceId ?? '';
    await vpc.deleteIpv6EgressOnlyRule(
      new models.DeleteIpv6EgressOnlyRuleRequest({
        regionId,
        ipv6EgressOnlyRuleId: old?.ipv6EgressOnlyRuleId,
      }),
    );
    await admin(emu, 'POST', 'advance');
    const createRequest = new models.CreateIpv6EgressOnlyRuleRequest({
      regionId,
      ipv6GatewayId: gw,
      instanceId: target,
      instanceType: 'Ipv6Address',
      name: '出口规则',
      description: 'sdk',
      clientToken: `egress-${signatureAlgorithm ?? 'v3'}`,
    });
    const created = await vpc.createIpv6EgressOnlyRule(createRequest);
    const id = created.body?.ipv6EgressRuleId ?? '';
    expect(id).toMatch(/^ipv6py-uf6/);
    const one = () => list({ ipv6EgressOnlyRuleId: id });
    expect((await one()).body?.ipv6EgressOnlyRules?.ipv6EgressOnlyRule?.[0]).toMatchObject({
      ipv6EgressOnlyRuleId: id,
      instanceId: target,
      instanceType: 'Ipv6Address',
      name: '出口规则',
      status: 'Pending',
    });
    expect((await one()).body?.ipv6EgressOnlyRules?.ipv6EgressOnlyRule?.[0]?.status).toBe(
      'Available',
    );
    const paged = await list({ pageSize: 1, pageNumber: 2 });
    expect([
      paged.body?.totalCount,
      paged.body?.ipv6EgressOnlyRules?.ipv6EgressOnlyRule?.length,
    ]).toEqual([2, 1]);
    const replay = await vpc.createIpv6EgressOnlyRule(createRequest);
    expect(replay.body?.ipv6EgressRuleId).toBe(id);
    const dup = vpc.createIpv6EgressOnlyRule(
      new models.CreateIpv6EgressOnlyRuleRequest({
        regionId,
        ipv6GatewayId: gw,
        instanceId: target,
      }),
    );
    await expect(dup).rejects.toMatchObject({
      code: 'OperationFailed.EgressOnlyRuleAlreadyExisted',
    });

    await vpc.deleteIpv6EgressOnlyRule(
      new models.DeleteIpv6EgressOnlyRuleRequest({ regionId, ipv6EgressOnlyRuleId: id }),
    );
    expect((await one()).body?.ipv6EgressOnlyRules?.ipv6EgressOnlyRule?.[0]?.status).toBe(
      'Deleting',
    );
    await one();
    expect((await one()).body?.totalCount).toBe(0);
    const gone = vpc.deleteIpv6EgressOnlyRule(
      new models.DeleteIpv6EgressOnlyRuleRequest({ regionId, ipv6EgressOnlyRuleId: id }),
    );
    await expect(gone).rejects.toMatchObject({
      code: 'ResourceNotFound.Ipv6EgressOnlyRule',
      statusCode: 404,
    });
  });

  it('ModifyIpv6AddressAttribute renames an address', async () => {
    const vpc = officialVpcClient(emu.url, signatureAlgorithm ? { signatureAlgorithm } : {});
    const addrs = await vpc.describeIpv6Addresses(
      new models.DescribeIpv6AddressesRequest({ regionId, name: 'sh-web-02-ipv6' }),
    );
    const id = addrs.body?.ipv6Addresses?.ipv6Address?.[0]?.ipv6AddressId ?? '';
    await vpc.modifyIpv6AddressAttribute(
      new models.ModifyIpv6AddressAttributeRequest({
        regionId,
        ipv6AddressId: id,
        name: '上海web-02',
        description: 'renamed by the SDK',
      }),
    );
    const after = await vpc.describeIpv6Addresses(
      new models.DescribeIpv6AddressesRequest({ regionId, ipv6AddressId: id }),
    );
    expect(after.body?.ipv6Addresses?.ipv6Address?.[0]).toMatchObject({
      ipv6AddressName: '上海web-02',
      ipv6AddressDescription: 'renamed by the SDK',
    });
    const bad = vpc.modifyIpv6AddressAttribute(
      new models.ModifyIpv6AddressAttributeRequest({ regionId, ipv6AddressId: 'ipv6-nope' }),
    );
    await expect(bad).rejects.toMatchObject({
      code: 'ResourceNotFound.Ipv6Address',
      statusCode: 404,
    });
  });
});

describe.each([['GET'], ['POST']] as const)('@alicloud/pop-core with %s', (method) => {
  it('lists, creates and deletes egress-only rules', async () => {
    const pop = popCoreClient(emu.url);
    const gws = await pop.request<{ Ipv6Gateways: { Ipv6Gateway: { Ipv6GatewayId: string }[] } }>(
      'DescribeIpv6Gateways',
      { RegionId: 'cn-hangzhou', Name: 'prod-core-ipv6gw' },
      { method },
    );
    const gw = gws.Ipv6Gateways.Ipv6Gateway[0]?.Ipv6GatewayId ?? '';
    const addrs = await pop.request<{
      Ipv6Addresses: { Ipv6Address: { Ipv6AddressId: string }[] };
    }>('DescribeIpv6Addresses', { RegionId: 'cn-hangzhou', Name: 'api-02-ipv6' }, { method });
    const created = await pop.request<{ Ipv6EgressRuleId: string }>(
      'CreateIpv6EgressOnlyRule',
      {
        RegionId: 'cn-hangzhou',
        Ipv6GatewayId: gw,
        InstanceId: addrs.Ipv6Addresses.Ipv6Address[0]?.Ipv6AddressId,
        Name: `pop-${method}`,
      },
      { method },
    );
    await admin(emu, 'POST', 'advance');
    const listed = await pop.request<{
      TotalCount: number;
      Ipv6EgressOnlyRules: {
        Ipv6EgressOnlyRule: { Ipv6EgressOnlyRuleId: string; Status: string }[];
      };
    }>('DescribeIpv6EgressOnlyRules', { RegionId: 'cn-hangzhou', Ipv6GatewayId: gw }, { method });
    expect(listed.Ipv6EgressOnlyRules.Ipv6EgressOnlyRule).toEqual([
      expect.objectContaining({
        Ipv6EgressOnlyRuleId: created.Ipv6EgressRuleId,
        Status: 'Available',
      }),
    ]);
    await pop.request(
      'DeleteIpv6EgressOnlyRule',
      { RegionId: 'cn-hangzhou', Ipv6EgressOnlyRuleId: created.Ipv6EgressRuleId },
      { method },
    );
    await admin(emu, 'POST', 'advance');
    const after = await pop.request<{ TotalCount: number }>(
      'DescribeIpv6EgressOnlyRules',
      { RegionId: 'cn-hangzhou', Ipv6GatewayId: gw },
      { method },
    );
    expect(after.TotalCount).toBe(0);
  });
});
