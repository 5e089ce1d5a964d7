import { VpcClient } from '@gc/vpc-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY, startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin } from './signed-call.ts';
import { models, officialVpcClient, popCoreClient } from './sdk-clients.ts';
import { gatewayNamed } from './ssl-vpn-lookups.ts';

// IPsec servers end to end through the official SDK, pop-core and our client (issue 14 item 4).
let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'manual' } });
});
afterAll(() => emu.close());
beforeEach(() => admin(emu, 'POST', 'reset'));

const regionId = 'cn-hangzhou';
const advance = () => admin(emu, 'POST', 'advance');

describe.each([
  ['ACS3 (SDK default)', undefined],
  ['signature 1.0 (v2)', 'v2' as const],
])('@alicloud/vpc20160428 with %s', (_label, signatureAlgorithm) => {
  it('creates, updates, lists, reads logs and deletes an IPsec server', async () => {
    const vpc = officialVpcClient(emu.url, signatureAlgorithm ? { signatureAlgorithm } : {});
    const gw = await gatewayNamed(emu.url, regionId, 'hz-office-vpn');
    const created = await vpc.createIpsecServer(
      new models.CreateIpsecServerRequest({
        regionId,
        vpnGatewayId: gw.VpnGatewayId,
        ipSecServerName: 'hz-field',
        clientIpPool: '10.120.0.0/24',
        localSubnet: '10.10.0.0/16',
        psk: 'first-key-123',
        ikeConfig: JSON.stringify({ IkeEncAlg: 'aes256', IkeAuthAlg: 'sha256' }),
        clientToken: `iss-${signatureAlgorithm ?? 'v3'}`,
      }),
    );
    const id = created.body?.ipsecServerId ?? '';
    expect(created.body).toMatchObject({
      ipsecServerName: 'hz-field',
      vpnGatewayId: gw.VpnGatewayId,
      ipsecServerId: expect.stringMatching(/^iss-/),
    });
    expect((await gatewayNamed(emu.url, regionId, 'hz-office-vpn')).Status).toBe('updating');
    await expect(
      vpc.updateIpsecServer(
        new models.UpdateIpsecServerRequest({
          regionId,
          ipsecServerId: id,
          localSubnet: '10.10.0.0/17',
        }),
      ),
    ).rejects.toMatchObject({ code: 'VpnGateway.Configuring' });
    await advance();
    await vpc.updateIpsecServer(
      new models.UpdateIpsecServerRequest({
        regionId,
        ipsecServerId: id,
        ipsecServerName: 'hz-field-2',
        ipsecConfig: JSON.stringify({ IpsecPfs: 'group14' }),
      }),
    );
    await advance();
    const listed = await vpc.listIpsecServers(
      new models.ListIpsecServersRequest({ regionId, vpnGatewayId: gw.VpnGatewayId }),
    );
    expect(listed.body?.totalCount).toBe(1);
    expect(listed.body?.ipsecServers?.[0]).toMatchObject({
      ipsecServerId: id,
      ipsecServerName: 'hz-field-2',
      clientIpPool: '10.120.0.0/24',
      localSubnet: '10.10.0.0/16',
      psk: 'first-key-123',
      pskEnabled: true,
      ikeConfig: { ikeEncAlg: 'aes256', ikeAuthAlg: 'sha256', ikeVersion: 'ikev2' },
      ipsecConfig: { ipsecPfs: 'group14', ipsecEncAlg: 'aes' },
      maxConnections: gw.SslMaxConnections,
    });
    const byId = await vpc.listIpsecServers(
      new models.ListIpsecServersRequest({ regionId, ipsecServerId: [id] }),
    );
    expect(byId.body?.ipsecServers?.map((s) => s.ipsecServerId)).toEqual([id]);
    const logs = await vpc.listIpsecServerLogs(
      new models.ListIpsecServerLogsRequest({ regionId, ipsecServerId: id, minutePeriod: 5 }),
    );
    expect(logs.body).toMatchObject({ count: 2, isCompleted: true });
    expect(logs.body?.data?.[1]).toContain('configuration updated');
    await vpc.deleteIpsecServer(
      new models.DeleteIpsecServerRequest({ regionId, ipsecServerId: id }),
    );
    await advance();
    await expect(
      vpc.listIpsecServerLogs(
        new models.ListIpsecServerLogsRequest({ regionId, ipsecServerId: id, minutePeriod: 5 }),
      ),
    ).rejects.toMatchObject({ code: 'InvalidIpsecServerId.NotFound' });
  });
});

describe('refusals', () => {
  it('refuses a second server on a gateway, and a gateway without SSL-VPN', async () => {
    const vpc = officialVpcClient(emu.url);
    const sg = await gatewayNamed(emu.url, 'ap-southeast-1', 'sg-partner-vpn');
    await expect(
      vpc.createIpsecServer(
        new models.CreateIpsecServerRequest({
          regionId: 'ap-southeast-1',
          vpnGatewayId: sg.VpnGatewayId,
          clientIpPool: '10.130.0.0/24',
          localSubnet: '10.50.0.0/16',
        }),
      ),
    ).rejects.toMatchObject({ code: 'Resource.QuotaFull' });
    const enhanced = await gatewayNamed(emu.url, 'ap-southeast-1', 'sg-sitetosite-vpn');
    await expect(
      vpc.createIpsecServer(
        new models.CreateIpsecServerRequest({
          regionId: 'ap-southeast-1',
          vpnGatewayId: enhanced.VpnGatewayId,
          clientIpPool: '10.130.0.0/24',
          localSubnet: '10.50.0.0/16',
        }),
      ),
    ).rejects.toMatchObject({ code: 'OperationFailed.IpsecServerNotSupport' });
  });
});

describe.each([['GET'], ['POST']] as const)('@alicloud/pop-core with %s', (method) => {
  it('lists the seeded server and its logs', async () => {
    const pop = popCoreClient(emu.url);
    const R = { RegionId: 'ap-southeast-1' };
    const list = await pop.request<{
      IpsecServers: { IpsecServerId: string; IpsecServerName: string; PskEnabled: boolean }[];
    }>('ListIpsecServers', R, { method });
    expect(list.IpsecServers).toEqual([
      expect.objectContaining({ IpsecServerName: 'sg-field-staff', PskEnabled: true }),
    ]);
    const logs = await pop.request<{ Data: string[] }>(
      'ListIpsecServerLogs',
      { ...R, IpsecServerId: list.IpsecServers[0]?.IpsecServerId, MinutePeriod: 10 },
      { method },
    );
    expect(logs.Data).toHaveLength(3);
  });
});

describe.each([['XML'], ['JSON']] as const)('@gc/vpc-client in %s', (format) => {
  it('decodes the list (a one-item bare array) and the logs', async () => {
    const client = new VpcClient({
      endpoint: emu.url,
      credentials: { ...DEMO_ACCESS_KEY },
      format,
    });
    try {
      const list = await client.listIpsecServers({ RegionId: 'ap-southeast-1' });
      expect(list.IpsecServers).toHaveLength(1);
      const server = list.IpsecServers[0];
      expect(server?.IkeConfig?.IkeLifetime).toBe(86_400);
      expect(server?.CreationTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      const logs = await client.listIpsecServerLogs({
        RegionId: 'ap-southeast-1',
        IpsecServerId: server?.IpsecServerId ?? '',
        From: Math.floor(Date.now() / 1000) - 3600,
        To: Math.floor(Date.now() / 1000),
      });
      expect(logs.Data).toEqual([
        expect.stringContaining('IKE_SA'),
        expect.stringContaining('CHILD_SA'),
        expect.stringContaining('DPD'),
      ]);
    } finally {
      await client.close();
    }
  });
});
