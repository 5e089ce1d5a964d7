import { z } from 'zod';
import { keyed, msg } from './validation-messages.ts';
import { listOf, regionIdSchema, resourceId, tagSchema } from './common.ts';
import { intFromText } from './strict-input.ts';

/** Billing of IPv6 internet bandwidth (REFERENCE §3.5 AllocateIpv6InternetBandwidth). */
export const ipv6InternetChargeTypeSchema = z.enum(['PayByBandwidth', 'PayByTraffic']);
/** How IPv6 internet bandwidth is billed; it sets the bandwidth ceiling. */
export type Ipv6InternetChargeType = z.infer<typeof ipv6InternetChargeTypeSchema>;

/** Bandwidth ceilings per charge type in Mbit/s (REFERENCE §3.5). */
export const IPV6_MAX_BANDWIDTH: Record<Ipv6InternetChargeType, number> = {
  PayByTraffic: 1000,
  PayByBandwidth: 2000,
};

/** Internet bandwidth bought for one IPv6 address. */
export const ipv6InternetBandwidthSchema = z.object({
  id: z.string(),
  bandwidth: z.number().int(),
  internetChargeType: z.string(),
  instanceChargeType: z.string(),
  businessStatus: z.string(),
});
/** The internet bandwidth of one IPv6 address. */
export type Ipv6InternetBandwidth = z.infer<typeof ipv6InternetBandwidthSchema>;

/** An IPv6 address; `networkType` is `Public` once it has internet bandwidth. */
export const ipv6AddressSchema = z.object({
  id: z.string(),
  address: z.string(),
  name: z.string(),
  description: z.string(),
  status: z.string(),
  regionId: z.string(),
  vpcId: z.string(),
  vSwitchId: z.string(),
  ipv6GatewayId: z.string(),
  instanceId: z.string(),
  instanceType: z.string(),
  networkType: z.enum(['Private', 'Public']),
  allocationTime: z.string(),
  internetBandwidth: ipv6InternetBandwidthSchema.optional(),
  tags: z.array(tagSchema),
});
/** An IPv6 address as the BFF returns it. */
export type Ipv6Address = z.infer<typeof ipv6AddressSchema>;
/** The matching IPv6 addresses, unpaginated. */
export const ipv6AddressListSchema = listOf(ipv6AddressSchema);

/** `GET /regions/:regionId/ipv6-addresses`: every matching address, filtered upstream. */
export const ipv6AddressListQuerySchema = z.object({
  vpcId: resourceId('vpc').optional(),
  vSwitchId: resourceId('vsw').optional(),
  ipv6GatewayId: resourceId('ipv6gw').optional(),
  networkType: z.enum(['Private', 'Public']).optional(),
});
/** A parsed IPv6 address list query. */
export type Ipv6AddressListQuery = z.infer<typeof ipv6AddressListQuerySchema>;

const mbps = z
  .number({ message: msg('wholeMbps') })
  .int(msg('wholeMbps'))
  .min(1, msg('minMbps', { n: 1 }));
const bandwidthValue = intFromText(mbps, msg('wholeMbps'));

/** Allocate: 1–2000 Mbit/s with PayByBandwidth (default), 1–1000 with PayByTraffic. */
export const allocateIpv6BandwidthSchema = z
  .object({
    bandwidth: bandwidthValue,
    internetChargeType: ipv6InternetChargeTypeSchema.default('PayByBandwidth'),
  })
  .superRefine((v, ctx) => {
    const max = IPV6_MAX_BANDWIDTH[v.internetChargeType];
    if (v.bandwidth > max) {
      ctx.addIssue({
        code: 'custom',
        path: ['bandwidth'],
        ...keyed('maxMbps', { n: max, chargeType: v.internetChargeType }),
      });
    }
  });
/** The allocate body as a form builds it; the charge type may be left out. */
export type AllocateIpv6BandwidthInput = z.input<typeof allocateIpv6BandwidthSchema>;
/** The allocate body after parsing, charge type defaulted to PayByBandwidth. */
export type AllocateIpv6BandwidthRequest = z.output<typeof allocateIpv6BandwidthSchema>;

/** Change: the new bandwidth; the ceiling of the existing charge type is checked upstream. */
export const changeIpv6BandwidthSchema = z.object({
  bandwidth: intFromText(
    mbps.max(2000, msg('maxMbps', { n: 2000, chargeType: 'PayByBandwidth' })),
    msg('wholeMbps'),
  ),
});
/** A validated bandwidth change. */
export type ChangeIpv6BandwidthRequest = z.infer<typeof changeIpv6BandwidthSchema>;

/** `/regions/:regionId/ipv6-addresses/:addressId/internet-bandwidth`. */
export const ipv6AddressParamsSchema = z.object({
  regionId: regionIdSchema,
  addressId: resourceId('ipv6'),
});
