import { adminSslConflict, adminSslNotFound } from '../errors.ts';
import type { EffectFn } from '../lifecycle.ts';
import type { ActionContext } from '../resource-module.ts';
import type { Store } from '../store.ts';
import { certStatus, SSL_VPN_CLIENT_CERT_KIND } from './ssl-vpn-client-cert.model.ts';
import type { SslVpnClientCertRecord } from './ssl-vpn-client-cert.model.ts';
import {
  allocatePrivateIp,
  disconnectSessions,
  recordSslLog,
  sessionsOf,
  SSL_VPN_CLIENT_KIND,
} from './ssl-vpn-client.model.ts';
import type { SslVpnSessionRecord } from './ssl-vpn-client.model.ts';
import { SSL_VPN_SERVER_KIND } from './ssl-vpn-server.model.ts';
import type { SslVpnServerRecord } from './ssl-vpn-server.model.ts';
import { lockVpnGateway } from './vpn-gateway.lock.ts';
import { VPN_GATEWAY_KIND } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';

/** Who connects: a certificate, optionally from a given address, or as a two-factor user. */
export interface ConnectInput {
  regionId: string;
  sslVpnClientCertId: string;
  ip?: string | undefined;
  port?: string | undefined;
  userName?: string | undefined;
  at: number;
}

/**
 * Connects a simulated OpenVPN client (admin API, seed, reconnects): the certificate must exist and
 * not be expired, and the server must have a free connection (`MaxConnections`) and pool address.
 */
export function connectClient(store: Store, c: ConnectInput): SslVpnSessionRecord {
  const cert = store
    .table<SslVpnClientCertRecord>(c.regionId, SSL_VPN_CLIENT_CERT_KIND)
    .get(c.sslVpnClientCertId);
  if (!cert)
    throw adminSslNotFound(
      `No SSL-VPN client certificate ${c.sslVpnClientCertId} in ${c.regionId}.`,
    );
  const server = store
    .table<SslVpnServerRecord>(c.regionId, SSL_VPN_SERVER_KIND)
    .get(cert.SslVpnServerId);
  const gw = store.table<VpnGatewayRecord>(c.regionId, VPN_GATEWAY_KIND).get(cert.VpnGatewayId);
  if (!server || !gw) throw adminSslNotFound(`The SSL server of ${cert.id} is gone.`);
  if (certStatus(cert.EndTime, c.at) === 'expired')
    throw adminSslConflict(`Certificate ${cert.id} expired: the server refuses the TLS handshake.`);
  const online = sessionsOf(store, c.regionId, server.id);
  if (online.length >= gw.SslConnections)
    throw adminSslConflict(
      `SSL server ${server.id} already has ${gw.SslConnections} clients (its maximum).`,
    );
  const privateIp = allocatePrivateIp(
    server.ClientIpPool,
    online.map((s) => s.PrivateIp),
  );
  if (!privateIp) throw adminSslConflict(`The client pool ${server.ClientIpPool} is exhausted.`);
  const n = store.nextSeq();
  const session: SslVpnSessionRecord = {
    id: `sslc-${n}`,
    regionId: c.regionId,
    tags: [],
    VpnGatewayId: gw.id,
    SslVpnServerId: server.id,
    SslVpnClientCertId: cert.id,
    CommonName: server.EnableMultiFactorAuth ? (c.userName ?? `user${n}`) : `CN=${cert.id}`,
    // Documentation addresses (RFC 5737) unless the caller names one.
    Ip: c.ip ?? `203.0.113.${(n % 250) + 2}`,
    Port: c.port ?? String(1024 + ((n * 7919) % 64_000)),
    PrivateIp: privateIp,
    ConnectedTime: c.at,
    ReceiveBytes: 0,
    SendBytes: 0,
    bytesPerSecond: 2_000 + (n % 5) * 1_500,
  };
  store.table<SslVpnSessionRecord>(c.regionId, SSL_VPN_CLIENT_KIND).put(session);
  recordSslLog(
    store,
    session,
    c.at,
    `Peer Connection Initiated with [AF_INET]${session.Ip}:${session.Port}`,
  );
  recordSslLog(store, session, c.at, `MULTI_sva: pool returned IPv4=${privateIp}`);
  return session;
}

/** A dropped client that will come back once the gateway has applied the change. */
interface Returning {
  certId: string;
  ip: string;
  port: string;
  userName: string;
}

/**
 * A server-side change drops every client of the server (REFERENCE-2 §3.7: deleting any
 * certificate does), and locks the gateway; when it is `active` again, the holders of the
 * certificates for which `keep` is true reconnect on their own, as real OpenVPN clients do.
 */
export function restartSslServer(
  ctx: ActionContext,
  gw: VpnGatewayRecord,
  server: SslVpnServerRecord,
  reason: string,
  keep: (s: SslVpnSessionRecord) => boolean,
): void {
  const sessions = sessionsOf(ctx.store, server.regionId, server.id);
  const returning: Returning[] = sessions.filter(keep).map((s) => ({
    certId: s.SslVpnClientCertId,
    ip: s.Ip,
    port: String((Number(s.Port) % 64_000) + 1024),
    userName: s.CommonName,
  }));
  disconnectSessions(ctx.store, sessions, ctx.now.getTime(), reason);
  lockVpnGateway(ctx, gw, {
    name: 'ssl-vpn.reconnect',
    args: { regionId: server.regionId, clients: returning },
  });
}

/** Completion effect of {@link restartSslServer}: the kept clients reconnect (best effort). */
export const reconnectSslClients: EffectFn = (store, args) => {
  const { regionId, clients } = args as { regionId: string; clients: Returning[] };
  for (const r of clients) {
    try {
      connectClient(store, {
        regionId,
        sslVpnClientCertId: r.certId,
        ip: r.ip,
        port: r.port,
        userName: r.userName,
        at: Date.now(),
      });
    } catch {
      // The certificate expired or went away meanwhile: that client stays offline.
    }
  }
};
