import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin } from './signed-call.ts';
import { models, officialVpcClient, popCoreClient } from './sdk-clients.ts';
import { newCgw, R, seededGateways, settle } from './vpn-dual-tunnel.ts';

// The official SDKs drive a dual-tunnel connection end to end (issue 12 "Done when"): the SDK
// sends TunnelOptionsSpecification in the form body on Create/Modify and un-indexed in the query
// on ModifyTunnelAttribute (REFERENCE-2 §0.1), and reads Describe's string-typed tunnel fields.
let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'manual' } });
});
afterAll(() => emu.close());
beforeEach(async () => {
  await admin(emu, 'POST', 'reset');
  await admin(emu, 'PUT', 'timing', { mode: 'manual' });
});

const { regionId } = { regionId: R.RegionId };

describe.each([
  ['ACS3 (SDK default)', undefined],
  ['signature 1.0 (v2)', 'v2' as const],
])('@alicloud/vpc20160428 with %s', (_label, signatureAlgorithm) => {
  it('creates, describes, modifies (connection, tunnel, customer gateway) and deletes a dual-tunnel connection', async () => {
    const vpc = officialVpcClient(emu.url, signatureAlgorithm ? { signatureAlgorithm } : {});
    const { dual } = await seededGateways(emu);
    const a = await newCgw(emu, '203.0.113.81', 65081);
    const b = await newCgw(emu, '203.0.113.82', 65082);
    const T = models.CreateVpnConnectionRequestTunnelOptionsSpecification;
    const created = await vpc.createVpnConnection(
      new models.CreateVpnConnectionRequest({
        regionId,
        vpnGatewayId: dual.VpnGatewayId,
        localSubnet: '10.20.0.0/16',
        remoteSubnet: '192.168.40.0/24',
        effectImmediately: true,
        enableTunnelsBgp: true,
        name: 'sdk-dual',
        tunnelOptionsSpecification: [
          new T({
            role: 'master',
            customerGatewayId: a,
            enableDpd: true,
            tunnelIkeConfig:
              new models.CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelIkeConfig({
                psk: 'sdk-master-psk',
                ikeVersion: 'ikev2',
                ikeLifetime: 3600,
              }),
            tunnelIpsecConfig:
              new models.CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelIpsecConfig({
                ipsecEncAlg: 'aes256',
              }),
            tunnelBgpConfig:
              new models.CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelBgpConfig({
                tunnelCidr: '169.254.20.0/30',
                localAsn: 65020,
              }),
          }),
          new T({
            role: 'slave',
            customerGatewayId: b,
            tunnelBgpConfig:
              new models.CreateVpnConnectionRequestTunnelOptionsSpecificationTunnelBgpConfig({
                tunnelCidr: '169.254.21.0/30',
              }),
          }),
        ],
      }),
    );
    const id = created.body?.vpnConnectionId ?? '';
    expect(id).toMatch(/^vco-/);
    await settle(emu);
    const described = await vpc.describeVpnConnection(
      new models.DescribeVpnConnectionRequest({ regionId, vpnConnectionId: id }),
    );
    const tunnels = described.body?.tunnelOptionsSpecification?.tunnelOptions ?? [];
    expect(tunnels.map((t) => [t.role, t.customerGatewayId, t.status])).toEqual([
      ['master', a, 'ipsec_sa_established'],
      ['slave', b, 'ipsec_sa_established'],
    ]);
    expect(tunnels[0]?.tunnelIkeConfig).toMatchObject({
      psk: 'sdk-master-psk',
      ikeLifetime: '3600',
    });
    expect(tunnels[0]?.tunnelBgpConfig).toMatchObject({
      localAsn: '65020',
      peerAsn: '65081',
      bgpStatus: 'success',
    });
    expect(tunnels[0]?.tunnelIpsecConfig?.ipsecEncAlg).toBe('aes256');

    const M = models.ModifyVpnConnectionAttributeRequestTunnelOptionsSpecification;
    const modified = await vpc.modifyVpnConnectionAttribute(
      new models.ModifyVpnConnectionAttributeRequest({
        regionId,
        vpnConnectionId: id,
        remoteSubnet: '192.168.40.0/24,192.168.41.0/24',
        tunnelOptionsSpecification: [
          new M({
            tunnelId: tunnels[1]?.tunnelId,
            tunnelIkeConfig:
              new models.ModifyVpnConnectionAttributeRequestTunnelOptionsSpecificationTunnelIkeConfig(
                {
                  psk: 'sdk-slave-psk',
                },
              ),
          }),
        ],
      }),
    );
    expect(modified.body?.remoteSubnet).toBe('192.168.40.0/24,192.168.41.0/24');
    expect(
      modified.body?.tunnelOptionsSpecification?.tunnelOptions?.[1]?.tunnelIkeConfig?.psk,
    ).toBe('sdk-slave-psk');
    await settle(emu);

    const tunnel = await vpc.modifyTunnelAttribute(
      new models.ModifyTunnelAttributeRequest({
        regionId,
        vpnConnectionId: id,
        tunnelId: tunnels[0]?.tunnelId,
        tunnelOptionsSpecification:
          new models.ModifyTunnelAttributeRequestTunnelOptionsSpecification({
            enableDpd: false,
            tunnelIkeConfig:
              new models.ModifyTunnelAttributeRequestTunnelOptionsSpecificationTunnelIkeConfig({
                ikeEncAlg: 'aes192',
              }),
            tunnelBgpConfig:
              new models.ModifyTunnelAttributeRequestTunnelOptionsSpecificationTunnelBgpConfig({
                localAsn: 65021,
              }),
          }),
      }),
    );
    expect(tunnel.body).toMatchObject({
      state: 'updating',
      enableDpd: false,
      tunnelIkeConfig: { ikeEncAlg: 'aes192' },
    });
    expect(tunnel.body?.tunnelBgpConfig).toMatchObject({ enableBgp: true, localAsn: 65021 });
    await settle(emu);

    const cgw = await vpc.modifyCustomerGatewayAttribute(
      new models.ModifyCustomerGatewayAttributeRequest({
        regionId,
        customerGatewayId: b,
        name: 'Backup router',
        authKey: 'bgp-key',
      }),
    );
    expect(cgw.body?.name).toBe('Backup router');
    await settle(emu);

    await vpc.deleteVpnConnection(
      new models.DeleteVpnConnectionRequest({ regionId, vpnConnectionId: id }),
    );
    await settle(emu);
    const left = await vpc.describeVpnConnections(
      new models.DescribeVpnConnectionsRequest({ regionId, vpnGatewayId: dual.VpnGatewayId }),
    );
    expect(left.body?.vpnConnections?.vpnConnection?.map((c) => c.vpnConnectionId)).not.toContain(
      id,
    );
  });
});

describe('@alicloud/pop-core', () => {
  it('creates a dual-tunnel connection with indexed params, modifies a tunnel un-indexed, deletes', async () => {
    const pop = popCoreClient(emu.url);
    const { dual } = await seededGateways(emu);
    const a = await newCgw(emu, '203.0.113.91');
    const opts = { method: 'POST' as const };
    const created = (await pop.request(
      'CreateVpnConnection',
      {
        RegionId: regionId,
        VpnGatewayId: dual.VpnGatewayId,
        LocalSubnet: '10.20.0.0/16',
        RemoteSubnet: '192.168.50.0/24',
        EffectImmediately: true,
        'TunnelOptionsSpecification.1.Role': 'master',
        'TunnelOptionsSpecification.1.CustomerGatewayId': a,
        'TunnelOptionsSpecification.2.Role': 'slave',
        'TunnelOptionsSpecification.2.CustomerGatewayId': a,
      },
      opts,
    )) as { VpnConnectionId: string };
    await settle(emu);
    const d = (await pop.request(
      'DescribeVpnConnection',
      { RegionId: regionId, VpnConnectionId: created.VpnConnectionId },
      opts,
    )) as { TunnelOptionsSpecification: { TunnelOptions: { TunnelId: string; Status: string }[] } };
    const [t1] = d.TunnelOptionsSpecification.TunnelOptions;
    expect(d.TunnelOptionsSpecification.TunnelOptions.map((t) => t.Status)).toEqual([
      'ipsec_sa_established',
      'ipsec_sa_established',
    ]);
    const t = (await pop.request(
      'ModifyTunnelAttribute',
      {
        RegionId: regionId,
        VpnConnectionId: created.VpnConnectionId,
        TunnelId: t1?.TunnelId ?? '',
        'TunnelOptionsSpecification.TunnelIkeConfig.Psk': 'pop-psk',
      },
      opts,
    )) as { TunnelIkeConfig: { Psk: string } };
    expect(t.TunnelIkeConfig.Psk).toBe('pop-psk');
    await settle(emu);
    await pop.request(
      'ModifyVpnConnectionAttribute',
      { RegionId: regionId, VpnConnectionId: created.VpnConnectionId, Name: 'pop-dual' },
      opts,
    );
    await settle(emu);
    await pop.request(
      'DeleteVpnConnection',
      { RegionId: regionId, VpnConnectionId: created.VpnConnectionId },
      opts,
    );
    await settle(emu);
    await expect(
      pop.request(
        'DescribeVpnConnection',
        { RegionId: regionId, VpnConnectionId: created.VpnConnectionId },
        opts,
      ),
    ).rejects.toMatchObject({ code: 'InvalidVpnConnectionInstanceId.NotFound' });
  });
});
