import { X509Certificate } from 'node:crypto';
import { VpcApiError, VpcClient } from '@gc/vpc-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCESS_KEY, startEmulator } from '../src/index.ts';
import type { RunningEmulator } from '../src/index.ts';
import { admin } from './signed-call.ts';

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ logger: false, timing: { mode: 'immediate' } });
});
afterAll(() => emu.close());

const R = { RegionId: 'ap-southeast-1' };

// Every SSL-VPN action through our client in both formats: bare `ClientInfoList`, `Data.Logs`,
// the irregular `SslVpnClientCertKeys` wrapper, key material, and one-item XML lists.
describe.each(['XML', 'JSON'] as const)(
  '@gc/vpc-client over %s: every SSL-VPN action',
  (format) => {
    it('round-trips', async () => {
      await admin(emu, 'POST', 'reset');
      const vpc = new VpcClient({ endpoint: emu.url, credentials: { ...DEMO_ACCESS_KEY }, format });
      try {
        const gws = await vpc.describeVpnGateways({ ...R });
        const gw = gws.VpnGateways.VpnGateway.find((g) => g.Name === 'sg-partner-vpn');
        const VpnGatewayId = gw?.VpnGatewayId ?? '';
        const { SslVpnServerId } = await vpc.createSslVpnServer({
          ...R,
          VpnGatewayId,
          ClientIpPool: '192.168.200.0/24',
          LocalSubnet: '10.50.0.0/16',
          Compress: true,
        });
        const modified = await vpc.modifySslVpnServer({ ...R, SslVpnServerId, Port: 1443 });
        expect(modified).toMatchObject({ Port: 1443, Compress: true, MaxConnections: 10 });
        const servers = await vpc.describeSslVpnServers({ ...R, VpnGatewayId });
        expect(servers.SslVpnServers.SslVpnServer).toHaveLength(1);
        expect(servers.SslVpnServers.SslVpnServer[0]).toMatchObject({
          Proto: 'TCP',
          Connections: 0,
        });

        const { SslVpnClientCertId } = await vpc.createSslVpnClientCert({
          ...R,
          SslVpnServerId,
          Name: `c-${format}`,
        });
        const renamed = await vpc.modifySslVpnClientCert({
          ...R,
          SslVpnClientCertId,
          Name: 'dora',
        });
        expect(renamed.Name).toBe('dora');
        const one = await vpc.describeSslVpnClientCert({ ...R, SslVpnClientCertId });
        const ca = new X509Certificate(one.CaCert);
        expect(new X509Certificate(one.ClientCert).verify(ca.publicKey)).toBe(true);
        expect(one.ClientKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
        expect(one.ClientConfig).toContain('remote ');
        expect(typeof one.EndTime).toBe('number');
        const certs = await vpc.describeSslVpnClientCerts({ ...R, SslVpnServerId });
        expect(certs.SslVpnClientCertKeys.SslVpnClientCertKey).toEqual([
          expect.objectContaining({ SslVpnClientCertId, Name: 'dora', Status: 'normal' }),
        ]);

        await admin(emu, 'POST', 'ssl-vpn/connect', {
          regionId: R.RegionId,
          sslVpnClientCertId: SslVpnClientCertId,
        });
        const clients = await vpc.describeSslVpnClients({ ...R, VpnGatewayId });
        expect(clients.ClientInfoList).toEqual([
          expect.objectContaining({
            CommonName: `CN=${SslVpnClientCertId}`,
            Status: 'online',
            Port: expect.any(String),
          }),
        ]);
        const logs = await vpc.describeVpnSslServerLogs({
          ...R,
          VpnSslServerId: SslVpnServerId,
          MinutePeriod: 2,
          PageSize: 1,
        });
        expect([logs.Count, logs.IsCompleted, logs.Data?.Logs.length]).toEqual([1, true, 1]);

        await vpc.deleteSslVpnClientCert({ ...R, SslVpnClientCertId });
        expect((await vpc.describeSslVpnClients({ ...R, VpnGatewayId })).ClientInfoList).toEqual(
          [],
        );
        await vpc.deleteSslVpnServer({ ...R, SslVpnServerId });
        const err = await vpc
          .describeSslVpnClientCert({ ...R, SslVpnClientCertId })
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(VpcApiError);
        expect((err as VpcApiError).code).toBe('InvalidSslVpnClientCertId.NotFound');
      } finally {
        await vpc.close();
      }
    });
  },
);
