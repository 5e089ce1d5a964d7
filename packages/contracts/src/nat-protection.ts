import { z } from 'zod';
import { regionParamsSchema } from './route-params.ts';
import { resourceId } from './common.ts';
import { vpnGatewayZoneListSchema } from './vpn-gateway-dual.ts';

/** `PUT …/deletion-protection` body: turn protection on or off (DeletionProtection, REFERENCE-2 §4.4). */
export const deletionProtectionSchema = z.object({ enabled: z.boolean() });
/** A validated deletion-protection body. */
export type DeletionProtectionRequest = z.infer<typeof deletionProtectionSchema>;

/** `/regions/:regionId/eips/:allocationId` (a region's EIP, not a gateway's binding). */
export const eipParamsSchema = regionParamsSchema.extend({ allocationId: resourceId('eip') });

/** `GET …/nat-gateways/available-zones?lang=&privateLink=`: the zones a NAT gateway is sold in. */
export const natGatewayZonesQuerySchema = z.object({
  lang: z.enum(['en', 'zh']).optional(),
  privateLink: z.enum(['true', 'false']).optional(),
});
/** A parsed NAT zones query. */
export type NatGatewayZonesQuery = z.infer<typeof natGatewayZonesQuerySchema>;
/** The NAT zones answer: the same `{ items: [{ zoneId, zoneName }] }` as the VPN zone list. */
export const natGatewayZoneListSchema = vpnGatewayZoneListSchema;
/** The NAT zones answer. */
export type NatGatewayZoneList = z.infer<typeof natGatewayZoneListSchema>;

/** An ENI associated with a PrivateLink-enabled VPC NAT gateway (REFERENCE-2 §4.7). */
export const natAssociatedEniSchema = z.object({
  networkInterfaceId: z.string(),
  resourceId: z.string(),
  resourceType: z.string(),
  resourceVpcId: z.string(),
  ipv4Addresses: z.array(z.string()),
});

/**
 * What GetNatGatewayAttribute adds to the list item (REFERENCE-2 §4.3): protection, billing,
 * the gateway's own network interface, PrivateLink / access mode, entry counts, EIP use, and the
 * associated ENIs of a PrivateLink-enabled gateway.
 */
export const natGatewayAttributeSchema = z.object({
  id: z.string(),
  deletionProtection: z.boolean(),
  businessStatus: z.string(),
  billing: z.object({
    instanceChargeType: z.string(),
    internetChargeType: z.string(),
    spec: z.string(),
    autoPay: z.boolean().optional(),
  }),
  privateNetwork: z.object({
    networkInterfaceId: z.string(),
    zoneId: z.string(),
    vSwitchId: z.string(),
    privateIpAddress: z.string(),
    maxBandwidthMbps: z.number().optional(),
  }),
  accessMode: z.object({ modeValue: z.string(), tunnelType: z.string() }).optional(),
  privateLinkEnabled: z.boolean(),
  privateLinkMode: z.string().optional(),
  snatEntryCount: z.number().int(),
  forwardEntryCount: z.number().int(),
  fullNatEntryCount: z.number().int(),
  ips: z.array(
    z.object({ allocationId: z.string(), ipAddress: z.string(), usingStatus: z.string() }),
  ),
  associatedNetworkInterfaces: z.array(natAssociatedEniSchema),
});
/** The extra attributes of one NAT gateway. */
export type NatGatewayAttribute = z.infer<typeof natGatewayAttributeSchema>;
