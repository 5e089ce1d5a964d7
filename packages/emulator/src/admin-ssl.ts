import { z } from 'zod';
import { ApiError } from './api-error.ts';
import { adminBadRequest, adminSslNotFound } from './errors.ts';
import { isIpv4 } from './params.ts';
import { SSL_VPN_CLIENT_CERT_KIND } from './resources/ssl-vpn-client-cert.model.ts';
import { connectClient } from './resources/ssl-vpn-client.connect.ts';
import {
  disconnectSessions,
  renderSession,
  SSL_VPN_CLIENT_KIND,
} from './resources/ssl-vpn-client.model.ts';
import type { SslVpnSessionRecord } from './resources/ssl-vpn-client.model.ts';
import { SSL_VPN_SERVER_KIND } from './resources/ssl-vpn-server.model.ts';
import type { Store } from './store.ts';

/** What an admin route answers: HTTP status and JSON body; `mutated` marks the state dirty. */
export interface AdminResult {
  status: number;
  body: unknown;
  mutated: boolean;
}

const connectSchema = z.object({
  regionId: z.string(),
  sslVpnClientCertId: z.string(),
  ip: z.string().refine(isIpv4, 'must be an IPv4 address').optional(),
  port: z.union([z.string().regex(/^\d{1,5}$/), z.number().int().min(1).max(65_535)]).optional(),
  userName: z.string().min(1).max(64).optional(),
});

const disconnectSchema = z
  .object({
    regionId: z.string(),
    sslVpnServerId: z.string().optional(),
    sslVpnClientCertId: z.string().optional(),
    privateIp: z.string().optional(),
  })
  .refine((b) => b.sslVpnServerId || b.sslVpnClientCertId, {
    message: 'name sslVpnServerId or sslVpnClientCertId',
  });

function connect(store: Store, raw: unknown): AdminResult {
  const b = connectSchema.parse(raw);
  const s = connectClient(store, {
    ...b,
    port: b.port === undefined ? undefined : String(b.port),
    at: Date.now(),
  });
  const client = {
    ...renderSession(s, s.ConnectedTime),
    SslVpnServerId: s.SslVpnServerId,
    SslVpnClientCertId: s.SslVpnClientCertId,
    VpnGatewayId: s.VpnGatewayId,
  };
  return { status: 200, body: { ok: true, client }, mutated: true };
}

function disconnect(store: Store, raw: unknown): AdminResult {
  const b = disconnectSchema.parse(raw);
  if (b.sslVpnServerId && !store.table(b.regionId, SSL_VPN_SERVER_KIND).get(b.sslVpnServerId))
    throw adminSslNotFound(`No SSL-VPN server ${b.sslVpnServerId} in ${b.regionId}.`);
  if (
    b.sslVpnClientCertId &&
    !store.table(b.regionId, SSL_VPN_CLIENT_CERT_KIND).get(b.sslVpnClientCertId)
  )
    throw adminSslNotFound(
      `No SSL-VPN client certificate ${b.sslVpnClientCertId} in ${b.regionId}.`,
    );
  const gone = store
    .table<SslVpnSessionRecord>(b.regionId, SSL_VPN_CLIENT_KIND)
    .list()
    .filter(
      (s) =>
        (!b.sslVpnServerId || s.SslVpnServerId === b.sslVpnServerId) &&
        (!b.sslVpnClientCertId || s.SslVpnClientCertId === b.sslVpnClientCertId) &&
        (!b.privateIp || s.PrivateIp === b.privateIp),
    );
  disconnectSessions(
    store,
    gone,
    Date.now(),
    'SIGTERM[soft,remote-exit] received (client disconnected)',
  );
  return { status: 200, body: { ok: true, disconnected: gone.length }, mutated: gone.length > 0 };
}

const ROUTES: Record<string, (store: Store, body: unknown) => AdminResult> = {
  'POST /_emulator/ssl-vpn/connect': connect,
  'POST /_emulator/ssl-vpn/disconnect': disconnect,
};

/**
 * `/_emulator/ssl-vpn/*`: connect and disconnect simulated OpenVPN clients (README "SSL-VPN").
 * Undefined when the route is not one of these; access checks ran before (admin-access.ts).
 */
export function handleSslAdmin(
  route: string,
  rawBody: string,
  store: Store,
): AdminResult | undefined {
  const handler = ROUTES[route];
  if (!handler) return undefined;
  try {
    return handler(store, rawBody.trim() === '' ? {} : JSON.parse(rawBody));
  } catch (error) {
    const e =
      error instanceof ApiError
        ? error
        : adminBadRequest(
            error instanceof z.ZodError
              ? error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')
              : (error as Error).message,
          );
    return {
      status: e.status,
      body: { error: { code: e.code, message: e.message } },
      mutated: false,
    };
  }
}
