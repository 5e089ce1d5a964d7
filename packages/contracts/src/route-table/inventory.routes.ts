import { auditExportQuerySchema, auditListQuerySchema, auditPageSchema } from '../audit.ts';
import { inventoryExportQuerySchema, inventoryQuerySchema, inventorySchema } from '../inventory.ts';
import { vpcParamsSchema } from '../route-params.ts';
import { topologySchema } from '../topology.ts';
import { defineRoute } from './define-route.ts';

/** The cross-region inventory with gateway checks, and its export (a file: no JSON schema). */
export const inventoryRoutes = {
  inventory: defineRoute({
    method: 'get',
    path: '/api/inventory',
    summary:
      'Every NAT, VPN and IPv6 gateway of every region, with gateway checks; failed regions are marked',
    query: inventoryQuerySchema,
    response: inventorySchema,
  }),
  export: defineRoute({
    method: 'get',
    path: '/api/inventory/export',
    summary: 'The inventory as a CSV or JSON file, stamped with the account, time and regions',
    query: inventoryExportQuerySchema,
  }),
};

/** One VPC's topology: nodes and edges (the SPA lays them out). */
export const topologyRoutes = {
  get: defineRoute({
    method: 'get',
    path: '/api/regions/{regionId}/vpcs/{vpcId}/topology',
    summary: 'Nodes and edges of one VPC: vSwitches, NAT/VPN/IPv6 gateways and what hangs off them',
    params: vpcParamsSchema,
    response: topologySchema,
  }),
};

/** The audit trail and its streamed export (a file: no JSON schema). */
export const auditRoutes = {
  list: defineRoute({
    method: 'get',
    path: '/api/audit',
    summary:
      'Audit trail: filter (user, action, resourceId, regionId, from/to, outcome, q), newest first',
    query: auditListQuerySchema,
    response: auditPageSchema,
  }),
  export: defineRoute({
    method: 'get',
    path: '/api/audit/export',
    summary:
      'Export the filtered audit trail as CSV (# stamp lines, then RFC 4180) or JSON ({ account, exportedAt, filters, entries }), streamed',
    query: auditExportQuerySchema,
  }),
};
