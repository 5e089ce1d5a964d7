import { vpnGatewayParamsSchema } from '../vpn-route-params.ts';
import {
  createVpnPolicyRouteSchema,
  createVpnRouteSchema,
  publishVpnRouteSchema,
  updateVpnPolicyRouteSchema,
  vpnPolicyRouteKeySchema,
  vpnPolicyRouteListSchema,
  vpnPolicyRouteSchema,
  vpnRouteKeySchema,
  vpnRouteListSchema,
  vpnRouteSchema,
  vpnRouteWeightSchema,
} from '../vpn-route.ts';
import { defineRoute } from './define-route.ts';

const GW = '/api/regions/{regionId}/vpn-gateways/{id}';
// Routes have no ID: writes are audited under the gateway, and DELETE/PATCH carry the key.
const onGateway = (action: string) => ({ action, resourceParam: 'id' });

/** Destination routes of one VPN gateway (REFERENCE-2 §2.2–§2.7). */
export const vpnRouteRoutes = {
  list: defineRoute({
    method: 'get',
    path: `${GW}/route-entries`,
    summary: 'Every destination route of a VPN gateway',
    params: vpnGatewayParamsSchema,
    response: vpnRouteListSchema,
  }),
  create: defineRoute({
    method: 'post',
    path: `${GW}/route-entries`,
    summary: 'Add a destination route (the gateway goes updating)',
    params: vpnGatewayParamsSchema,
    body: createVpnRouteSchema,
    status: 201,
    response: vpnRouteSchema,
    creates: true,
    audit: onGateway('CreateVpnRouteEntry'),
  }),
  remove: defineRoute({
    method: 'delete',
    path: `${GW}/route-entries`,
    summary: 'Delete the destination route whose key (with its current weight) is in the body',
    params: vpnGatewayParamsSchema,
    body: vpnRouteKeySchema,
    status: 204,
    audit: onGateway('DeleteVpnRouteEntry'),
  }),
  publish: defineRoute({
    method: 'post',
    path: `${GW}/route-entries/publish`,
    summary:
      "Publish a destination or policy route to the VPC's system route table, or withdraw it",
    params: vpnGatewayParamsSchema,
    body: publishVpnRouteSchema,
    status: 204,
    audit: onGateway('PublishVpnRouteEntry'),
  }),
  weight: defineRoute({
    method: 'patch',
    path: `${GW}/route-entries/weight`,
    summary: "Change a destination route's weight (no effect on dual-tunnel gateways)",
    params: vpnGatewayParamsSchema,
    body: vpnRouteWeightSchema,
    status: 204,
    audit: onGateway('ModifyVpnRouteEntryWeight'),
  }),
};

/** Policy-based routes of one VPN gateway (REFERENCE-2 §2.8–§2.11). */
export const vpnPolicyRouteRoutes = {
  list: defineRoute({
    method: 'get',
    path: `${GW}/policy-routes`,
    summary: 'Every policy-based route of a VPN gateway, in priority order',
    params: vpnGatewayParamsSchema,
    response: vpnPolicyRouteListSchema,
  }),
  create: defineRoute({
    method: 'post',
    path: `${GW}/policy-routes`,
    summary: 'Add a policy-based route (the gateway goes updating)',
    params: vpnGatewayParamsSchema,
    body: createVpnPolicyRouteSchema,
    status: 201,
    response: vpnPolicyRouteSchema,
    creates: true,
    audit: onGateway('CreateVpnPbrRouteEntry'),
  }),
  remove: defineRoute({
    method: 'delete',
    path: `${GW}/policy-routes`,
    summary: 'Delete the policy route whose key is in the body',
    params: vpnGatewayParamsSchema,
    body: vpnPolicyRouteKeySchema,
    status: 204,
    audit: onGateway('DeleteVpnPbrRouteEntry'),
  }),
  update: defineRoute({
    method: 'patch',
    path: `${GW}/policy-routes`,
    summary: "Change a policy route's weight and/or priority",
    params: vpnGatewayParamsSchema,
    body: updateVpnPolicyRouteSchema,
    status: 204,
    audit: onGateway('ModifyVpnPbrRouteEntryAttribute'),
  }),
};
