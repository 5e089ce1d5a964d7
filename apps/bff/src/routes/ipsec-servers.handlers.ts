import type { ipsecServerRoutes } from '@gc/contracts';
import type { Handlers } from '../http/route-handler.ts';
import type { RouteDeps } from './route-deps.ts';

/** IPsec servers: list and logs (any role), create/update/delete (operators, audited). */
export function ipsecServerHandlers({
  ipsecServers: svc,
}: Pick<RouteDeps, 'ipsecServers'>): Handlers<typeof ipsecServerRoutes> {
  return {
    list: async ({ params, query }) => ({
      items: await svc.list(params.regionId, query.vpnGatewayId),
    }),
    create: ({ params, body, clientToken }) => svc.create(params.regionId, body, clientToken),
    update: ({ params, body }) => svc.update(params.regionId, params.id, body),
    remove: ({ params }) => svc.remove(params.regionId, params.id),
    logs: ({ params, query }) => svc.logs(params.regionId, params.id, query),
  };
}
