import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin } from './signed-call.ts';
import { models, officialVpcClient, popCoreClient } from './sdk-clients.ts';
import { gatewayNamed } from './ssl-vpn-lookups.ts';

// The official SDKs drive every SSL-VPN action end to end (issue 14 "Done when").
let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'manual' } });
});
afterAll(() => emu.close());
beforeEach(() => admin(emu, 'POST', 'reset'));

const regionId = 'ap-southeast-1';
const advance = () => admin(emu, 'POST', 'advance');

describe.each([
  ['ACS3 (SDK default)', undefined],
  ['signature 1.0 (v2)', 'v2' as const],
])('@alicloud/vpc20160428 with %s', (_label, signatureAlgorithm) => {
  it('server → certificates → clients and logs → delete', async () => {
    const vpc = officialVpcClient(emu.url, signatureAlgorithm ? { signatureAlgorithm } : {});
    const gw = await gatewayNamed(emu.url, regionId, 'sg-partner-vpn');
    const created = await vpc.createSslVpnServer(
      new models.CreateSslVpnServerRequest({
        regionId,
        vpnGatewayId: gw.VpnGatewayId,
        name: 'sg-remote',
        clientIpPool: '192.168.64.0/24',
        localSubnet: '10.50.0.0/16',
        proto: 'UDP',
        port: 1195,
        cipher: 'AES-256-CBC',
        clientToken: `ssl-${signatureAlgorithm ?? 'v3'}`,
      }),
    );
    const serverId = created.body?.sslVpnServerId ?? '';
    expect(created.body).toMatchObject({
      name: 'sg-remote',
      sslVpnServerId: expect.stringMatching(/^vss-/),
    });
    await advance();
    const modified = await vpc.modifySslVpnServer(
      new models.ModifySslVpnServerRequest({ regionId, sslVpnServerId: serverId, compress: true }),
    );
    expect(modified.body).toMatchObject({
      compress: true,
      port: 1195,
      proto: 'UDP',
      maxConnections: 10,
    });
    await advance();
    const servers = await vpc.describeSslVpnServers(
      new models.DescribeSslVpnServersRequest({ regionId, vpnGatewayId: gw.VpnGatewayId }),
    );
    expect(servers.body?.sslVpnServers?.sslVpnServer?.[0]).toMatchObject({
      sslVpnServerId: serverId,
      cipher: 'AES-256-CBC',
      compress: true,
      connections: 0,
    });

    const certIds: string[] = [];
    for (const name of ['alice', 'bob']) {
      const cert = await vpc.createSslVpnClientCert(
        new models.CreateSslVpnClientCertRequest({ regionId, sslVpnServerId: serverId, name }),
      );
      certIds.push(cert.body?.sslVpnClientCertId ?? '');
      await advance();
    }
    await vpc.modifySslVpnClientCert(
      new models.ModifySslVpnClientCertRequest({
        regionId,
        sslVpnClientCertId: certIds[1],
        name: 'bob-2',
      }),
    );
    const one = await vpc.describeSslVpnClientCert(
      new models.DescribeSslVpnClientCertRequest({ regionId, sslVpnClientCertId: certIds[0] }),
    );
    expect(one.body).toMatchObject({ name: 'alice', status: 'normal' });
    const ca = new X509Certificate(one.body?.caCert ?? '');
    expect(new X509Certificate(one.body?.clientCert ?? '').verify(ca.publicKey)).toBe(true);
    expect(one.body?.clientKey).toContain('PRIVATE KEY');
    expect(one.body?.clientConfig).toContain('proto udp');
    const certs = await vpc.describeSslVpnClientCerts(
      new models.DescribeSslVpnClientCertsRequest({ regionId, sslVpnServerId: serverId }),
    );
    expect(certs.body?.sslVpnClientCertKeys?.sslVpnClientCertKey?.map((c) => c.name)).toEqual([
      'alice',
      'bob-2',
    ]);

    await admin(emu, 'POST', 'ssl-vpn/connect', { regionId, sslVpnClientCertId: certIds[0] });
    const clients = await vpc.describeSslVpnClients(
      new models.DescribeSslVpnClientsRequest({ regionId, vpnGatewayId: gw.VpnGatewayId }),
    );
    expect(clients.body?.clientInfoList?.[0]).toMatchObject({
      commonName: `CN=${certIds[0]}`,
      status: 'online',
    });
    const logs = await vpc.describeVpnSslServerLogs(
      new models.DescribeVpnSslServerLogsRequest({
        regionId,
        vpnSslServerId: serverId,
        minutePeriod: 5,
      }),
    );
    expect(logs.body).toMatchObject({ count: 2, isCompleted: true });
    expect(logs.body?.data?.logs?.[0]).toContain('Peer Connection Initiated');

    await vpc.deleteSslVpnClientCert(
      new models.DeleteSslVpnClientCertRequest({ regionId, sslVpnClientCertId: certIds[1] }),
    );
    const dropped = await vpc.describeSslVpnClients(
      new models.DescribeSslVpnClientsRequest({ regionId, vpnGatewayId: gw.VpnGatewayId }),
    );
    expect(dropped.body?.clientInfoList).toEqual([]);
    await advance();
    await vpc.deleteSslVpnServer(
      new models.DeleteSslVpnServerRequest({ regionId, sslVpnServerId: serverId }),
    );
    await expect(
      vpc.describeSslVpnClientCert(
        new models.DescribeSslVpnClientCertRequest({ regionId, sslVpnClientCertId: certIds[0] }),
      ),
    ).rejects.toMatchObject({ code: 'InvalidSslVpnClientCertId.NotFound' });
  });
});

describe.each([['GET'], ['POST']] as const)('@alicloud/pop-core with %s', (method) => {
  it('lists the seeded server, certificates, clients and logs; creates and deletes a certificate', async () => {
    const pop = popCoreClient(emu.url);
    const R = { RegionId: 'cn-hangzhou' };
    const servers = await pop.request<{
      SslVpnServers: { SslVpnServer: { SslVpnServerId: string; VpnGatewayId: string }[] };
    }>('DescribeSslVpnServers', R, { method });
    const server = servers.SslVpnServers.SslVpnServer[0];
    const certs = await pop.request<{
      SslVpnClientCertKeys: { SslVpnClientCertKey: { Status: string }[] };
    }>('DescribeSslVpnClientCerts', { ...R, SslVpnServerId: server?.SslVpnServerId }, { method });
    expect(certs.SslVpnClientCertKeys.SslVpnClientCertKey.map((c) => c.Status)).toEqual([
      'normal',
      'expiring-soon',
      'expired',
    ]);
    const clients = await pop.request<{ TotalCount: number; ClientInfoList: unknown[] }>(
      'DescribeSslVpnClients',
      { ...R, VpnGatewayId: server?.VpnGatewayId },
      { method },
    );
    expect([clients.TotalCount, clients.ClientInfoList.length]).toEqual([3, 3]);
    const logs = await pop.request<{ Data: { Logs: string[] } }>(
      'DescribeVpnSslServerLogs',
      {
        ...R,
        VpnSslServerId: server?.SslVpnServerId,
        From: Math.floor(Date.now() / 1000) - 10_800,
        To: Math.floor(Date.now() / 1000),
      },
      { method },
    );
    expect(logs.Data.Logs).toHaveLength(6);
    const cert = await pop.request<{ SslVpnClientCertId: string }>(
      'CreateSslVpnClientCert',
      { ...R, SslVpnServerId: server?.SslVpnServerId, Name: `pop-${method}` },
      { method },
    );
    await advance();
    await pop.request(
      'DeleteSslVpnClientCert',
      { ...R, SslVpnClientCertId: cert.SslVpnClientCertId },
      { method },
    );
    expect((await gatewayNamed(emu.url, 'cn-hangzhou', 'hz-office-vpn')).Status).toBe('updating');
  });
});
