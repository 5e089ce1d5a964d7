import type { lookupRoutes } from '@gc/contracts';
import type { Handlers } from '../http/route-handler.ts';
import type { RouteDeps } from './route-deps.ts';

/** Regions, VPCs and vSwitches. */
export function lookupHandlers({
  regions,
}: Pick<RouteDeps, 'regions'>): Handlers<typeof lookupRoutes> {
  return {
    regions: async () => ({ items: await regions.regions() }),
    vpcs: async ({ params }) => ({ items: await regions.vpcs(params.regionId) }),
    vSwitches: async ({ params }) => ({
      items: await regions.vSwitches(params.regionId, params.vpcId),
    }),
  };
}
