import { describe, expect, it } from 'vitest';
import { useManualEmulator } from './manual-emulator.ts';
import { admin, fails, ok } from './signed-call.ts';
import { models, officialVpcClient, popCoreClient } from './sdk-clients.ts';

// Deletion protection, GetNatGatewayAttribute, the NAT zone list and the associated-ENI list,
// driven by the official SDKs (REFERENCE-2 §4.3, §4.4, §4.6, §4.7, §6 rows 3–6).
const emu = useManualEmulator();
const regionId = 'cn-hangzhou';

describe.each([
  ['ACS3 (SDK default)', undefined],
  ['signature 1.0 (v2)', 'v2' as const],
])('@alicloud/vpc20160428 with %s', (_label, signatureAlgorithm) => {
  const sdk = () => officialVpcClient(emu.url, signatureAlgorithm ? { signatureAlgorithm } : {});
  const natNamed = async (name: string) =>
    (await sdk().describeNatGateways(new models.DescribeNatGatewaysRequest({ regionId, name })))
      .body?.natGateways?.natGateway?.[0];

  it('protects a NAT gateway: enable, read back, delete refused, disable, delete', async () => {
    const vpc = sdk();
    const gw = await natNamed('prod-egress-nat');
    const id = gw?.natGatewayId ?? '';
    expect(gw?.deletionProtection).toBe(false);
    const protect = (on: boolean) =>
      vpc.deletionProtection(
        new models.DeletionProtectionRequest({
          regionId,
          instanceId: id,
          type: 'NATGW',
          protectionEnable: on,
        }),
      );
    await protect(true);
    expect((await natNamed('prod-egress-nat'))?.deletionProtection).toBe(true);
    const attr = await vpc.getNatGatewayAttribute(
      new models.GetNatGatewayAttributeRequest({ regionId, natGatewayId: id }),
    );
    expect(attr.body).toMatchObject({
      natGatewayId: id,
      deletionProtectionInfo: { enabled: true },
      billingConfig: { instanceChargeType: 'PostPaid', internetChargeType: 'PayByLcu' },
      privateInfo: { vswitchId: gw?.natGatewayPrivateInfo?.vswitchId, izNo: 'cn-hangzhou-h' },
      snatTable: { snatEntryCount: 2 },
      forwardTable: { forwardEntryCount: 3 },
      enableSessionLog: false,
    });
    expect(attr.body?.ipList?.map((ip) => ip.usingStatus).sort()).toEqual([
      'UsedByForwardTable',
      'UsedBySnatTable',
      'UsedBySnatTable',
    ]);
    await expect(protect(true)).rejects.toMatchObject({
      code: 'DeletionProtection.AlreadyEnabled',
      statusCode: 400,
    });
    const del = () =>
      vpc.deleteNatGateway(
        new models.DeleteNatGatewayRequest({ regionId, natGatewayId: id, force: true }),
      );
    await expect(del()).rejects.toMatchObject({
      code: 'InvalidOperation.DeletionProtection',
      statusCode: 400,
    });
    await protect(false);
    await expect(protect(false)).rejects.toMatchObject({
      code: 'DeletionProtection.NotExist',
      statusCode: 404,
    });
    await del();
    expect((await natNamed('prod-egress-nat'))?.status).toBe('Deleting');
  });

  it('protects an EIP: the seeded protected EIP cannot be released until protection is off', async () => {
    const vpc = sdk();
    const eips = await vpc.describeEipAddresses(
      new models.DescribeEipAddressesRequest({ regionId, eipAddress: '47.96.120.8' }),
    );
    const eip = eips.body?.eipAddresses?.eipAddress?.[0];
    expect(eip?.deletionProtection).toBe(true);
    const allocationId = eip?.allocationId ?? '';
    await vpc.unassociateEipAddress(
      new models.UnassociateEipAddressRequest({
        regionId,
        allocationId,
        instanceId: eip?.instanceId,
        instanceType: 'Nat',
        force: true,
      }),
    );
    await admin(emu, 'POST', 'advance');
    const release = () =>
      vpc.releaseEipAddress(new models.ReleaseEipAddressRequest({ regionId, allocationId }));
    await expect(release()).rejects.toMatchObject({
      code: 'InvalidOperation.DeletionProtection',
      statusCode: 400,
    });
    await vpc.deletionProtection(
      new models.DeletionProtectionRequest({
        regionId,
        instanceId: allocationId,
        type: 'EIP',
        protectionEnable: false,
      }),
    );
    await release();
  });

  it('answers the documented codes for unknown instances and types', async () => {
    const vpc = sdk();
    const call = (type: string, instanceId: string) =>
      vpc.deletionProtection(
        new models.DeletionProtectionRequest({
          regionId,
          instanceId,
          type,
          protectionEnable: true,
        }),
      );
    await expect(call('NATGW', 'ngw-nope')).rejects.toMatchObject({
      code: 'DeletionProtection.ResourceNotExist',
      statusCode: 400,
    });
    await expect(call('EIP', 'eip-nope')).rejects.toMatchObject({
      code: 'InvalidAllocationId.NotFound',
      statusCode: 404,
    });
    await expect(call('VPN', 'vpn-nope')).rejects.toMatchObject({
      code: 'DeletionProtection.TypeNotSupport',
      statusCode: 400,
    });
    const missing = vpc.getNatGatewayAttribute(
      new models.GetNatGatewayAttributeRequest({ regionId, natGatewayId: 'ngw-nope' }),
    );
    await expect(missing).rejects.toMatchObject({
      code: 'InvalidNatGatewayId.NotFound',
      statusCode: 404,
    });
  });

  it('lists NAT zones (LocalName, Chinese by default) and the empty associated-ENI list', async () => {
    const vpc = sdk();
    const zones = await vpc.listEnhanhcedNatGatewayAvailableZones(
      new models.ListEnhanhcedNatGatewayAvailableZonesRequest({ regionId }),
    );
    const ids = zones.body?.zones?.map((z) => z.zoneId);
    expect(ids).toContain('cn-hangzhou-h');
    expect(ids).not.toContain('cn-hangzhou-k');
    expect(zones.body?.zones?.[0]?.localName).toMatch(/可用区/);
    const en = await vpc.listEnhanhcedNatGatewayAvailableZones(
      new models.ListEnhanhcedNatGatewayAvailableZonesRequest({
        regionId,
        acceptLanguage: 'en-US',
        filter: [
          new models.ListEnhanhcedNatGatewayAvailableZonesRequestFilter({
            key: 'PrivateLinkEnabled',
            value: 'true',
          }),
        ],
      }),
    );
    expect(en.body?.zones?.map((z) => z.localName)).toEqual(['Hangzhou Zone B', 'Hangzhou Zone F']);
    const gw = await natNamed('vpc-nat-internal');
    const enis = await vpc.describeNatGatewayAssociateNetworkInterfaces(
      new models.DescribeNatGatewayAssociateNetworkInterfacesRequest({
        regionId,
        natGatewayId: gw?.natGatewayId,
        maxResults: 10,
      }),
    );
    expect(enis.body).toMatchObject({ natGatewayId: gw?.natGatewayId, totalCount: 0, count: 0 });
  });
});

describe.each([['GET'], ['POST']] as const)('@alicloud/pop-core with %s', (method) => {
  it('flips protection, reads the attribute and lists zones', async () => {
    const pop = popCoreClient(emu.url);
    const nats = await pop.request<{ NatGateways: { NatGateway: { NatGatewayId: string }[] } }>(
      'DescribeNatGateways',
      { RegionId: regionId, Name: '支付系统出网网关' },
      { method },
    );
    const id = nats.NatGateways.NatGateway[0]?.NatGatewayId ?? '';
    const attr = () =>
      pop.request<{ DeletionProtectionInfo: { Enabled: boolean } }>(
        'GetNatGatewayAttribute',
        { RegionId: regionId, NatGatewayId: id },
        { method },
      );
    // The seed's protected gateway.
    expect((await attr()).DeletionProtectionInfo.Enabled).toBe(true);
    await pop.request(
      'DeletionProtection',
      { RegionId: regionId, InstanceId: id, Type: 'NATGW', ProtectionEnable: false },
      { method },
    );
    expect((await attr()).DeletionProtectionInfo.Enabled).toBe(false);
    const zones = await pop.request<{ Zones: { ZoneId: string }[] }>(
      'ListEnhanhcedNatGatewayAvailableZones',
      { RegionId: regionId, AcceptLanguage: 'en-US' },
      { method },
    );
    expect(zones.Zones.length).toBeGreaterThan(1);
  });
});

describe.each([['XML'], ['JSON']] as const)('signed calls in %s', (format) => {
  it('renders the new actions and the protection refusal', async () => {
    const id = (
      await ok<{
        NatGateways: { NatGateway: { NatGatewayId: string } | { NatGatewayId: string }[] };
      }>(
        emu.url,
        'DescribeNatGateways',
        { RegionId: regionId, Name: '支付系统出网网关' },
        { format },
      )
    ).NatGateways.NatGateway;
    const natId = Array.isArray(id) ? (id[0]?.NatGatewayId ?? '') : id.NatGatewayId;
    const attr = await ok<{ DeletionProtectionInfo: { Enabled: string | boolean } }>(
      emu.url,
      'GetNatGatewayAttribute',
      { RegionId: regionId, NatGatewayId: natId },
      { format },
    );
    expect(String(attr.DeletionProtectionInfo.Enabled)).toBe('true');
    const refused = await fails(
      emu.url,
      'DeleteNatGateway',
      { RegionId: regionId, NatGatewayId: natId, Force: true },
      { format },
    );
    expect(refused).toMatchObject({
      status: 400,
      code: 'InvalidOperation.DeletionProtection',
      message: 'The instance cannnot delete because of deletion protecion.',
    });
    const twice = await fails(
      emu.url,
      'DeletionProtection',
      { RegionId: regionId, InstanceId: natId, Type: 'NATGW', ProtectionEnable: true },
      { format },
    );
    expect([twice.status, twice.code]).toEqual([400, 'DeletionProtection.AlreadyEnabled']);
    const zones = await signedZones(format);
    expect(zones).toContain('cn-hangzhou-h');
    const enis = await ok<{ TotalCount: string | number }>(
      emu.url,
      'DescribeNatGatewayAssociateNetworkInterfaces',
      { RegionId: regionId, NatGatewayId: natId },
      { format },
    );
    expect(String(enis.TotalCount)).toBe('0');
  });
});

async function signedZones(format: 'XML' | 'JSON'): Promise<string[]> {
  const r = await ok<{ Zones: { ZoneId: string } | { ZoneId: string }[] }>(
    emu.url,
    'ListEnhanhcedNatGatewayAvailableZones',
    { RegionId: regionId },
    { format },
  );
  return [r.Zones].flat().map((z) => z.ZoneId);
}
