import { z } from 'zod';
import { msg } from './validation-messages.ts';
import { creationTimeSchema, deprecatedTimeAlias } from './creation-time.ts';
import {
  descriptionSchema,
  indexedPageOf,
  pageQuerySchema,
  resourceId,
  tagSchema,
} from './common.ts';
import { visibleText } from './strict-input.ts';
import { tunnelModeSchema, vpnGatewayTypeSchema } from './vpn-gateway-dual.ts';

/** VPN lifecycle, lower-case unlike NAT (REFERENCE §4.4). */
export const vpnGatewayStatusSchema = z.enum([
  'init',
  'provisioning',
  'active',
  'updating',
  'deleting',
]);
/** A VPN gateway status value, as list filters and status badges use it. */
export type VpnGatewayStatus = z.infer<typeof vpnGatewayStatusSchema>;

/** Public bandwidths (Mbit/s) on the international site (REFERENCE §3.4 CreateVpnGateway). */
export const VPN_BANDWIDTHS_INTL = [10, 100, 200, 500, 1000] as const;
/** The China site adds 5, 20 and 50 Mbit/s. */
export const VPN_BANDWIDTHS_CHINA = [5, 10, 20, 50, 100, 200, 500, 1000] as const;
/** Private (intranet) VPN gateways. */
export const VPN_BANDWIDTHS_PRIVATE = [200, 1000] as const;
/** `SslConnections` values (REFERENCE §3.4). */
export const SSL_CONNECTION_COUNTS = [5, 10, 20, 50, 100, 200, 500, 1000] as const;

/** Public (internet) or private (intranet) VPN gateway; it decides the bandwidths offered. */
export type VpnNetworkType = 'public' | 'private';

/**
 * The bandwidths CreateVpnGateway accepts in a region. Mainland `cn-*` regions (not cn-hongkong)
 * are on the China site; REFERENCE §3.4 lists the two sites, the region split is the emulator's.
 */
export function allowedVpnBandwidths(regionId: string, networkType: VpnNetworkType): number[] {
  if (networkType === 'private') return [...VPN_BANDWIDTHS_PRIVATE];
  const china = regionId.startsWith('cn-') && regionId !== 'cn-hongkong';
  return [...(china ? VPN_BANDWIDTHS_CHINA : VPN_BANDWIDTHS_INTL)];
}

/** A VPN gateway as the console shows it, flattened from DescribeVpnGateways. */
export const vpnGatewaySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  status: vpnGatewayStatusSchema,
  regionId: z.string(),
  vpcId: z.string(),
  vSwitchId: z.string(),
  internetIp: z.string(),
  disasterRecoveryInternetIp: z.string(),
  sslVpnInternetIp: z.string(),
  /** Mbit/s, parsed from the API's `Spec` ("10M"); 0 when it cannot be read. */
  bandwidth: z.number().int(),
  spec: z.string(),
  ipsecEnabled: z.boolean(),
  sslEnabled: z.boolean(),
  sslMaxConnections: z.number().int(),
  networkType: z.string(),
  chargeType: z.string(),
  businessStatus: z.string(),
  creationTime: creationTimeSchema,
  createTime: deprecatedTimeAlias(),
  /** ISO time; absent for pay-as-you-go gateways (EndTime 0). */
  endTime: z.string().optional(),
  tags: z.array(tagSchema),
  /** Dual-tunnel iff the gateway has a second vSwitch (REFERENCE-2 §1.1). */
  tunnelMode: tunnelModeSchema.optional(),
  gatewayType: vpnGatewayTypeSchema.optional(),
  /** The second tunnel's vSwitch; '' for single-tunnel gateways. */
  disasterRecoveryVSwitchId: z.string().optional(),
});
/** A VPN gateway as the BFF returns it. */
export type VpnGateway = z.infer<typeof vpnGatewaySchema>;

/** Sort keys of the VPN list (its sortable columns); a leading `-` sorts descending. */
export const vpnGatewaySortSchema = z.enum([
  'name',
  '-name',
  'status',
  '-status',
  'bandwidth',
  '-bandwidth',
  'endTime',
  '-endTime',
]);

/** `GET …/vpn-gateways` query: paging plus a name/ID search, filters and sort (newest first). */
export const vpnGatewayListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(128).optional(),
  status: vpnGatewayStatusSchema.optional(),
  vpcId: resourceId('vpc').optional(),
  sort: vpnGatewaySortSchema.optional(),
});
/** A parsed VPN gateway list query, with paging defaults filled in. */
export type VpnGatewayListQuery = z.infer<typeof vpnGatewayListQuerySchema>;
/** One page of the VPN gateway list. */
export const vpnGatewayPageSchema = indexedPageOf(vpnGatewaySchema);
/** One page of VPN gateways with the total for the pager. */
export type VpnGatewayPage = z.infer<typeof vpnGatewayPageSchema>;

const allBandwidths: readonly number[] = [...VPN_BANDWIDTHS_CHINA];
const sslCounts: readonly number[] = SSL_CONNECTION_COUNTS;

/**
 * The VPN name rule (REFERENCE §3.4): 2–100 characters, starting with a letter, then letters,
 * digits, `_`, `-` and `.`.
 */
export const vpnNameSchema = visibleText()
  .trim()
  .min(2, msg('minChars', { n: 2 }))
  .max(100, msg('maxChars', { n: 100 }))
  .regex(/^[\p{L}]/u, msg('startLetter'))
  .regex(/^[\p{L}\p{N}_.-]+$/u, msg('nameChars'));

/** Create body; the BFF narrows `bandwidth` to the region's list with `allowedVpnBandwidths`. */
export const createVpnGatewaySchema = z
  .object({
    vpcId: resourceId('vpc'),
    /** Optional outside dual-tunnel regions: the API picks one (REFERENCE §3.4). */
    vSwitchId: resourceId('vsw').optional(),
    networkType: z.enum(['public', 'private']).default('public'),
    bandwidth: z
      .number(msg('vpnBandwidth'))
      .int()
      .refine((b) => allBandwidths.includes(b), msg('vpnBandwidth')),
    enableIpsec: z.boolean().default(true),
    enableSsl: z.boolean().default(false),
    sslConnections: z
      .number()
      .int()
      .refine((n) => sslCounts.includes(n), msg('sslConnections'))
      .optional(),
    name: vpnNameSchema,
    description: descriptionSchema(100).optional(),
    /** The second tunnel's vSwitch, in another zone where the region has two (REFERENCE-2 §1.2). */
    disasterRecoveryVSwitchId: resourceId('vsw').optional(),
    /** Default `Traditional`; `Enhanced.SiteToSite` is IPsec only, always dual-tunnel. */
    gatewayType: vpnGatewayTypeSchema.optional(),
  })
  .superRefine((v, ctx) => {
    // A second vSwitch needs a first; an enhanced gateway needs both (REFERENCE-2 §1.2, §1.4).
    const enhanced = v.gatewayType === 'Enhanced.SiteToSite';
    if (v.vSwitchId === undefined && (enhanced || v.disasterRecoveryVSwitchId !== undefined))
      ctx.addIssue({ code: 'custom', path: ['vSwitchId'], message: msg('required') });
    if (enhanced && v.disasterRecoveryVSwitchId === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['disasterRecoveryVSwitchId'],
        message: msg('required'),
      });
  });
/** The create body as a form builds it, before defaults are applied. */
export type CreateVpnGatewayInput = z.input<typeof createVpnGatewaySchema>;
/** The create body after parsing, every default applied. */
export type CreateVpnGatewayRequest = z.infer<typeof createVpnGatewaySchema>;

/** PATCH body: name and/or description, under the VPN name rule (REFERENCE §3.4). */
export const updateVpnGatewaySchema = z
  .object({
    name: vpnNameSchema.optional(),
    description: descriptionSchema(100).optional(),
  })
  .refine((v) => v.name !== undefined || v.description !== undefined, msg('nothingToChange'));
/** A validated PATCH body. */
export type UpdateVpnGatewayRequest = z.infer<typeof updateVpnGatewaySchema>;
