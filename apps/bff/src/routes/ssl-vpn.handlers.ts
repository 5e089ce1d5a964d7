import type { sslVpnClientCertRoutes, sslVpnServerRoutes } from '@gc/contracts';
import { ForbiddenError } from '../errors.ts';
import type { Handlers } from '../http/route-handler.ts';
import type { RouteDeps } from './route-deps.ts';

/** SSL-VPN servers: list, create, read, change, delete, connected clients, logs. */
export function sslVpnServerHandlers({
  sslVpn: svc,
}: Pick<RouteDeps, 'sslVpn'>): Handlers<typeof sslVpnServerRoutes> {
  return {
    list: async ({ params, query }) => ({
      items: await svc.list(params.regionId, query.vpnGatewayId),
    }),
    create: ({ params, body, clientToken }) => svc.create(params.regionId, body, clientToken),
    get: ({ params }) => svc.get(params.regionId, params.id),
    update: ({ params, body }) => svc.update(params.regionId, params.id, body),
    remove: ({ params }) => svc.remove(params.regionId, params.id),
    clients: ({ params }) => svc.clients(params.regionId, params.id),
    logs: ({ params, query }) => svc.logs(params.regionId, params.id, query),
  };
}

/** SSL-VPN client certificates: list, issue, read, rename, delete, and the `.ovpn` download. */
export function sslVpnClientCertHandlers({
  sslVpnCerts: svc,
}: Pick<RouteDeps, 'sslVpnCerts'>): Handlers<typeof sslVpnClientCertRoutes> {
  return {
    list: async ({ params }) => ({ items: await svc.list(params.regionId, params.id) }),
    create: ({ params, body, clientToken }) =>
      svc.create(params.regionId, params.id, body.name, clientToken),
    get: ({ params }) => svc.get(params.regionId, params.id, params.certId),
    config: {
      // The audit entry names the read, never the material (its params stay empty).
      audit: ({ session }) => ({ params: { keyShown: session.role === 'operator' } }),
      handle: async ({ params, session, res }) => {
        // The file holds the client's private key: operators only, and never cached.
        if (session.role !== 'operator') {
          throw new ForbiddenError('Only operators may download a client configuration.');
        }
        const file = await svc.config(params.regionId, params.id, params.certId);
        res.set('Cache-Control', 'no-store');
        res.attachment(file.fileName);
        res.type('application/x-openvpn-profile').send(file.text);
      },
    },
    rename: ({ params, body }) => svc.rename(params.regionId, params.id, params.certId, body.name),
    remove: ({ params }) => svc.remove(params.regionId, params.id, params.certId),
  };
}
