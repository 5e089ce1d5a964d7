import {
  createNatGatewaySchema,
  deleteNatGatewayQuerySchema,
  natGatewayListQuerySchema,
  natGatewayPageSchema,
  natGatewaySchema,
  updateNatGatewaySchema,
} from '../nat-gateway.ts';
import {
  natGatewayAttributeSchema,
  natGatewayZoneListSchema,
  natGatewayZonesQuerySchema,
} from '../nat-protection.ts';
import { natGatewayParamsSchema, regionParamsSchema, replaceTagsSchema } from '../route-params.ts';
import { defineRoute } from './define-route.ts';

const BASE = '/api/regions/{regionId}/nat-gateways';

/** NAT gateways: list, create, read, rename, delete and tags. */
export const natGatewayRoutes = {
  list: defineRoute({
    method: 'get',
    path: BASE,
    summary: 'List NAT gateways (filter, sort, page)',
    params: regionParamsSchema,
    query: natGatewayListQuerySchema,
    response: natGatewayPageSchema,
  }),
  create: defineRoute({
    method: 'post',
    path: BASE,
    summary: 'Create a NAT gateway',
    params: regionParamsSchema,
    body: createNatGatewaySchema,
    status: 201,
    response: natGatewaySchema,
    creates: true,
    audit: { action: 'CreateNatGateway' },
  }),
  // Before `get`: `available-zones` is not a gateway `{id}`.
  availableZones: defineRoute({
    method: 'get',
    path: `${BASE}/available-zones`,
    summary: 'Zones a NAT gateway can be created in (lang; privateLink)',
    params: regionParamsSchema,
    query: natGatewayZonesQuerySchema,
    response: natGatewayZoneListSchema,
  }),
  get: defineRoute({
    method: 'get',
    path: `${BASE}/{id}`,
    summary: 'One NAT gateway',
    params: natGatewayParamsSchema,
    response: natGatewaySchema,
  }),
  attribute: defineRoute({
    method: 'get',
    path: `${BASE}/{id}/attribute`,
    summary: 'Protection, billing, private network and PrivateLink details',
    params: natGatewayParamsSchema,
    response: natGatewayAttributeSchema,
  }),
  update: defineRoute({
    method: 'patch',
    path: `${BASE}/{id}`,
    summary: 'Rename / re-describe',
    params: natGatewayParamsSchema,
    body: updateNatGatewaySchema,
    response: natGatewaySchema,
    audit: { action: 'ModifyNatGatewayAttribute', resourceParam: 'id' },
  }),
  remove: defineRoute({
    method: 'delete',
    path: `${BASE}/{id}`,
    summary: 'Delete (force=true cascades)',
    params: natGatewayParamsSchema,
    query: deleteNatGatewayQuerySchema,
    status: 204,
    audit: { action: 'DeleteNatGateway', resourceParam: 'id' },
  }),
  replaceTags: defineRoute({
    method: 'put',
    path: `${BASE}/{id}/tags`,
    summary: 'Replace the tag set',
    params: natGatewayParamsSchema,
    body: replaceTagsSchema,
    response: natGatewaySchema,
    audit: { action: 'TagResources', resourceParam: 'id' },
  }),
};
