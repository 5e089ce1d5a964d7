import * as c from '@gc/contracts';
import type { RouteSpec } from '../openapi/api-routes.ts';

const r = c.regionParamsSchema;
const vpn = c.vpnGatewayParamsSchema;
const cgw = c.customerGatewayParamsSchema;
const vco = c.vpnConnectionParamsSchema;
const R = '/api/regions/{regionId}';

/** The VPN routes (issue 5) for the OpenAPI document. */
export const VPN_ROUTES: RouteSpec[] = [
  {
    method: 'get',
    path: `${R}/vpn-gateways`,
    summary: 'List VPN gateways (filter q, status, vpcId; page)',
    params: r,
    query: c.vpnGatewayListQuerySchema,
    response: c.vpnGatewayPageSchema,
  },
  {
    method: 'post',
    path: `${R}/vpn-gateways`,
    summary: 'Create a VPN gateway',
    params: r,
    body: c.createVpnGatewaySchema,
    status: 201,
    response: c.vpnGatewaySchema,
    create: true,
  },
  {
    method: 'get',
    path: `${R}/vpn-gateways/{id}`,
    summary: 'One VPN gateway',
    params: vpn,
    response: c.vpnGatewaySchema,
  },
  {
    method: 'patch',
    path: `${R}/vpn-gateways/{id}`,
    summary: 'Rename / re-describe a VPN gateway',
    params: vpn,
    body: c.updateVpnGatewaySchema,
    response: c.vpnGatewaySchema,
    mutation: true,
  },
  {
    method: 'delete',
    path: `${R}/vpn-gateways/{id}`,
    summary: 'Delete a VPN gateway (409 while IPsec connections remain)',
    params: vpn,
    status: 204,
    mutation: true,
  },
  {
    method: 'get',
    path: `${R}/customer-gateways`,
    summary: 'Customer gateways, each with the connections using it',
    params: r,
    response: c.customerGatewayListSchema,
  },
  {
    method: 'post',
    path: `${R}/customer-gateways`,
    summary: 'Register a customer gateway',
    params: r,
    body: c.createCustomerGatewaySchema,
    status: 201,
    response: c.customerGatewaySchema,
    create: true,
  },
  {
    method: 'get',
    path: `${R}/customer-gateways/{id}`,
    summary: 'One customer gateway',
    params: cgw,
    response: c.customerGatewaySchema,
  },
  {
    method: 'delete',
    path: `${R}/customer-gateways/{id}`,
    summary: 'Delete a customer gateway (409 while a connection uses it)',
    params: cgw,
    status: 204,
    mutation: true,
  },
  {
    method: 'get',
    path: `${R}/vpn-connections`,
    summary: 'IPsec connections (filter by VPN or customer gateway)',
    params: r,
    query: c.vpnConnectionListQuerySchema,
    response: c.vpnConnectionListSchema,
  },
  {
    method: 'post',
    path: `${R}/vpn-connections`,
    summary: 'Create an IPsec connection',
    params: r,
    body: c.createVpnConnectionSchema,
    status: 201,
    response: c.vpnConnectionSchema,
    create: true,
  },
  {
    method: 'get',
    path: `${R}/vpn-connections/{id}`,
    summary: 'One IPsec connection (never its pre-shared key)',
    params: vco,
    response: c.vpnConnectionSchema,
  },
  {
    method: 'get',
    path: `${R}/vpn-connections/{id}/peer-config`,
    summary: "The customer device's configuration (key masked for auditors)",
    params: vco,
    response: c.peerConfigSchema,
  },
  {
    method: 'delete',
    path: `${R}/vpn-connections/{id}`,
    summary: 'Delete an IPsec connection',
    params: vco,
    status: 204,
    mutation: true,
  },
];
