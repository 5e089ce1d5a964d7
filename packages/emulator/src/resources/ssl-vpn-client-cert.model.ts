import {
  createSslCertsQuotaFull,
  invalidSslVpnClientCertIdNotFound,
  sslVpnClientCreateTimesReachLimits,
} from '../errors.ts';
import type { BaseRecord, Store } from '../store.ts';
import type { SslVpnServerRecord } from './ssl-vpn-server.model.ts';

/** Store kind of SSL-VPN client certificates. */
export const SSL_VPN_CLIENT_CERT_KIND = 'sslVpnClientCerts';

const DAY = 86_400_000;
/** Validity of a new certificate: about three years, as the SDK example (REFERENCE-2 §3.8). */
export const CERT_VALIDITY_MS = 3 * 365 * DAY;
/** `expiring-soon` during the last week before `EndTime` (REFERENCE-2 §3.8). */
export const EXPIRING_SOON_MS = 7 * DAY;
/** [emulator choice] Certificates per server (`CreateSslCertsQuotaFull.QuotaFull` beyond). */
export const MAX_CERTS_PER_SERVER = 1000;
/** [emulator choice] Creation operations per server (`SslVpnClientCreateTimes.ReachLimits` beyond). */
export const MAX_CERT_CREATIONS = 2000;

/** A client certificate (`vsc-…`); key material is made on its first read and never listed. */
export interface SslVpnClientCertRecord extends BaseRecord {
  Name: string;
  SslVpnServerId: string;
  VpnGatewayId: string;
  CreateTime: number;
  EndTime: number;
  ResourceGroupId: string;
  material?: { certPem: string; keyPem: string };
}

/** Certificate `Status` from `EndTime`, relative to `nowMs` (REFERENCE-2 §7.4). */
export function certStatus(endTime: number, nowMs: number): 'normal' | 'expiring-soon' | 'expired' {
  if (endTime <= nowMs) return 'expired';
  return endTime - nowMs <= EXPIRING_SOON_MS ? 'expiring-soon' : 'normal';
}

/** The certificate or 404 `InvalidSslVpnClientCertId.NotFound` (REFERENCE-2 §3.8 choice). */
export function requireSslVpnClientCert(
  store: Store,
  regionId: string,
  id: string,
): SslVpnClientCertRecord {
  const cert = store.table<SslVpnClientCertRecord>(regionId, SSL_VPN_CLIENT_CERT_KIND).get(id);
  if (!cert) throw invalidSslVpnClientCertIdNotFound(id);
  return cert;
}

/** The certificates of one server, in creation order. */
export function certsOf(store: Store, regionId: string, serverId: string) {
  return store
    .table<SslVpnClientCertRecord>(regionId, SSL_VPN_CLIENT_CERT_KIND)
    .list()
    .filter((c) => c.SslVpnServerId === serverId);
}

/** Refuses a new certificate past the count quota or the creation-operations limit (§6 row 17). */
export function checkCertQuota(store: Store, server: SslVpnServerRecord): void {
  if (server.certCreations >= MAX_CERT_CREATIONS) throw sslVpnClientCreateTimesReachLimits();
  if (certsOf(store, server.regionId, server.id).length >= MAX_CERTS_PER_SERVER)
    throw createSslCertsQuotaFull(MAX_CERTS_PER_SERVER);
}

/** A DescribeSslVpnClientCerts item: no key material, ever (REFERENCE-2 §3.9). */
export function renderSslVpnClientCert(c: SslVpnClientCertRecord, nowMs: number) {
  return {
    SslVpnClientCertId: c.id,
    SslVpnServerId: c.SslVpnServerId,
    Name: c.Name,
    RegionId: c.regionId,
    ResourceGroupId: c.ResourceGroupId,
    CreateTime: c.CreateTime,
    EndTime: c.EndTime,
    Status: certStatus(c.EndTime, nowMs),
  };
}
