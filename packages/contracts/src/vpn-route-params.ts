import { resourceId } from './common.ts';
import { regionParamsSchema } from './route-params.ts';

/** `/regions/:regionId/vpn-gateways/:id`. */
export const vpnGatewayParamsSchema = regionParamsSchema.extend({ id: resourceId('vpn') });

/** `/regions/:regionId/customer-gateways/:id`. */
export const customerGatewayParamsSchema = regionParamsSchema.extend({ id: resourceId('cgw') });

/** `/regions/:regionId/vpn-connections/:id`. */
export const vpnConnectionParamsSchema = regionParamsSchema.extend({ id: resourceId('vco') });
