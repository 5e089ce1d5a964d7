import { ok } from './signed-call.ts';

/** A VPN gateway as the SSL-VPN tests read it. */
export interface SslGateway {
  VpnGatewayId: string;
  Name: string;
  Status: string;
  InternetIp: string;
  DisasterRecoveryInternetIp?: string;
  SslMaxConnections: number;
}

/** The seeded gateway called `name` in `regionId`. */
export async function gatewayNamed(url: string, regionId: string, name: string) {
  const r = await ok<{ VpnGateways: { VpnGateway: SslGateway[] } }>(url, 'DescribeVpnGateways', {
    RegionId: regionId,
    PageSize: 50,
  });
  const gw = r.VpnGateways.VpnGateway.find((g) => g.Name === name);
  if (!gw) throw new Error(`no VPN gateway ${name} in ${regionId}`);
  return gw;
}

/** A DescribeSslVpnServers item. */
export interface SslServer {
  SslVpnServerId: string;
  VpnGatewayId: string;
  Name: string;
  ClientIpPool: string;
  LocalSubnet: string;
  Proto: string;
  Port: number;
  Cipher: string;
  Compress: boolean;
  Connections: number;
  MaxConnections: number;
  InternetIp: string;
  DnsServers: string;
}

/** The SSL servers of a region (optionally of one gateway). */
export async function sslServers(url: string, regionId: string, vpnGatewayId?: string) {
  const r = await ok<{ TotalCount: number; SslVpnServers: { SslVpnServer: SslServer[] } }>(
    url,
    'DescribeSslVpnServers',
    { RegionId: regionId, ...(vpnGatewayId ? { VpnGatewayId: vpnGatewayId } : {}) },
  );
  return r.SslVpnServers.SslVpnServer;
}

/** A DescribeSslVpnClientCerts item. */
export interface SslCert {
  SslVpnClientCertId: string;
  SslVpnServerId: string;
  Name: string;
  Status: string;
  EndTime: number;
}

/** The certificates of one server. */
export async function sslCerts(url: string, regionId: string, sslVpnServerId: string) {
  const r = await ok<{ SslVpnClientCertKeys: { SslVpnClientCertKey: SslCert[] } }>(
    url,
    'DescribeSslVpnClientCerts',
    { RegionId: regionId, SslVpnServerId: sslVpnServerId },
  );
  return r.SslVpnClientCertKeys.SslVpnClientCertKey;
}

/** A DescribeSslVpnClients item. */
export interface SslClient {
  CommonName: string;
  Ip: string;
  Port: string;
  PrivateIp: string;
  Status: string;
  SendBytes: number;
}

/** The connected clients of a gateway. */
export async function sslClients(url: string, regionId: string, vpnGatewayId: string) {
  const r = await ok<{ TotalCount: number; ClientInfoList: SslClient[] }>(
    url,
    'DescribeSslVpnClients',
    { RegionId: regionId, VpnGatewayId: vpnGatewayId, PageSize: 50 },
  );
  return r.ClientInfoList;
}

/** The seeded demo: cn-hangzhou's `hz-office-vpn`, its SSL server and certificates. */
export async function seededSslVpn(url: string) {
  const gw = await gatewayNamed(url, 'cn-hangzhou', 'hz-office-vpn');
  const [server] = await sslServers(url, 'cn-hangzhou', gw.VpnGatewayId);
  if (!server) throw new Error('no seeded SSL server');
  const certs = await sslCerts(url, 'cn-hangzhou', server.SslVpnServerId);
  return { gw, server, certs, ids: certs.map((c) => c.SslVpnClientCertId) };
}
