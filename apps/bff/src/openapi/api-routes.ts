import type { z } from 'zod';
import * as c from '@gc/contracts';
import { AUDIT_ROUTES } from '../routes/audit.api-routes.ts';
import { INVENTORY_ROUTES } from '../routes/inventory.api-routes.ts';
import { IPV6_ROUTES } from '../routes/ipv6.api-routes.ts';
import { VPN_ROUTES } from '../routes/vpn.api-routes.ts';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export interface RouteSpec {
  method: Method;
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  status?: number;
  response?: z.ZodType;
  create?: boolean;
  mutation?: boolean;
}

const g = c.natGatewayParamsSchema;
const r = c.regionParamsSchema;
/** Every route of the REST API with its contracts schemas (the OpenAPI document is built from it). */
export const ROUTES: RouteSpec[] = [
  { method: 'get', path: '/api/health', summary: 'Liveness', response: c.healthSchema },
  {
    method: 'get',
    path: '/api/ready',
    summary: 'Readiness: the VPC API answers',
    response: c.readySchema,
  },
  {
    method: 'get',
    path: '/api/session',
    summary: 'Current session and its CSRF token',
    response: c.sessionSchema,
  },
  {
    method: 'post',
    path: '/api/session',
    summary: 'Log in',
    body: c.loginRequestSchema,
    response: c.sessionSchema,
  },
  { method: 'delete', path: '/api/session', summary: 'Log out', status: 204, mutation: true },
  { method: 'get', path: '/api/regions', summary: 'Regions', response: c.regionListSchema },
  {
    method: 'get',
    path: '/api/regions/{regionId}/vpcs',
    summary: 'VPCs of a region',
    params: r,
    response: c.vpcListSchema,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/vpcs/{vpcId}/vswitches',
    summary: 'vSwitches of a VPC',
    params: c.vpcParamsSchema,
    response: c.vSwitchListSchema,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/eips',
    summary: 'EIPs of a region',
    params: r,
    query: c.eipListQuerySchema,
    response: c.eipListSchema,
  },
  {
    method: 'post',
    path: '/api/regions/{regionId}/eips',
    summary: 'Allocate an EIP',
    params: r,
    body: c.allocateEipSchema,
    status: 201,
    response: c.eipSchema,
    create: true,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/nat-gateways',
    summary: 'List NAT gateways (filter, sort, page)',
    params: r,
    query: c.natGatewayListQuerySchema,
    response: c.natGatewayPageSchema,
  },
  {
    method: 'post',
    path: '/api/regions/{regionId}/nat-gateways',
    summary: 'Create a NAT gateway',
    params: r,
    body: c.createNatGatewaySchema,
    status: 201,
    response: c.natGatewaySchema,
    create: true,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/nat-gateways/{id}',
    summary: 'One NAT gateway',
    params: g,
    response: c.natGatewaySchema,
  },
  {
    method: 'patch',
    path: '/api/regions/{regionId}/nat-gateways/{id}',
    summary: 'Rename / re-describe',
    params: g,
    body: c.updateNatGatewaySchema,
    response: c.natGatewaySchema,
    mutation: true,
  },
  {
    method: 'delete',
    path: '/api/regions/{regionId}/nat-gateways/{id}',
    summary: 'Delete (force=true cascades)',
    params: g,
    query: c.deleteNatGatewayQuerySchema,
    status: 204,
    mutation: true,
  },
  {
    method: 'put',
    path: '/api/regions/{regionId}/nat-gateways/{id}/tags',
    summary: 'Replace the tag set',
    params: g,
    body: c.replaceTagsSchema,
    response: c.natGatewaySchema,
    mutation: true,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/nat-gateways/{id}/snat-entries',
    summary: 'SNAT entries',
    params: g,
    response: c.snatEntryListSchema,
  },
  {
    method: 'post',
    path: '/api/regions/{regionId}/nat-gateways/{id}/snat-entries',
    summary: 'Add an SNAT entry',
    params: g,
    body: c.createSnatEntrySchema,
    status: 201,
    response: c.snatEntrySchema,
    create: true,
  },
  {
    method: 'delete',
    path: '/api/regions/{regionId}/nat-gateways/{id}/snat-entries/{entryId}',
    summary: 'Delete an SNAT entry',
    params: c.snatEntryParamsSchema,
    status: 204,
    mutation: true,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/nat-gateways/{id}/dnat-entries',
    summary: 'DNAT entries',
    params: g,
    response: c.dnatEntryListSchema,
  },
  {
    method: 'post',
    path: '/api/regions/{regionId}/nat-gateways/{id}/dnat-entries',
    summary: 'Add a DNAT entry',
    params: g,
    body: c.createDnatEntrySchema,
    status: 201,
    response: c.dnatEntrySchema,
    create: true,
  },
  {
    method: 'delete',
    path: '/api/regions/{regionId}/nat-gateways/{id}/dnat-entries/{entryId}',
    summary: 'Delete a DNAT entry',
    params: c.dnatEntryParamsSchema,
    status: 204,
    mutation: true,
  },
  {
    method: 'get',
    path: '/api/regions/{regionId}/nat-gateways/{id}/eips',
    summary: 'EIPs bound to the gateway',
    params: g,
    response: c.eipListSchema,
  },
  {
    method: 'post',
    path: '/api/regions/{regionId}/nat-gateways/{id}/eips',
    summary: 'Bind an EIP',
    params: g,
    body: c.bindEipSchema,
    response: c.eipSchema,
    mutation: true,
  },
  {
    method: 'delete',
    path: '/api/regions/{regionId}/nat-gateways/{id}/eips/{allocationId}',
    summary: 'Unbind an EIP (force=true even when entries use it)',
    params: c.natGatewayEipParamsSchema,
    query: c.unbindEipQuerySchema,
    status: 204,
    mutation: true,
  },
  ...IPV6_ROUTES,
  ...VPN_ROUTES,
  ...INVENTORY_ROUTES,
  ...AUDIT_ROUTES,
];
