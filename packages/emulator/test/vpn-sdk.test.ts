import { VpcApiError, VpcClient } from '@gc/vpc-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY, startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin } from './signed-call.ts';
import { models, officialVpcClient, popCoreClient } from './sdk-clients.ts';

// Official SDKs and our client drive the VPN family end to end (issue 3 "Done when", issue 5).
let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'manual', describesToAdvance: 2 } });
});
afterAll(() => emu.close());
beforeEach(() => admin(emu, 'POST', 'reset'));

const regionId = 'eu-central-1';

async function poll<T>(probe: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
  let value = await probe();
  for (let i = 0; i < 6 && !done(value); i += 1) value = await probe();
  return value;
}

describe.each([
  ['ACS3 (SDK default)', undefined],
  ['signature 1.0 (v2)', 'v2' as const],
])('@alicloud/vpc20160428 with %s', (_label, signatureAlgorithm) => {
  it('VPN gateway → customer gateway → IPsec connection → delete in dependency order', async () => {
    const vpc = officialVpcClient(emu.url, signatureAlgorithm ? { signatureAlgorithm } : {});
    const vsws = await vpc.describeVSwitches(
      new models.DescribeVSwitchesRequest({ regionId, vSwitchName: 'eu-app-b' }),
    );
    const vsw = vsws.body?.vSwitches?.vSwitch?.[0];
    const created = await vpc.createVpnGateway(
      new models.CreateVpnGatewayRequest({
        regionId,
        vpcId: vsw?.vpcId,
        vSwitchId: vsw?.vSwitchId,
        bandwidth: 100,
        name: 'sdk-vpn',
        enableSsl: true,
        sslConnections: 10,
        autoPay: true,
        clientToken: `vpn-${signatureAlgorithm ?? 'v3'}`,
      }),
    );
    const id = created.body?.vpnGatewayId ?? '';
    expect(id).toMatch(/^vpn-gw8/);
    const describe = () =>
      vpc.describeVpnGateway(new models.DescribeVpnGatewayRequest({ regionId, vpnGatewayId: id }));
    const active = await poll(describe, (r) => r.body?.status === 'active');
    expect(active.body).toMatchObject({ status: 'active', spec: '100M', sslVpn: 'enable' });
    const list = await vpc.describeVpnGateways(
      new models.DescribeVpnGatewaysRequest({ regionId, vpcId: vsw?.vpcId, status: 'active' }),
    );
    expect(list.body?.vpnGateways?.vpnGateway?.map((g) => g.vpnGatewayId)).toContain(id);
    const renamed = await vpc.modifyVpnGatewayAttribute(
      new models.ModifyVpnGatewayAttributeRequest({
        regionId,
        vpnGatewayId: id,
        name: 'sdk-vpn-2',
      }),
    );
    expect(renamed.body?.name).toBe('sdk-vpn-2');

    const cgw = await vpc.createCustomerGateway(
      new models.CreateCustomerGatewayRequest({
        regionId,
        ipAddress: signatureAlgorithm ? '203.0.113.201' : '203.0.113.202',
        asn: '65001',
        name: 'Hamburg office',
        tags: [new models.CreateCustomerGatewayRequestTags({ key: 'site', value: 'hamburg' })],
      }),
    );
    const cgwId = cgw.body?.customerGatewayId ?? '';
    const cgws = await vpc.describeCustomerGateways(
      new models.DescribeCustomerGatewaysRequest({ regionId, customerGatewayId: cgwId }),
    );
    expect(cgws.body?.customerGateways?.customerGateway?.[0]).toMatchObject({ asn: 65001 });
    const conn = await vpc.createVpnConnection(
      new models.CreateVpnConnectionRequest({
        regionId,
        vpnGatewayId: id,
        customerGatewayId: cgwId,
        localSubnet: '10.60.2.0/24',
        remoteSubnet: '192.168.200.0/24',
        effectImmediately: true,
        ikeConfig: JSON.stringify({ Psk: 'sdk-secret-key', IkeVersion: 'ikev2' }),
        tags: [new models.CreateVpnConnectionRequestTags({ key: 'env', value: 'test' })],
      }),
    );
    const connId = conn.body?.vpnConnectionId ?? '';
    expect((await describe()).body?.status).toBe('updating');
    await poll(describe, (r) => r.body?.status === 'active');
    const one = await vpc.describeVpnConnection(
      new models.DescribeVpnConnectionRequest({ regionId, vpnConnectionId: connId }),
    );
    expect(one.body).toMatchObject({ status: 'ipsec_sa_established', state: 'active' });
    expect(one.body?.ikeConfig).toMatchObject({ psk: 'sdk-secret-key', ikeVersion: 'ikev2' });
    expect(one.body?.tags?.tag?.[0]).toMatchObject({ key: 'env', value: 'test' });
    const conns = await vpc.describeVpnConnections(
      new models.DescribeVpnConnectionsRequest({ regionId, vpnGatewayId: id }),
    );
    expect(conns.body?.vpnConnections?.vpnConnection?.[0]?.tag?.tag?.[0]?.value).toBe('test');

    await expect(
      vpc.deleteVpnGateway(new models.DeleteVpnGatewayRequest({ regionId, vpnGatewayId: id })),
    ).rejects.toMatchObject({ code: 'DependencyViolation.VpnConnection' });
    await vpc.deleteVpnConnection(
      new models.DeleteVpnConnectionRequest({ regionId, vpnConnectionId: connId }),
    );
    await admin(emu, 'POST', 'advance');
    await vpc.deleteCustomerGateway(
      new models.DeleteCustomerGatewayRequest({ regionId, customerGatewayId: cgwId }),
    );
    await vpc.deleteVpnGateway(new models.DeleteVpnGatewayRequest({ regionId, vpnGatewayId: id }));
    await admin(emu, 'POST', 'advance');
    await expect(describe()).rejects.toMatchObject({
      code: 'InvalidVpnGatewayInstanceId.NotFound',
    });
  });
});

describe.each([['GET'], ['POST']] as const)('@alicloud/pop-core with %s', (method) => {
  it('lists seeded VPN gateways, connections and customer gateways', async () => {
    const pop = popCoreClient(emu.url);
    const gws = await pop.request<{ VpnGateways: { VpnGateway: { Name: string }[] } }>(
      'DescribeVpnGateways',
      { RegionId: regionId },
      { method },
    );
    expect(gws.VpnGateways.VpnGateway.map((g) => g.Name)).toEqual(['fra-dc-vpn']);
    const conns = await pop.request<{ VpnConnections: { VpnConnection: { Name: string }[] } }>(
      'DescribeVpnConnections',
      { RegionId: regionId },
      { method },
    );
    expect(conns.VpnConnections.VpnConnection.map((c) => c.Name)).toEqual([
      'frankfurt-dc',
      'munich-office',
    ]);
    const created = await pop.request<{ CustomerGatewayId: string }>(
      'CreateCustomerGateway',
      { RegionId: regionId, IpAddress: method === 'GET' ? '192.0.2.61' : '192.0.2.62' },
      { method },
    );
    expect(created.CustomerGatewayId).toMatch(/^cgw-/);
  });
});

describe.each([['XML'], ['JSON']] as const)('@gc/vpc-client with %s', (format) => {
  it('creates a gateway and an IPsec connection, waits for active, deletes them', async () => {
    const client = new VpcClient({
      endpoint: emu.url,
      credentials: { ...DEMO_ACCESS_KEY },
      format,
    });
    try {
      const vsws = await client.describeVSwitches({ RegionId: regionId, VSwitchName: 'eu-app-b' });
      const vsw = vsws.VSwitches.VSwitch[0];
      const { VpnGatewayId: id } = await client.createVpnGateway({
        RegionId: regionId,
        VpcId: vsw?.VpcId ?? '',
        Bandwidth: 10,
        Name: `client-${format}`,
      });
      let gw = await client.describeVpnGateway({ RegionId: regionId, VpnGatewayId: id });
      expect(gw.Status).toBe('provisioning');
      await admin(emu, 'POST', 'advance');
      gw = await client.describeVpnGateway({ RegionId: regionId, VpnGatewayId: id });
      expect([gw.Status, gw.Spec, gw.Tags?.Tag]).toEqual(['active', '10M', []]);
      const cgws = await client.describeCustomerGateways({ RegionId: regionId });
      const frankfurt = cgws.CustomerGateways.CustomerGateway.find(
        (c) => c.Name === 'Frankfurt DC',
      );
      expect(frankfurt?.Asn).toBe(65100);
      const { VpnConnectionId } = await client.createVpnConnection({
        RegionId: regionId,
        VpnGatewayId: id,
        CustomerGatewayId: frankfurt?.CustomerGatewayId ?? '',
        LocalSubnet: '10.60.2.0/24',
        RemoteSubnet: '10.140.0.0/16',
        IpsecConfig: { IpsecEncAlg: 'aes256', IpsecAuthAlg: 'sha256', IpsecPfs: 'group14' },
        Tags: [{ Key: 'format', Value: format }],
      });
      await admin(emu, 'POST', 'advance');
      const list = await client.describeVpnConnections({ RegionId: regionId, VpnGatewayId: id });
      const item = list.VpnConnections.VpnConnection[0];
      expect(item?.IpsecConfig).toMatchObject({ IpsecEncAlg: 'aes256', IpsecLifetime: 86_400 });
      expect(item?.Tag?.Tag).toEqual([{ Key: 'format', Value: format }]);
      const err = await client
        .createVpnConnection({
          RegionId: regionId,
          VpnGatewayId: id,
          CustomerGatewayId: frankfurt?.CustomerGatewayId ?? '',
          LocalSubnet: '10.60.2.0/24',
          RemoteSubnet: '10.140.0.0/16',
        })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(VpcApiError);
      expect((err as VpcApiError).code).toBe('InvalidVpnConnection.AlreadyExists');
      await client.deleteVpnConnection({ RegionId: regionId, VpnConnectionId });
      await admin(emu, 'POST', 'advance');
      await client.deleteVpnGateway({ RegionId: regionId, VpnGatewayId: id });
      const deleting = await client.describeVpnGateways({ RegionId: regionId, VpnGatewayId: id });
      expect(deleting.VpnGateways.VpnGateway[0]?.Status).toBe('deleting');
    } finally {
      await client.close();
    }
  });
});
