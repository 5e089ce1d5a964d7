import type {
  CreateVpnConnectionRequest,
  customerGatewayRoutes,
  vpnConnectionRoutes,
  vpnGatewayRoutes,
} from '@gc/contracts';
import type { Handlers } from '../http/route-handler.ts';
import type { RouteDeps } from './route-deps.ts';

// VPN deletes record an empty parameter object, as they always have.
const NO_PARAMS = () => ({ params: {} });

/** VPN gateways: list, create, read, rename, delete and tags. */
export function vpnGatewayHandlers({
  vpnGateways: svc,
}: Pick<RouteDeps, 'vpnGateways'>): Handlers<typeof vpnGatewayRoutes> {
  return {
    list: ({ params, query }) => svc.list(params.regionId, query),
    // The user rides along: a deferred description is audited as theirs when it runs.
    create: ({ params, body, clientToken, session }) =>
      svc.create(params.regionId, body, clientToken, { user: session.user, role: session.role }),
    get: ({ params }) => svc.get(params.regionId, params.id),
    update: ({ params, body }) => svc.update(params.regionId, params.id, body),
    remove: { audit: NO_PARAMS, handle: ({ params }) => svc.remove(params.regionId, params.id) },
    replaceTags: ({ params, body }) => svc.replaceTags(params.regionId, params.id, body.tags),
  };
}

/** Customer gateways: list, register, read, delete and tags (no update in the API). */
export function customerGatewayHandlers({
  customerGateways: svc,
}: Pick<RouteDeps, 'customerGateways'>): Handlers<typeof customerGatewayRoutes> {
  return {
    list: async ({ params }) => ({ items: await svc.list(params.regionId) }),
    create: ({ params, body, clientToken }) => svc.create(params.regionId, body, clientToken),
    get: ({ params }) => svc.get(params.regionId, params.id),
    remove: { audit: NO_PARAMS, handle: ({ params }) => svc.remove(params.regionId, params.id) },
    replaceTags: ({ params, body }) => svc.replaceTags(params.regionId, params.id, body.tags),
  };
}

/**
 * What the audit trail keeps of a create: the key itself never, only whether one was entered
 * (`keyOrigin`), so not even a redaction slip of the recorder can leak it.
 */
export function auditableConnectionParams(body: CreateVpnConnectionRequest) {
  const { psk, tunnels, ...rest } = body;
  return {
    ...rest,
    keyOrigin: psk === undefined ? 'generated' : 'entered',
    // Dual-tunnel form: each tunnel's key is replaced the same way.
    ...(tunnels
      ? {
          tunnels: tunnels.map(({ psk: key, ...t }) => ({
            ...t,
            keyOrigin: key === undefined ? 'generated' : 'entered',
          })),
        }
      : {}),
  };
}

/** IPsec connections: list (by VPN gateway), create, read, peer configuration, delete. */
export function vpnConnectionHandlers({
  vpnConnections: svc,
}: Pick<RouteDeps, 'vpnConnections'>): Handlers<typeof vpnConnectionRoutes> {
  return {
    list: async ({ params, query }) => ({ items: await svc.all(params.regionId, query) }),
    create: {
      audit: ({ body }) => ({ params: auditableConnectionParams(body) }),
      handle: ({ params, body, clientToken }) => svc.create(params.regionId, body, clientToken),
    },
    get: ({ params }) => svc.get(params.regionId, params.id),
    peerConfig: {
      // Audited (write-ahead like a change): who read the configuration, and whether it held the key.
      audit: ({ session }) => ({ params: { keyShown: session.role === 'operator' } }),
      handle: ({ params, session, res }) => {
        // The key is a credential: operators get it, auditors see everything else (masked key).
        res.set('Cache-Control', 'no-store');
        return svc.peerConfig(params.regionId, params.id, session.role === 'operator');
      },
    },
    remove: { audit: NO_PARAMS, handle: ({ params }) => svc.remove(params.regionId, params.id) },
  };
}
