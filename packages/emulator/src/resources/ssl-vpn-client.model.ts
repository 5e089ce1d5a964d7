import type { BaseRecord, Store } from '../store.ts';
import { cidrRange, intToIp, ipToInt } from './vpc.model.ts';

/** Store kind of simulated SSL-VPN client sessions (only online ones exist, REFERENCE-2 §7.4). */
export const SSL_VPN_CLIENT_KIND = 'sslVpnClients';
/** Store kind of SSL server log lines. */
export const SSL_VPN_LOG_KIND = 'sslVpnLogs';

/** One connected client (DescribeSslVpnClients item, REFERENCE-2 §3.10). */
export interface SslVpnSessionRecord extends BaseRecord {
  VpnGatewayId: string;
  SslVpnServerId: string;
  SslVpnClientCertId: string;
  /** `CN=vsc-…`, or the user name with two-factor authentication. */
  CommonName: string;
  Ip: string;
  /** A **string** in the API (client source port). */
  Port: string;
  PrivateIp: string;
  ConnectedTime: number;
  /** Counters at `ConnectedTime`; they grow by `bytesPerSecond` while online (see render). */
  ReceiveBytes: number;
  SendBytes: number;
  bytesPerSecond: number;
}

/** One line of an SSL server's log. */
export interface SslVpnLogRecord extends BaseRecord {
  SslVpnServerId: string;
  SslVpnClientCertId: string;
  at: number;
  line: string;
}

/** Lines kept per server: memory stays bounded, and the real console shows recent logs only. */
export const LOG_LINES_PER_SERVER = 500;

/** The online sessions of one server. */
export function sessionsOf(store: Store, regionId: string, serverId: string) {
  return store
    .table<SslVpnSessionRecord>(regionId, SSL_VPN_CLIENT_KIND)
    .list()
    .filter((s) => s.SslVpnServerId === serverId);
}

/** A session as DescribeSslVpnClients answers it at `nowMs`. */
export function renderSession(s: SslVpnSessionRecord, nowMs: number) {
  const seconds = Math.max(0, Math.floor((nowMs - s.ConnectedTime) / 1000));
  return {
    CommonName: s.CommonName,
    Ip: s.Ip,
    Port: s.Port,
    PrivateIp: s.PrivateIp,
    ConnectedTime: s.ConnectedTime,
    // Upload is about a quarter of download for a typical remote worker ([emulator choice]).
    ReceiveBytes: s.ReceiveBytes + Math.floor((seconds * s.bytesPerSecond) / 4),
    SendBytes: s.SendBytes + seconds * s.bytesPerSecond,
    Status: 'online',
  };
}

const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

/** Appends an OpenVPN-style line `2026-12-05 21:40:07 <cn>/<ip>:<port> <text>`, keeping the newest. */
export function recordSslLog(
  store: Store,
  s: Pick<SslVpnSessionRecord, 'regionId' | 'SslVpnServerId' | 'SslVpnClientCertId'> &
    Partial<Pick<SslVpnSessionRecord, 'CommonName' | 'Ip' | 'Port'>>,
  at: number,
  text: string,
): void {
  const table = store.table<SslVpnLogRecord>(s.regionId, SSL_VPN_LOG_KIND);
  const who = s.CommonName ? `${s.CommonName}/${s.Ip}:${s.Port} ` : '';
  table.put({
    id: `ssllog-${store.nextSeq()}`,
    regionId: s.regionId,
    tags: [],
    SslVpnServerId: s.SslVpnServerId,
    SslVpnClientCertId: s.SslVpnClientCertId,
    at,
    line: `${stamp(at)} ${who}${text}`,
  });
  const mine = table.list().filter((l) => l.SslVpnServerId === s.SslVpnServerId);
  for (const old of mine.slice(0, Math.max(0, mine.length - LOG_LINES_PER_SERVER)))
    table.remove(old.id);
}

/** A server's log lines in `[fromMs, toMs]`, oldest first, optionally of one certificate. */
export function sslLogLines(
  store: Store,
  regionId: string,
  serverId: string,
  window: { fromMs: number; toMs: number; certId?: string | undefined },
): string[] {
  return store
    .table<SslVpnLogRecord>(regionId, SSL_VPN_LOG_KIND)
    .list()
    .filter(
      (l) =>
        l.SslVpnServerId === serverId &&
        l.at >= window.fromMs &&
        l.at <= window.toMs &&
        (!window.certId || l.SslVpnClientCertId === window.certId),
    )
    .sort((a, b) => a.at - b.at)
    .map((l) => l.line);
}

/** Ends sessions: each gets a log line with the reason, then disappears (offline is not listed). */
export function disconnectSessions(
  store: Store,
  sessions: readonly SslVpnSessionRecord[],
  at: number,
  reason: string,
): void {
  for (const s of sessions) {
    recordSslLog(store, s, at, `client-instance exiting: ${reason}`);
    store.table(s.regionId, SSL_VPN_CLIENT_KIND).remove(s.id);
  }
}

/** Drops every log line of a server (the server is gone). */
export function forgetSslLogs(store: Store, regionId: string, serverId: string): void {
  const table = store.table<SslVpnLogRecord>(regionId, SSL_VPN_LOG_KIND);
  for (const l of table.list()) if (l.SslVpnServerId === serverId) table.remove(l.id);
}

/**
 * A client's address in net30 style (OpenVPN): the pool is cut into /30s, the first is the
 * server's, and a client takes the second host of the lowest free one. Undefined when full.
 */
export function allocatePrivateIp(pool: string, taken: readonly string[]): string | undefined {
  const { first, size } = cidrRange(pool);
  const used = new Set(taken.map(ipToInt));
  for (let block = first + 4; block + 4 <= first + size; block += 4)
    if (!used.has(block + 2)) return intToIp(block + 2);
  return undefined;
}
