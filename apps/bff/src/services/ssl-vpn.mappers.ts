import type { SslVpnClient, SslVpnClientCert, SslVpnServer } from '@gc/contracts';
import type {
  SslVpnClientCert as ApiCert,
  SslVpnClientInfo,
  SslVpnServer as ApiServer,
} from '@gc/vpc-client';
import { epochToIso } from './vpn.mappers.ts';

const STATUSES = new Set<string>(['normal', 'expiring-soon', 'expired']);

/** An SSL server of DescribeSslVpnServers, as the console shows it. */
export function toSslVpnServer(s: ApiServer, regionId: string): SslVpnServer {
  return {
    id: s.SslVpnServerId,
    name: s.Name ?? '',
    regionId: s.RegionId ?? regionId,
    vpnGatewayId: s.VpnGatewayId ?? '',
    clientIpPool: s.ClientIpPool ?? '',
    localSubnet: s.LocalSubnet ?? '',
    proto: s.Proto ?? '',
    port: s.Port ?? 0,
    cipher: s.Cipher ?? '',
    compress: s.Compress ?? false,
    dnsServers: s.DnsServers ?? '',
    enableMultiFactorAuth: s.EnableMultiFactorAuth ?? false,
    idaasInstanceId: s.IDaaSInstanceId ?? '',
    idaasRegionId: s.IDaaSRegionId ?? '',
    connections: s.Connections ?? 0,
    maxConnections: s.MaxConnections ?? 0,
    internetIp: s.InternetIp ?? '',
    creationTime: epochToIso(s.CreateTime) ?? '',
  };
}

/** A certificate of DescribeSslVpnClientCerts (the list never carries key material). */
export function toSslVpnClientCert(c: ApiCert, regionId: string): SslVpnClientCert {
  const status = c.Status ?? '';
  return {
    id: c.SslVpnClientCertId,
    name: c.Name ?? '',
    regionId: c.RegionId ?? regionId,
    sslVpnServerId: c.SslVpnServerId ?? '',
    // An unknown status is shown as expired rather than trusted: the user re-issues it.
    status: STATUSES.has(status) ? (status as SslVpnClientCert['status']) : 'expired',
    creationTime: epochToIso(c.CreateTime) ?? '',
    endTime: epochToIso(c.EndTime) ?? '',
  };
}

/** A connected client of DescribeSslVpnClients. */
export function toSslVpnClient(c: SslVpnClientInfo): SslVpnClient {
  return {
    commonName: c.CommonName ?? '',
    ip: c.Ip ?? '',
    port: c.Port ?? '',
    privateIp: c.PrivateIp ?? '',
    connectedTime: epochToIso(c.ConnectedTime) ?? '',
    receiveBytes: c.ReceiveBytes ?? 0,
    sendBytes: c.SendBytes ?? 0,
    status: c.Status ?? '',
  };
}

/** True when a gateway's `Tag` (JSON text of system labels) has `VisuallySsl` on (§3.10). */
export function hasVisuallySsl(tag: string | undefined): boolean {
  try {
    const labels: unknown = JSON.parse(tag || '{}');
    if (!labels || typeof labels !== 'object') return false;
    const v = (labels as Record<string, unknown>).VisuallySsl;
    return v === true || v === 'true';
  } catch {
    return false;
  }
}

// The API's config names the files (`ca ca.crt`, `cert <id>.crt`, `key <id>.key`, §3.8); the
// download inlines them so one `.ovpn` file is all a client needs, as the console's bundle is.
const FILE_LINE = /^(ca|cert|key)\s+\S+\s*$/;

/** The `.ovpn` client configuration with the CA, certificate and private key inline. */
export function ovpnBundle(m: {
  ClientConfig: string;
  CaCert: string;
  ClientCert: string;
  ClientKey: string;
}): string {
  const kept = m.ClientConfig.split(/\r?\n/).filter((l) => !FILE_LINE.test(l) && l !== '');
  const block = (tag: string, pem: string) => [`<${tag}>`, pem.trim(), `</${tag}>`];
  return [
    ...kept,
    ...block('ca', m.CaCert),
    ...block('cert', m.ClientCert),
    ...block('key', m.ClientKey),
    '',
  ].join('\n');
}
