import { z } from 'zod';

/** Gateway specs of DescribeVpnGatewayAvailableZones: a string with unit (REFERENCE-2 §1.3). */
export const VPN_GATEWAY_SPECS = [
  '5M',
  '10M',
  '20M',
  '50M',
  '100M',
  '200M',
  '500M',
  '1000M',
] as const;

/** `Traditional` (CreateVpnGateway) or `Enhanced.SiteToSite` (IPsec only, always dual-tunnel). */
export const vpnGatewayTypeSchema = z.enum(['Traditional', 'Enhanced.SiteToSite']);
/** The kind of a VPN gateway (REFERENCE-2 §1.4). */
export type VpnGatewayKind = z.infer<typeof vpnGatewayTypeSchema>;

/** Dual-tunnel gateways have a second vSwitch and IP (REFERENCE-2 §1.1). */
export const tunnelModeSchema = z.enum(['dual', 'single']);
/** The tunnel mode of a VPN gateway. */
export type TunnelMode = z.infer<typeof tunnelModeSchema>;

/** The spec string the zones call takes for a bandwidth in Mbit/s: 10 → `"10M"`. */
export const specOfBandwidth = (mbps: number): string => `${mbps}M`;

/** `GET …/vpn-gateways/available-zones` query: the spec, optionally the gateway type and language. */
export const vpnGatewayZonesQuerySchema = z.object({
  spec: z.enum(VPN_GATEWAY_SPECS),
  gatewayType: vpnGatewayTypeSchema.optional(),
  lang: z.enum(['en', 'zh']).optional(),
});
/** A parsed available-zones query. */
export type VpnGatewayZonesQuery = z.infer<typeof vpnGatewayZonesQuerySchema>;

/** One zone a gateway of the spec can be placed in. */
export const vpnGatewayZoneSchema = z.object({ zoneId: z.string(), zoneName: z.string() });
/** The zones a gateway of the spec can be placed in. */
export const vpnGatewayZoneListSchema = z.object({ items: z.array(vpnGatewayZoneSchema) });
/** The available-zones answer. */
export type VpnGatewayZoneList = z.infer<typeof vpnGatewayZoneListSchema>;

/**
 * Whether new gateways in the region are dual-tunnel (two vSwitches): every region but Riyadh
 * (issue 12; REFERENCE-2 §1.1 has no list, the emulator makes the same choice).
 */
export const isDualTunnelRegion = (regionId: string): boolean => regionId !== 'me-central-1';
