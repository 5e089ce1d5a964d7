import * as c from '@gc/contracts';
import type { RouteSpec } from '../openapi/api-routes.ts';

const r = c.regionParamsSchema;
const g = c.ipv6GatewayParamsSchema;
const a = c.ipv6AddressParamsSchema;
const GW = '/api/regions/{regionId}/ipv6-gateways';
const BW = '/api/regions/{regionId}/ipv6-addresses/{addressId}/internet-bandwidth';

/** The IPv6 feature's routes for the OpenAPI document (appended to `ROUTES`). */
export const IPV6_ROUTES: RouteSpec[] = [
  {
    method: 'get',
    path: GW,
    summary: 'List IPv6 gateways (filter, sort, page)',
    params: r,
    query: c.ipv6GatewayListQuerySchema,
    response: c.ipv6GatewayPageSchema,
  },
  {
    method: 'post',
    path: GW,
    summary: 'Create the IPv6 gateway of a VPC (409 Ipv6GatewayExists on vpcId when it has one)',
    params: r,
    body: c.createIpv6GatewaySchema,
    status: 201,
    response: c.ipv6GatewaySchema,
    create: true,
  },
  {
    method: 'get',
    path: `${GW}/vpc-candidates`,
    summary: 'VPCs for a new IPv6 gateway, each eligible or with the reason it is not',
    params: r,
    response: c.ipv6VpcCandidateListSchema,
  },
  {
    method: 'get',
    path: `${GW}/{id}`,
    summary: 'One IPv6 gateway',
    params: g,
    response: c.ipv6GatewaySchema,
  },
  {
    method: 'patch',
    path: `${GW}/{id}`,
    summary: 'Rename / re-describe an IPv6 gateway (spec cannot change: the API has none)',
    params: g,
    body: c.updateIpv6GatewaySchema,
    response: c.ipv6GatewaySchema,
    mutation: true,
  },
  {
    method: 'delete',
    path: `${GW}/{id}`,
    summary: 'Delete an IPv6 gateway (409 while internet bandwidth remains in its VPC)',
    params: g,
    status: 204,
    mutation: true,
  },
  {
    method: 'put',
    path: `${GW}/{id}/tags`,
    summary: 'Replace the tags of an IPv6 gateway',
    params: g,
    body: c.replaceTagsSchema,
    response: c.ipv6GatewaySchema,
    mutation: true,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/ipv6-addresses',
    summary: 'IPv6 addresses, filtered by VPC, vSwitch, gateway or network type',
    params: r,
    query: c.ipv6AddressListQuerySchema,
    response: c.ipv6AddressListSchema,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/ipv6-addresses/{addressId}',
    summary: 'One IPv6 address',
    params: a,
    response: c.ipv6AddressSchema,
  },
  {
    method: 'post',
    path: BW,
    summary: 'Allocate internet bandwidth for an IPv6 address',
    params: a,
    body: c.allocateIpv6BandwidthSchema,
    status: 201,
    response: c.ipv6AddressSchema,
    create: true,
  },
  {
    method: 'patch',
    path: BW,
    summary: "Change an IPv6 address's internet bandwidth",
    params: a,
    body: c.changeIpv6BandwidthSchema,
    response: c.ipv6AddressSchema,
    mutation: true,
  },
  {
    method: 'delete',
    path: BW,
    summary: "Release an IPv6 address's internet bandwidth",
    params: a,
    status: 204,
    mutation: true,
  },
];
