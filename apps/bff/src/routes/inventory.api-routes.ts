import * as c from '@gc/contracts';
import type { RouteSpec } from '../openapi/api-routes.ts';

/** The inventory and topology routes for the OpenAPI document (appended to `ROUTES`). */
export const INVENTORY_ROUTES: RouteSpec[] = [
  {
    method: 'get',
    path: '/api/inventory',
    summary:
      'Every NAT, VPN and IPv6 gateway of every region, with gateway checks; failed regions are marked',
    query: c.inventoryQuerySchema,
    response: c.inventorySchema,
  },
  {
    method: 'get',
    path: '/api/inventory/export',
    summary: 'The inventory as a CSV or JSON file, stamped with the account, time and regions',
    query: c.inventoryExportQuerySchema,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/vpcs/{vpcId}/topology',
    summary: 'Nodes and edges of one VPC: vSwitches, NAT/VPN/IPv6 gateways and what hangs off them',
    params: c.vpcParamsSchema,
    response: c.topologySchema,
  },
];
