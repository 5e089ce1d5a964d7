import { VpcClient } from '@gc/vpc-client';
import type { VpcApiError } from '@gc/vpc-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY, startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin } from './signed-call.ts';
import { models, officialVpcClient, popCoreClient } from './sdk-clients.ts';

// Official SDKs and our client drive the IPv6 family end to end (issue 3 "Done when", issue 6).
let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'manual', describesToAdvance: 2 } });
});
afterAll(() => emu.close());
beforeEach(() => admin(emu, 'POST', 'reset'));

const regionId = 'cn-shanghai';

describe.each([
  ['ACS3 (SDK default)', undefined],
  ['signature 1.0 (v2)', 'v2' as const],
])('@alicloud/vpc20160428 with %s', (_label, signatureAlgorithm) => {
  it('IPv6 gateway create → Available → list → rename → bandwidth → delete', async () => {
    const vpc = officialVpcClient(emu.url, signatureAlgorithm ? { signatureAlgorithm } : {});
    const vpcs = await vpc.describeVpcs(
      new models.DescribeVpcsRequest({ regionId, vpcName: 'staging-vpc' }),
    );
    const vpcId = vpcs.body?.vpcs?.vpc?.[0]?.vpcId ?? '';
    const created = await vpc.createIpv6Gateway(
      new models.CreateIpv6GatewayRequest({
        regionId,
        vpcId,
        name: '预发IPv6网关',
        description: 'staging IPv6',
        clientToken: `ipv6-${signatureAlgorithm ?? 'v3'}`,
      }),
    );
    const id = created.body?.ipv6GatewayId ?? '';
    expect(id).toMatch(/^ipv6gw-uf6/);
    const attribute = () =>
      vpc.describeIpv6GatewayAttribute(
        new models.DescribeIpv6GatewayAttributeRequest({ regionId, ipv6GatewayId: id }),
      );
    let status = (await attribute()).body?.status;
    for (let i = 0; i < 5 && status !== 'Available'; i += 1)
      status = (await attribute()).body?.status;
    expect(status).toBe('Available');
    const second = vpc.createIpv6Gateway(new models.CreateIpv6GatewayRequest({ regionId, vpcId }));
    await expect(second).rejects.toMatchObject({ code: 'QuotaExceeded.Ipv6Gateway' });
    const list = await vpc.describeIpv6Gateways(
      new models.DescribeIpv6GatewaysRequest({ regionId, vpcId }),
    );
    expect(list.body?.ipv6Gateways?.ipv6Gateway?.map((g) => g.name)).toEqual(['预发IPv6网关']);
    await vpc.modifyIpv6GatewayAttribute(
      new models.ModifyIpv6GatewayAttributeRequest({ regionId, ipv6GatewayId: id, name: 'stg-v6' }),
    );
    expect((await attribute()).body?.name).toBe('stg-v6');

    const addrs = await vpc.describeIpv6Addresses(
      new models.DescribeIpv6AddressesRequest({ regionId, vpcId }),
    );
    const addr = addrs.body?.ipv6Addresses?.ipv6Address?.[0];
    expect(addr?.ipv6GatewayId).toBe(id);
    const bw = await vpc.allocateIpv6InternetBandwidth(
      new models.AllocateIpv6InternetBandwidthRequest({
        regionId,
        ipv6AddressId: addr?.ipv6AddressId,
        ipv6GatewayId: id,
        bandwidth: 10,
        internetChargeType: 'PayByBandwidth',
      }),
    );
    const bwId = bw.body?.internetBandwidthId ?? '';
    expect(bwId).toMatch(/^ipv6bw-/);
    await vpc.modifyIpv6InternetBandwidth(
      new models.ModifyIpv6InternetBandwidthRequest({
        regionId,
        ipv6InternetBandwidthId: bwId,
        bandwidth: 50,
      }),
    );
    const after = await vpc.describeIpv6Addresses(
      new models.DescribeIpv6AddressesRequest({ regionId, ipv6InternetBandwidthId: bwId }),
    );
    expect(after.body?.ipv6Addresses?.ipv6Address?.[0]?.ipv6InternetBandwidth).toMatchObject({
      bandwidth: 50,
      internetChargeType: 'PayByBandwidth',
    });
    const del = () =>
      vpc.deleteIpv6Gateway(new models.DeleteIpv6GatewayRequest({ regionId, ipv6GatewayId: id }));
    await expect(del()).rejects.toMatchObject({
      code: 'DependencyViolation.Ipv6InternetBandwidth',
    });
    await vpc.deleteIpv6InternetBandwidth(
      new models.DeleteIpv6InternetBandwidthRequest({
        regionId,
        ipv6AddressId: addr?.ipv6AddressId,
      }),
    );
    await del();
    await admin(emu, 'POST', 'advance');
    const gone = await attribute();
    expect(gone.body?.status).toBe('');
  });
});

describe.each([['GET'], ['POST']] as const)('@alicloud/pop-core with %s', (method) => {
  it('lists seeded IPv6 gateways and addresses', async () => {
    const pop = popCoreClient(emu.url);
    const gws = await pop.request<{ Ipv6Gateways: { Ipv6Gateway: { Name: string }[] } }>(
      'DescribeIpv6Gateways',
      { RegionId: regionId },
      { method },
    );
    expect(gws.Ipv6Gateways.Ipv6Gateway.map((g) => g.Name)).toEqual(['sh-ipv6-gateway']);
    const addrs = await pop.request<{
      TotalCount: number;
      Ipv6Addresses: { Ipv6Address: { NetworkType: string }[] };
    }>('DescribeIpv6Addresses', { RegionId: regionId, NetworkType: 'Public' }, { method });
    expect(addrs.TotalCount).toBe(1);
  });
});

describe.each([['XML'], ['JSON']] as const)('@gc/vpc-client with %s', (format) => {
  it('creates an IPv6 gateway, allocates and releases bandwidth, deletes it', async () => {
    const client = new VpcClient({
      endpoint: emu.url,
      credentials: { ...DEMO_ACCESS_KEY },
      format,
    });
    try {
      const vpcs = await client.describeVpcs({ RegionId: regionId, VpcName: 'staging-vpc' });
      const vpcId = vpcs.Vpcs.Vpc[0]?.VpcId ?? '';
      const { Ipv6GatewayId: id } = await client.createIpv6Gateway({
        RegionId: regionId,
        VpcId: vpcId,
        Name: `client-${format}`,
        Tag: [{ Key: 'format', Value: format }],
      });
      await admin(emu, 'POST', 'advance');
      const gws = await client.describeIpv6Gateways({
        RegionId: regionId,
        Tags: [{ Key: 'format', Value: format }],
      });
      expect(gws.Ipv6Gateways.Ipv6Gateway.map((g) => [g.Ipv6GatewayId, g.Status])).toEqual([
        [id, 'Available'],
      ]);
      const addrs = await client.describeIpv6Addresses({ RegionId: regionId, VpcId: vpcId });
      const addr = addrs.Ipv6Addresses.Ipv6Address[0];
      expect(addr?.NetworkType).toBe('Private');
      const { InternetBandwidthId } = await client.allocateIpv6InternetBandwidth({
        RegionId: regionId,
        Ipv6AddressId: addr?.Ipv6AddressId ?? '',
        Bandwidth: 20,
        InternetChargeType: 'PayByTraffic',
      });
      await client.modifyIpv6InternetBandwidth({
        RegionId: regionId,
        Ipv6AddressId: addr?.Ipv6AddressId ?? '',
        Bandwidth: 30,
      });
      const one = await client.describeIpv6Addresses({
        RegionId: regionId,
        Ipv6InternetBandwidthId: InternetBandwidthId,
      });
      expect(one.Ipv6Addresses.Ipv6Address[0]?.Ipv6InternetBandwidth?.Bandwidth).toBe(30);
      const err = await client
        .deleteIpv6Gateway({ RegionId: regionId, Ipv6GatewayId: id })
        .catch((e: unknown) => e);
      expect((err as VpcApiError).code).toBe('DependencyViolation.Ipv6InternetBandwidth');
      await client.deleteIpv6InternetBandwidth({
        RegionId: regionId,
        Ipv6InternetBandwidthId: InternetBandwidthId,
      });
      await client.deleteIpv6Gateway({ RegionId: regionId, Ipv6GatewayId: id });
      await admin(emu, 'POST', 'advance');
      const gone = await client.describeIpv6GatewayAttribute({
        RegionId: regionId,
        Ipv6GatewayId: id,
      });
      expect(gone.Status ?? '').toBe('');
    } finally {
      await client.close();
    }
  });
});
