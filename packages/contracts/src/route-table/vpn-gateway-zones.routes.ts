import { regionParamsSchema } from '../route-params.ts';
import { vpnGatewayZoneListSchema, vpnGatewayZonesQuerySchema } from '../vpn-gateway-dual.ts';
import { defineRoute } from './define-route.ts';

/**
 * The zones a VPN gateway spec is sold in (DescribeVpnGatewayAvailableZones, REFERENCE-2 §1.3),
 * to fill the two vSwitch pickers. Mounted before the gateway group, so `available-zones` is never
 * read as a gateway `{id}`.
 */
export const vpnGatewayZoneRoutes = {
  list: defineRoute({
    method: 'get',
    path: '/api/regions/{regionId}/vpn-gateways/available-zones',
    summary: 'Zones offering a VPN gateway spec (spec=10M; gatewayType; lang)',
    params: regionParamsSchema,
    query: vpnGatewayZonesQuerySchema,
    response: vpnGatewayZoneListSchema,
  }),
};
