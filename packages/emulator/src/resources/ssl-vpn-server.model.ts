import { invalidSslVpnServerIdNotFound, sslNotSupport, sslVpnServerQuotaFull } from '../errors.ts';
import type { BaseRecord, Store } from '../store.ts';
import { sessionsOf } from './ssl-vpn-client.model.ts';
import { isDualTunnelGateway } from './vpn-gateway.lock.ts';
import { publicIpFor } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';

/** Store kind of SSL-VPN servers. */
export const SSL_VPN_SERVER_KIND = 'sslVpnServers';

/** `Proto` values (REFERENCE-2 §3.1). */
export const SSL_PROTOS = ['TCP', 'UDP'] as const;
/** `Cipher` values; `none` too (REFERENCE-2 §3.1). */
export const SSL_CIPHERS = ['AES-128-CBC', 'AES-192-CBC', 'AES-256-CBC', 'none'] as const;

/** An SSL-VPN server (`vss-…`); it has no status of its own: its gateway goes `updating` (§7.4). */
export interface SslVpnServerRecord extends BaseRecord {
  Name: string;
  VpnGatewayId: string;
  ClientIpPool: string;
  LocalSubnet: string;
  Proto: (typeof SSL_PROTOS)[number];
  Port: number;
  Cipher: (typeof SSL_CIPHERS)[number];
  Compress: boolean;
  DnsServers: string;
  EnableMultiFactorAuth: boolean;
  IDaaSInstanceId: string;
  IDaaSRegionId: string;
  IDaaSApplicationId: string;
  CreateTime: number;
  ResourceGroupId: string;
  /** Client-certificate creation operations so far (`SslVpnClientCreateTimes.ReachLimits`). */
  certCreations: number;
  /** The server's own CA, made on the first key-material read; never rendered. */
  ca?: { keyPem: string; certPem: string };
}

/** The server or 404 `InvalidSslVpnServerId.NotFound`. */
export function requireSslVpnServer(
  store: Store,
  regionId: string,
  id: string,
): SslVpnServerRecord {
  const server = store.table<SslVpnServerRecord>(regionId, SSL_VPN_SERVER_KIND).get(id);
  if (!server) throw invalidSslVpnServerIdNotFound(id);
  return server;
}

/** The SSL servers of one gateway (at most one). */
export function sslVpnServersOf(store: Store, regionId: string, gatewayId: string) {
  return store
    .table<SslVpnServerRecord>(regionId, SSL_VPN_SERVER_KIND)
    .list()
    .filter((s) => s.VpnGatewayId === gatewayId);
}

/**
 * A gateway that can host an SSL server: SSL-VPN enabled, not an enhanced (site-to-site) gateway,
 * and without a server yet ([emulator choice] quota 1 per gateway, REFERENCE-2 §3).
 */
export function checkSslCapableGateway(store: Store, gw: VpnGatewayRecord): void {
  // `GatewayType` is added by the gateways slice; a record without it is a traditional gateway.
  const type = (gw as VpnGatewayRecord & { GatewayType?: string }).GatewayType ?? 'Traditional';
  if (type.startsWith('Enhanced')) throw sslNotSupport(gw.id, 'enhanced gateways have no SSL-VPN');
  if (!gw.EnableSsl) throw sslNotSupport(gw.id, 'SSL-VPN is not enabled on it');
  if (sslVpnServersOf(store, gw.regionId, gw.id).length > 0) throw sslVpnServerQuotaFull(gw.id);
}

/**
 * The SSL endpoint: a public dual-tunnel gateway serves SSL-VPN on its own `SslVpnInternetIp`
 * (REFERENCE-2 §1.1, §3), derived as the gateways slice's render derives it; others use `InternetIp`.
 */
export function sslInternetIpOf(gw: VpnGatewayRecord): string {
  if (isDualTunnelGateway(gw) && gw.NetworkType === 'public')
    return publicIpFor(gw.regionId, `${gw.id}-ssl`);
  return gw.InternetIp || gw.IntranetIp;
}

/** The ModifySslVpnServer answer: the server after the change, flat (no `DnsServers`, §3.2). */
export function renderSslVpnServerAttributes(
  store: Store,
  s: SslVpnServerRecord,
  gw: VpnGatewayRecord,
) {
  return {
    SslVpnServerId: s.id,
    VpnGatewayId: s.VpnGatewayId,
    RegionId: s.regionId,
    Name: s.Name,
    ClientIpPool: s.ClientIpPool,
    LocalSubnet: s.LocalSubnet,
    Proto: s.Proto,
    Port: s.Port,
    Cipher: s.Cipher,
    Compress: s.Compress,
    Connections: sessionsOf(store, s.regionId, s.id).length,
    MaxConnections: gw.SslConnections,
    InternetIp: sslInternetIpOf(gw),
    CreateTime: s.CreateTime,
    EnableMultiFactorAuth: s.EnableMultiFactorAuth,
    IDaaSInstanceId: s.IDaaSInstanceId,
    IDaaSApplicationId: s.IDaaSApplicationId,
    // `EIAM 2.0` when an application id was given, absent for EIAM 1.0 (REFERENCE-2 §3.2).
    ...(s.IDaaSApplicationId ? { IDaaSInstanceVersion: 'EIAM 2.0' } : {}),
    ResourceGroupId: s.ResourceGroupId,
  };
}

/** A DescribeSslVpnServers item (REFERENCE-2 §3.4). */
export function renderSslVpnServer(store: Store, s: SslVpnServerRecord, gw: VpnGatewayRecord) {
  return {
    ...renderSslVpnServerAttributes(store, s, gw),
    DnsServers: s.DnsServers,
    IDaaSRegionId: s.IDaaSRegionId,
  };
}
