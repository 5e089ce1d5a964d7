import type { inventoryRoutes, topologyRoutes } from '@gc/contracts';
import type { Handlers } from '../http/route-handler.ts';
import { exportFileName, inventoryToCsv, inventoryToJson } from '../services/inventory-export.ts';
import type { RouteDeps } from './route-deps.ts';

/** Cross-region inventory with gateway checks, and its CSV/JSON export (operators and auditors). */
export function inventoryHandlers({
  inventory,
}: Pick<RouteDeps, 'inventory'>): Handlers<typeof inventoryRoutes> {
  return {
    inventory: ({ query, res }) => {
      res.set('Cache-Control', 'no-store');
      return inventory.inventory(query);
    },
    export: async ({ query: { format, ...query }, res }) => {
      const inv = await inventory.inventory(query);
      const body = format === 'csv' ? inventoryToCsv(inv, query) : inventoryToJson(inv, query);
      res
        .set('Cache-Control', 'no-store')
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .attachment(exportFileName(inv, format))
        .send(body);
    },
  };
}

/** One VPC's topology (nodes and edges; the SPA lays it out). */
export function topologyHandlers({
  topology,
}: Pick<RouteDeps, 'topology'>): Handlers<typeof topologyRoutes> {
  return { get: ({ params }) => topology.topology(params.regionId, params.vpcId) };
}
