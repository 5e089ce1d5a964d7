import type { eipRoutes, natEntryRoutes } from '@gc/contracts';
import type { Handlers } from '../http/route-handler.ts';
import type { RouteDeps } from './route-deps.ts';

/** SNAT and DNAT entries of a NAT gateway: list, create, edit, delete. */
export function natEntryHandlers({
  natEntries: svc,
}: Pick<RouteDeps, 'natEntries'>): Handlers<typeof natEntryRoutes> {
  // The audit trail names the gateway of every entry change.
  const gateway = ({ params }: { params: { id: string } }) => ({
    params: { natGatewayId: params.id },
  });
  return {
    listSnat: async ({ params }) => ({ items: await svc.listSnat(params.regionId, params.id) }),
    createSnat: {
      audit: ({ params, body }) => ({ params: { natGatewayId: params.id, ...body } }),
      handle: ({ params, body, clientToken }) =>
        svc.createSnat(params.regionId, params.id, body, clientToken),
    },
    removeSnat: {
      audit: gateway,
      handle: ({ params }) => svc.deleteSnat(params.regionId, params.id, params.entryId),
    },
    listDnat: async ({ params }) => ({ items: await svc.listDnat(params.regionId, params.id) }),
    createDnat: {
      audit: ({ params, body }) => ({ params: { natGatewayId: params.id, ...body } }),
      handle: ({ params, body, clientToken }) =>
        svc.createDnat(params.regionId, params.id, body, clientToken),
    },
    removeDnat: {
      audit: gateway,
      handle: ({ params }) => svc.deleteDnat(params.regionId, params.id, params.entryId),
    },
    updateSnat: {
      audit: ({ params, body }) => ({ params: { natGatewayId: params.id, ...body } }),
      handle: ({ params, body }) =>
        svc.updateSnat(params.regionId, params.id, params.entryId, body),
    },
    updateDnat: {
      audit: ({ params, body }) => ({ params: { natGatewayId: params.id, ...body } }),
      handle: ({ params, body }) =>
        svc.updateDnat(params.regionId, params.id, params.entryId, body),
    },
  };
}

/** EIPs of a region (list, allocate, edit) and of a NAT gateway (list, bind, unbind). */
export function eipHandlers({ eips }: Pick<RouteDeps, 'eips'>): Handlers<typeof eipRoutes> {
  return {
    list: async ({ params, query }) => ({ items: await eips.list(params.regionId, query.status) }),
    allocate: ({ params, body, clientToken }) => eips.allocate(params.regionId, body, clientToken),
    listBound: async ({ params }) => ({
      items: await eips.forGateway(params.regionId, params.id),
    }),
    bind: {
      audit: ({ params, body }) => ({
        resourceId: body.allocationId,
        params: { natGatewayId: params.id },
      }),
      handle: ({ params, body, clientToken }) =>
        eips.bind(params.regionId, params.id, body.allocationId, clientToken),
    },
    unbind: {
      audit: ({ params, query }) => ({ params: { natGatewayId: params.id, force: query.force } }),
      handle: ({ params, query }) =>
        eips.unbind(params.regionId, params.id, params.allocationId, query.force),
    },
    update: {
      audit: ({ body }) => ({ params: { ...body } }),
      handle: ({ params, body }) => eips.update(params.regionId, params.allocationId, body),
    },
  };
}
