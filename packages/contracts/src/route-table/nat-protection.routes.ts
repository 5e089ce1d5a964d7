import { eipSchema } from '../eip.ts';
import { natGatewaySchema } from '../nat-gateway.ts';
import { deletionProtectionSchema, eipParamsSchema } from '../nat-protection.ts';
import { natGatewayParamsSchema } from '../route-params.ts';
import { defineRoute } from './define-route.ts';

/** Deletion protection (DeletionProtection, REFERENCE-2 §4.4) of a NAT gateway and of an EIP. */
export const deletionProtectionRoutes = {
  natGateway: defineRoute({
    method: 'put',
    path: '/api/regions/{regionId}/nat-gateways/{id}/deletion-protection',
    summary: 'Turn a NAT gateway’s deletion protection on or off',
    params: natGatewayParamsSchema,
    body: deletionProtectionSchema,
    response: natGatewaySchema,
    audit: { action: 'DeletionProtection', resourceParam: 'id' },
  }),
  eip: defineRoute({
    method: 'put',
    path: '/api/regions/{regionId}/eips/{allocationId}/deletion-protection',
    summary: 'Turn an EIP’s deletion protection on or off',
    params: eipParamsSchema,
    body: deletionProtectionSchema,
    response: eipSchema,
    audit: { action: 'DeletionProtection', resourceParam: 'allocationId' },
  }),
};
