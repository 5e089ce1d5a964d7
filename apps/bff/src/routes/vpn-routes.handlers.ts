import type { vpnPolicyRouteRoutes, vpnRouteRoutes } from '@gc/contracts';
import type { Handlers } from '../http/route-handler.ts';
import type { RouteDeps } from './route-deps.ts';

/** Destination routes of one VPN gateway: list, create, delete by key, publish, weight. */
export function vpnRouteHandlers({
  vpnRoutes: svc,
}: Pick<RouteDeps, 'vpnRoutes'>): Handlers<typeof vpnRouteRoutes> {
  return {
    list: async ({ params }) => ({ items: await svc.list(params.regionId, params.id) }),
    create: ({ params, body, clientToken }) =>
      svc.create(params.regionId, params.id, body, clientToken),
    remove: ({ params, body }) => svc.remove(params.regionId, params.id, body),
    publish: ({ params, body }) => svc.publish(params.regionId, params.id, body),
    weight: ({ params, body }) => svc.setWeight(params.regionId, params.id, body),
  };
}

/** Policy-based routes of one VPN gateway: list, create, delete by key, weight/priority. */
export function vpnPolicyRouteHandlers({
  vpnRoutes: svc,
}: Pick<RouteDeps, 'vpnRoutes'>): Handlers<typeof vpnPolicyRouteRoutes> {
  return {
    list: async ({ params }) => ({ items: await svc.listPolicy(params.regionId, params.id) }),
    create: ({ params, body, clientToken }) =>
      svc.createPolicy(params.regionId, params.id, body, clientToken),
    remove: ({ params, body }) => svc.removePolicy(params.regionId, params.id, body),
    update: ({ params, body }) => svc.updatePolicy(params.regionId, params.id, body),
  };
}
