import type { SeedContext } from '../resource-module.ts';
import { CERT_VALIDITY_MS, SSL_VPN_CLIENT_CERT_KIND } from './ssl-vpn-client-cert.model.ts';
import type { SslVpnClientCertRecord } from './ssl-vpn-client-cert.model.ts';
import { connectClient } from './ssl-vpn-client.connect.ts';
import { recordSslLog } from './ssl-vpn-client.model.ts';
import { SSL_VPN_SERVER_KIND } from './ssl-vpn-server.model.ts';
import type { SslVpnServerRecord } from './ssl-vpn-server.model.ts';
import { VPN_GATEWAY_KIND } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// Certificates with one of each expiry status, and clients connected a while ago. Their times are
// relative to the emulator's start (not the fixed seed time) so that the statuses hold in any demo.
const CERTS = [
  { name: 'zhang-wei-laptop', endsIn: CERT_VALIDITY_MS - 120 * DAY },
  { name: 'contractor-li 外包', endsIn: 3 * DAY },
  { name: 'old-kiosk', endsIn: -5 * DAY },
];
const CLIENTS = [
  { cert: 0, ip: '198.51.100.23', port: '51234', ago: 130 * MINUTE, bytes: 48_300_000 },
  { cert: 0, ip: '203.0.113.77', port: '40022', ago: 12 * MINUTE, bytes: 2_100_000 },
  { cert: 1, ip: '192.0.2.145', port: '61007', ago: 41 * MINUTE, bytes: 9_800_000 },
];

/**
 * Seeds the SSL-VPN demo on cn-hangzhou's `hz-office-vpn` (SSL on, 50 connections): one server,
 * three certificates (normal, expiring-soon, expired) and three connected clients. The
 * dual-tunnel `sg-partner-vpn` (SSL on) keeps no server, so a console can create one there.
 */
export function seedSslVpn(ctx: SeedContext): void {
  const regionId = 'cn-hangzhou';
  if (!ctx.regionIds.includes(regionId)) return;
  const gw = ctx.store
    .table<VpnGatewayRecord>(regionId, VPN_GATEWAY_KIND)
    .list()
    .find((g) => g.Name === 'hz-office-vpn' && g.EnableSsl);
  if (!gw) return;
  const now = Date.now();
  const server: SslVpnServerRecord = {
    id: ctx.newId('vss', regionId),
    regionId,
    tags: [],
    Name: 'hz-remote-staff 远程办公',
    VpnGatewayId: gw.id,
    ClientIpPool: '10.110.0.0/24',
    LocalSubnet: '10.10.0.0/16',
    Proto: 'UDP',
    Port: 1194,
    Cipher: 'AES-256-CBC',
    Compress: false,
    DnsServers: '100.100.2.136,100.100.2.138',
    EnableMultiFactorAuth: false,
    IDaaSInstanceId: '',
    IDaaSRegionId: '',
    IDaaSApplicationId: '',
    CreateTime: gw.CreateTime + 2 * DAY,
    ResourceGroupId: gw.ResourceGroupId,
    certCreations: CERTS.length,
  };
  ctx.store.table<SslVpnServerRecord>(regionId, SSL_VPN_SERVER_KIND).put(server);
  const certs = CERTS.map((c) =>
    ctx.store.table<SslVpnClientCertRecord>(regionId, SSL_VPN_CLIENT_CERT_KIND).put({
      id: ctx.newId('vsc', regionId),
      regionId,
      tags: [],
      Name: c.name,
      SslVpnServerId: server.id,
      VpnGatewayId: gw.id,
      CreateTime: now + c.endsIn - CERT_VALIDITY_MS,
      EndTime: now + c.endsIn,
      ResourceGroupId: gw.ResourceGroupId,
    }),
  );
  const expired = certs[2];
  if (expired) {
    const last = { ...expired, SslVpnClientCertId: expired.id, SslVpnServerId: server.id };
    recordSslLog(
      ctx.store,
      last,
      expired.EndTime,
      `VERIFY ERROR: certificate ${expired.id} has expired`,
    );
  }
  for (const c of CLIENTS) {
    const cert = certs[c.cert];
    if (!cert) continue;
    const s = connectClient(ctx.store, {
      regionId,
      sslVpnClientCertId: cert.id,
      ip: c.ip,
      port: c.port,
      at: now - c.ago,
    });
    s.SendBytes = c.bytes;
    s.ReceiveBytes = Math.floor(c.bytes / 5);
  }
}
