import { customerGatewaySchema } from '../customer-gateway.ts';
import {
  updateCustomerGatewaySchema,
  updateVpnConnectionSchema,
  vpnTunnelParamsSchema,
} from '../vpn-connection-edit.ts';
import { vpnConnectionSchema } from '../vpn-connection.ts';
import { updateTunnelSchema } from '../vpn-tunnel.ts';
import { customerGatewayParamsSchema, vpnConnectionParamsSchema } from '../vpn-route-params.ts';
import { defineRoute } from './define-route.ts';

const R = '/api/regions/{regionId}';

/**
 * Edits instead of delete-and-recreate (issue 12): a connection in either form, one tunnel, a
 * customer gateway. Each locks the VPN gateway; a busy one answers 409 `VpnGateway.Configuring`.
 */
export const vpnConnectionEditRoutes = {
  updateConnection: defineRoute({
    method: 'patch',
    path: `${R}/vpn-connections/{id}`,
    summary: 'Edit an IPsec connection (either form; omitted fields keep their value)',
    params: vpnConnectionParamsSchema,
    body: updateVpnConnectionSchema,
    response: vpnConnectionSchema,
    audit: { action: 'ModifyVpnConnectionAttribute', resourceParam: 'id' },
  }),
  updateTunnel: defineRoute({
    method: 'patch',
    path: `${R}/vpn-connections/{id}/tunnels/{tunnelId}`,
    summary: 'Edit one tunnel of a dual-tunnel connection',
    params: vpnTunnelParamsSchema,
    body: updateTunnelSchema,
    response: vpnConnectionSchema,
    audit: { action: 'ModifyTunnelAttribute', resourceParam: 'tunnelId' },
  }),
  updateCustomerGateway: defineRoute({
    method: 'patch',
    path: `${R}/customer-gateways/{id}`,
    summary: 'Rename / re-describe a customer gateway, or set its BGP auth key',
    params: customerGatewayParamsSchema,
    body: updateCustomerGatewaySchema,
    response: customerGatewaySchema,
    audit: { action: 'ModifyCustomerGatewayAttribute', resourceParam: 'id' },
  }),
};
