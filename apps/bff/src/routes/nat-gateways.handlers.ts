import type { natGatewayRoutes } from '@gc/contracts';
import type { Handlers } from '../http/route-handler.ts';
import type { RouteDeps } from './route-deps.ts';

/** NAT gateways: list, create, read, rename, delete and tags. */
export function natGatewayHandlers({
  natGateways: svc,
}: Pick<RouteDeps, 'natGateways'>): Handlers<typeof natGatewayRoutes> {
  return {
    list: ({ params, query }) => svc.list(params.regionId, query),
    create: ({ params, body, clientToken }) => svc.create(params.regionId, body, clientToken),
    availableZones: ({ params, query }) => svc.zones(params.regionId, query),
    get: ({ params }) => svc.get(params.regionId, params.id),
    attribute: ({ params }) => svc.attribute(params.regionId, params.id),
    update: ({ params, body }) => svc.update(params.regionId, params.id, body),
    remove: {
      audit: ({ query }) => ({ params: { force: query.force } }),
      handle: ({ params, query }) => svc.remove(params.regionId, params.id, query.force),
    },
    replaceTags: ({ params, body }) => svc.replaceTags(params.regionId, params.id, body.tags),
  };
}
