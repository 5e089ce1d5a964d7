import type { deletionProtectionRoutes } from '@gc/contracts';
import type { Handlers } from '../http/route-handler.ts';
import type { RouteDeps } from './route-deps.ts';

/** Deletion protection of a NAT gateway and of an EIP: flip, then read the resource back. */
export function deletionProtectionHandlers({
  natGateways,
  eips,
}: Pick<RouteDeps, 'natGateways' | 'eips'>): Handlers<typeof deletionProtectionRoutes> {
  return {
    natGateway: async ({ params, body }) => {
      await natGateways.protect(params.regionId, 'NATGW', params.id, body.enabled);
      return natGateways.get(params.regionId, params.id);
    },
    eip: async ({ params, body }) => {
      await natGateways.protect(params.regionId, 'EIP', params.allocationId, body.enabled);
      return eips.get(params.regionId, params.allocationId);
    },
  };
}
