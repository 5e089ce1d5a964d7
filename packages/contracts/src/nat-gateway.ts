import { z } from 'zod';
import { msg } from './validation-messages.ts';
import {
  descriptionSchema,
  indexedPageOf,
  pageQuerySchema,
  resourceId,
  resourceNameSchema,
  tagSchema,
} from './common.ts';

/** NAT lifecycle (REFERENCE §4.1); `Converting` is the standard→enhanced upgrade. */
export const natGatewayStatusSchema = z.enum([
  'Creating',
  'Available',
  'Modifying',
  'Deleting',
  'Converting',
]);
/** A NAT status value, as list filters and status badges use it. */
export type NatGatewayStatus = z.infer<typeof natGatewayStatusSchema>;

/** An EIP bound to a NAT gateway; `usedBySnat` tells the user unbinding it breaks SNAT. */
export const natGatewayEipSchema = z.object({
  allocationId: z.string(),
  ipAddress: z.string(),
  usedBySnat: z.boolean().optional(),
});

/** A NAT gateway as the console shows it, flattened from DescribeNatGateways. */
export const natGatewaySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  status: natGatewayStatusSchema,
  regionId: z.string(),
  vpcId: z.string(),
  vSwitchId: z.string(),
  zoneId: z.string(),
  natType: z.string(),
  networkType: z.enum(['internet', 'intranet']),
  spec: z.string(),
  instanceChargeType: z.string(),
  internetChargeType: z.string(),
  eipBindMode: z.string(),
  deletionProtection: z.boolean(),
  privateIpAddress: z.string(),
  creationTime: z.string(),
  expiredTime: z.string().optional(),
  snatTableIds: z.array(z.string()),
  forwardTableIds: z.array(z.string()),
  eips: z.array(natGatewayEipSchema),
  tags: z.array(tagSchema),
});
/** A NAT gateway as the BFF returns it. */
export type NatGateway = z.infer<typeof natGatewaySchema>;

/** Sort keys of the NAT list; a leading `-` sorts descending. */
export const natGatewaySortSchema = z.enum([
  'name',
  '-name',
  'creationTime',
  '-creationTime',
  'status',
  '-status',
]);

/** `GET …/nat-gateways` query: paging plus a name/ID search, filters and sort. */
export const natGatewayListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(128).optional(),
  status: natGatewayStatusSchema.optional(),
  vpcId: resourceId('vpc').optional(),
  sort: natGatewaySortSchema.optional(),
});
/** A parsed NAT list query, with paging defaults filled in. */
export type NatGatewayListQuery = z.infer<typeof natGatewayListQuerySchema>;
/** One page of the NAT list. */
export const natGatewayPageSchema = indexedPageOf(natGatewaySchema);
/** One page of NAT gateways with the total for the pager. */
export type NatGatewayPage = z.infer<typeof natGatewayPageSchema>;

/** Create body: enhanced, pay-by-LCU, pay-as-you-go only, all the API still sells (§3.2). */
export const createNatGatewaySchema = z.object({
  vpcId: resourceId('vpc'),
  vSwitchId: resourceId('vsw'),
  name: resourceNameSchema(128),
  description: descriptionSchema(256).optional(),
  natType: z.literal('Enhanced').default('Enhanced'),
  networkType: z.enum(['internet', 'intranet']).default('internet'),
  internetChargeType: z.enum(['PayByLcu']).default('PayByLcu'),
  instanceChargeType: z.enum(['PostPaid']).default('PostPaid'),
  eipBindMode: z.enum(['MULTI_BINDED', 'NAT']).default('MULTI_BINDED'),
  /** No create-time parameter exists: the BFF creates, then calls DeletionProtection (REFERENCE-2 §4.4). */
  deletionProtection: z.boolean().optional(),
  tags: z
    .array(tagSchema)
    .max(20, msg('maxTags', { n: 20 }))
    .optional(),
});
/** The create body as a form builds it, before defaults are applied. */
export type CreateNatGatewayInput = z.input<typeof createNatGatewaySchema>;
/** The create body after parsing, every default applied. */
export type CreateNatGatewayRequest = z.infer<typeof createNatGatewaySchema>;

/** Modify allows 1–128 characters (looser than create, REFERENCE §3.2), but we keep create's rule so names stay valid everywhere. */
export const updateNatGatewaySchema = z
  .object({
    name: resourceNameSchema(128).optional(),
    description: descriptionSchema(128).optional(),
  })
  .refine((v) => v.name !== undefined || v.description !== undefined, msg('nothingToChange'));
/** A validated PATCH body: a new name, a new description, or both. */
export type UpdateNatGatewayRequest = z.infer<typeof updateNatGatewaySchema>;

/** `?force=true` sets DeleteNatGateway's Force: entries and EIPs go too (REFERENCE §3.2). */
export const deleteNatGatewayQuerySchema = z.object({
  force: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
