import { VpcClient } from '@gc/vpc-client';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY } from '../src/index.ts';
import { useManualEmulator } from './manual-emulator.ts';
import { admin } from './signed-call.ts';
import { models, officialVpcClient, popCoreClient } from './sdk-clients.ts';

// The official SDKs drive dual-tunnel and enhanced gateways end to end (issue 12 "Done when").
const emu = useManualEmulator();
const regionId = 'eu-central-1';

describe.each([
  ['ACS3 (SDK default)', undefined],
  ['signature 1.0 (v2)', 'v2' as const],
])('@alicloud/vpc20160428 with %s', (_label, signatureAlgorithm) => {
  const client = () => officialVpcClient(emu.url, signatureAlgorithm ? { signatureAlgorithm } : {});
  const vswitch = async (name: string) => {
    const r = await client().describeVSwitches(
      new models.DescribeVSwitchesRequest({ regionId, vSwitchName: name }),
    );
    return r.body?.vSwitches?.vSwitch?.[0];
  };

  it('reads zones over GET and creates a dual-tunnel gateway with two vSwitches', async () => {
    const vpc = client();
    const zones = await vpc.describeVpnGatewayAvailableZones(
      new models.DescribeVpnGatewayAvailableZonesRequest({
        regionId,
        spec: '1000M',
        acceptLanguage: 'zh-CN',
      }),
    );
    expect(zones.body?.availableZoneIdList?.map((z) => z.zoneId)).toEqual([
      'eu-central-1-a',
      'eu-central-1-b',
    ]);
    expect(zones.body?.availableZoneIdList?.[0]?.zoneName).toBe('法兰克福 可用区A');
    const [a, b] = [await vswitch('eu-app-a'), await vswitch('eu-app-b')];
    const created = await vpc.createVpnGateway(
      new models.CreateVpnGatewayRequest({
        regionId,
        vpcId: a?.vpcId,
        vSwitchId: a?.vSwitchId,
        disasterRecoveryVSwitchId: b?.vSwitchId,
        bandwidth: 100,
        enableSsl: true,
        name: 'sdk-dual',
      }),
    );
    const id = created.body?.vpnGatewayId ?? '';
    const gw = await vpc.describeVpnGateway(
      new models.DescribeVpnGatewayRequest({ regionId, vpnGatewayId: id }),
    );
    expect(gw.body).toMatchObject({
      vSwitchId: a?.vSwitchId,
      disasterRecoveryVSwitchId: b?.vSwitchId,
      gatewayType: 'Traditional',
    });
    expect(gw.body?.disasterRecoveryInternetIp).toMatch(/^47\.254\./);
    expect(gw.body?.sslVpnInternetIp).not.toBe(gw.body?.internetIp);
  });

  it('creates, updates and deletes an enhanced gateway', async () => {
    const vpc = client();
    const [a, b] = [await vswitch('eu-app-a'), await vswitch('eu-app-b')];
    const created = await vpc.createEnhancedVpnGateway(
      new models.CreateEnhancedVpnGatewayRequest({
        regionId,
        vpcId: a?.vpcId,
        vSwitchId: a?.vSwitchId,
        disasterRecoveryVSwitchId: b?.vSwitchId,
        gatewayType: 'Enhanced.SiteToSite',
        name: 'sdk-s2s',
      }),
    );
    const id = created.body?.vpnGatewayId ?? '';
    expect(created.body?.name).toBe('sdk-s2s');
    await admin(emu, 'POST', 'advance');
    const listed = await vpc.describeVpnGateways(
      new models.DescribeVpnGatewaysRequest({ regionId, gatewayType: 'Enhanced.SiteToSite' }),
    );
    expect(listed.body?.vpnGateways?.vpnGateway?.map((g) => g.vpnGatewayId)).toEqual([id]);
    const updated = await vpc.updateEnhancedVpnGateway(
      new models.UpdateEnhancedVpnGatewayRequest({
        regionId,
        vpnGatewayId: id,
        description: 'sdk update',
      }),
    );
    expect(updated.body).toMatchObject({
      description: 'sdk update',
      gatewayType: 'Enhanced.SiteToSite',
      status: 'updating',
    });
    await admin(emu, 'POST', 'advance');
    await vpc.deleteEnhancedVpnGateway(
      new models.DeleteEnhancedVpnGatewayRequest({ regionId, vpnGatewayId: id }),
    );
    await admin(emu, 'POST', 'advance');
    await expect(
      vpc.describeVpnGateway(new models.DescribeVpnGatewayRequest({ regionId, vpnGatewayId: id })),
    ).rejects.toMatchObject({ code: 'InvalidVpnGatewayInstanceId.NotFound' });
  });
});

describe('@alicloud/pop-core', () => {
  it('reads zones with GET and refuses a prepaid gateway within its term with 403', async () => {
    const pop = popCoreClient(emu.url);
    const zones = await pop.request<{
      AvailableZoneIdList: { ZoneId: string; ZoneName: string }[];
    }>(
      'DescribeVpnGatewayAvailableZones',
      { RegionId: 'cn-hangzhou', Spec: '5M', GatewayType: 'Enhanced.SiteToSite' },
      { method: 'GET' },
    );
    expect(zones.AvailableZoneIdList).toEqual([
      { ZoneId: 'cn-hangzhou-b', ZoneName: 'Hangzhou Zone B' },
      { ZoneId: 'cn-hangzhou-f', ZoneName: 'Hangzhou Zone F' },
    ]);
    const gws = await pop.request<{ VpnGateways: { VpnGateway: { VpnGatewayId: string }[] } }>(
      'DescribeVpnGateways',
      { RegionId: 'cn-hangzhou', 'Tag.1.Key': '业务线', 'Tag.1.Value': '支付' },
      { method: 'POST' },
    );
    const id = gws.VpnGateways.VpnGateway[0]?.VpnGatewayId ?? '';
    await expect(
      pop.request(
        'DeleteVpnGateway',
        { RegionId: 'cn-hangzhou', VpnGatewayId: id },
        { method: 'POST' },
      ),
    ).rejects.toMatchObject({ code: 'ForbiddenRelease' });
  });
});

describe.each([
  ['XML over POST, signature 1.0', { format: 'XML', method: 'POST' }],
  ['JSON, ACS3', { format: 'JSON', signatureVersion: 'v3' }],
] as const)('@gc/vpc-client with %s', (_label, wire) => {
  it('sends DescribeVpnGatewayAvailableZones as GET and reads the bare array', async () => {
    const client = new VpcClient({
      endpoint: emu.url,
      credentials: { ...DEMO_ACCESS_KEY },
      ...wire,
    });
    try {
      // ap-northeast-2 has one zone: XML carries a single element, still a one-item array.
      const one = await client.describeVpnGatewayAvailableZones({
        RegionId: 'ap-northeast-2',
        Spec: '10M',
      });
      expect(one.AvailableZoneIdList).toEqual([
        { ZoneId: 'ap-northeast-2-a', ZoneName: 'Seoul Zone A' },
      ]);
      const sg = async (name: string) =>
        (await client.describeVSwitches({ RegionId: 'ap-southeast-1', VSwitchName: name }))
          .VSwitches.VSwitch[0];
      const [a, b] = [await sg('sg-app-a'), await sg('sg-app-b')];
      const created = await client.createEnhancedVpnGateway({
        RegionId: 'ap-southeast-1',
        VpcId: a?.VpcId ?? '',
        VSwitchId: a?.VSwitchId ?? '',
        DisasterRecoveryVSwitchId: b?.VSwitchId ?? '',
        GatewayType: 'Enhanced.SiteToSite',
      });
      await admin(emu, 'POST', 'advance');
      const updated = await client.updateEnhancedVpnGateway({
        RegionId: 'ap-southeast-1',
        VpnGatewayId: created.VpnGatewayId,
        Name: 'client-s2s',
      });
      expect([updated.Name, updated.GatewayType, updated.EniInstanceIds.EniInstanceId]).toEqual([
        'client-s2s',
        'Enhanced.SiteToSite',
        [],
      ]);
      await admin(emu, 'POST', 'advance');
      await client.deleteEnhancedVpnGateway({
        RegionId: 'ap-southeast-1',
        VpnGatewayId: created.VpnGatewayId,
      });
    } finally {
      await client.close();
    }
  });
});
