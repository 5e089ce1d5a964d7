import {
  createCustomerGatewaySchema,
  customerGatewayListSchema,
  customerGatewaySchema,
} from '../customer-gateway.ts';
import { regionParamsSchema, replaceTagsSchema } from '../route-params.ts';
import {
  createVpnConnectionSchema,
  peerConfigSchema,
  vpnConnectionListQuerySchema,
  vpnConnectionListSchema,
  vpnConnectionSchema,
} from '../vpn-connection.ts';
import {
  createVpnGatewaySchema,
  updateVpnGatewaySchema,
  vpnGatewayListQuerySchema,
  vpnGatewayPageSchema,
  vpnGatewaySchema,
} from '../vpn-gateway.ts';
import {
  customerGatewayParamsSchema,
  vpnConnectionParamsSchema,
  vpnGatewayParamsSchema,
} from '../vpn-route-params.ts';
import { defineRoute } from './define-route.ts';

const R = '/api/regions/{regionId}';

/** VPN gateways: list, create, read, rename, delete and tags. */
export const vpnGatewayRoutes = {
  list: defineRoute({
    method: 'get',
    path: `${R}/vpn-gateways`,
    summary: 'List VPN gateways (filter q, status, vpcId; page)',
    params: regionParamsSchema,
    query: vpnGatewayListQuerySchema,
    response: vpnGatewayPageSchema,
  }),
  create: defineRoute({
    method: 'post',
    path: `${R}/vpn-gateways`,
    summary: 'Create a VPN gateway',
    params: regionParamsSchema,
    body: createVpnGatewaySchema,
    status: 201,
    response: vpnGatewaySchema,
    creates: true,
    audit: { action: 'CreateVpnGateway' },
  }),
  get: defineRoute({
    method: 'get',
    path: `${R}/vpn-gateways/{id}`,
    summary: 'One VPN gateway',
    params: vpnGatewayParamsSchema,
    response: vpnGatewaySchema,
  }),
  update: defineRoute({
    method: 'patch',
    path: `${R}/vpn-gateways/{id}`,
    summary: 'Rename / re-describe a VPN gateway',
    params: vpnGatewayParamsSchema,
    body: updateVpnGatewaySchema,
    response: vpnGatewaySchema,
    audit: { action: 'ModifyVpnGatewayAttribute', resourceParam: 'id' },
  }),
  remove: defineRoute({
    method: 'delete',
    path: `${R}/vpn-gateways/{id}`,
    summary: 'Delete a VPN gateway (409 while IPsec connections remain)',
    params: vpnGatewayParamsSchema,
    status: 204,
    audit: { action: 'DeleteVpnGateway', resourceParam: 'id' },
  }),
  replaceTags: defineRoute({
    method: 'put',
    path: `${R}/vpn-gateways/{id}/tags`,
    summary: 'Replace the tags of a VPN gateway',
    params: vpnGatewayParamsSchema,
    body: replaceTagsSchema,
    response: vpnGatewaySchema,
    audit: { action: 'TagResources', resourceParam: 'id' },
  }),
};

/** Customer gateways: list, register, read, delete and tags (the API has no update). */
export const customerGatewayRoutes = {
  list: defineRoute({
    method: 'get',
    path: `${R}/customer-gateways`,
    summary: 'Customer gateways, each with the connections using it',
    params: regionParamsSchema,
    response: customerGatewayListSchema,
  }),
  create: defineRoute({
    method: 'post',
    path: `${R}/customer-gateways`,
    summary: 'Register a customer gateway',
    params: regionParamsSchema,
    body: createCustomerGatewaySchema,
    status: 201,
    response: customerGatewaySchema,
    creates: true,
    audit: { action: 'CreateCustomerGateway' },
  }),
  get: defineRoute({
    method: 'get',
    path: `${R}/customer-gateways/{id}`,
    summary: 'One customer gateway',
    params: customerGatewayParamsSchema,
    response: customerGatewaySchema,
  }),
  remove: defineRoute({
    method: 'delete',
    path: `${R}/customer-gateways/{id}`,
    summary: 'Delete a customer gateway (409 while a connection uses it)',
    params: customerGatewayParamsSchema,
    status: 204,
    audit: { action: 'DeleteCustomerGateway', resourceParam: 'id' },
  }),
  replaceTags: defineRoute({
    method: 'put',
    path: `${R}/customer-gateways/{id}/tags`,
    summary: 'Replace the tags of a customer gateway',
    params: customerGatewayParamsSchema,
    body: replaceTagsSchema,
    response: customerGatewaySchema,
    audit: { action: 'TagResources', resourceParam: 'id' },
  }),
};

/** IPsec connections: list, create, read, peer configuration, delete. */
export const vpnConnectionRoutes = {
  list: defineRoute({
    method: 'get',
    path: `${R}/vpn-connections`,
    summary: 'IPsec connections (filter by VPN or customer gateway)',
    params: regionParamsSchema,
    query: vpnConnectionListQuerySchema,
    response: vpnConnectionListSchema,
  }),
  create: defineRoute({
    method: 'post',
    path: `${R}/vpn-connections`,
    summary: 'Create an IPsec connection',
    params: regionParamsSchema,
    body: createVpnConnectionSchema,
    status: 201,
    response: vpnConnectionSchema,
    creates: true,
    audit: { action: 'CreateVpnConnection' },
  }),
  get: defineRoute({
    method: 'get',
    path: `${R}/vpn-connections/{id}`,
    summary: 'One IPsec connection (never its pre-shared key)',
    params: vpnConnectionParamsSchema,
    response: vpnConnectionSchema,
  }),
  peerConfig: defineRoute({
    method: 'get',
    path: `${R}/vpn-connections/{id}/peer-config`,
    summary: "The customer device's configuration (key masked for auditors)",
    params: vpnConnectionParamsSchema,
    response: peerConfigSchema,
    // A read that reveals the pre-shared key: audited (issue 15), never with the key itself.
    audit: { action: 'DownloadVpnConnectionConfig', resourceParam: 'id' },
  }),
  remove: defineRoute({
    method: 'delete',
    path: `${R}/vpn-connections/{id}`,
    summary: 'Delete an IPsec connection',
    params: vpnConnectionParamsSchema,
    status: 204,
    audit: { action: 'DeleteVpnConnection', resourceParam: 'id' },
  }),
};
