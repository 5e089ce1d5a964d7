import { z } from 'zod';
import {
  descriptionSchema,
  pageOf,
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
export type NatGatewayStatus = z.infer<typeof natGatewayStatusSchema>;

export const natGatewayEipSchema = z.object({
  allocationId: z.string(),
  ipAddress: z.string(),
  usedBySnat: z.boolean().optional(),
});

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
export type NatGateway = z.infer<typeof natGatewaySchema>;

export const natGatewaySortSchema = z.enum([
  'name',
  '-name',
  'creationTime',
  '-creationTime',
  'status',
  '-status',
]);

export const natGatewayListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(128).optional(),
  status: natGatewayStatusSchema.optional(),
  vpcId: resourceId('vpc').optional(),
  sort: natGatewaySortSchema.optional(),
});
export type NatGatewayListQuery = z.infer<typeof natGatewayListQuerySchema>;
export const natGatewayPageSchema = pageOf(natGatewaySchema);
export type NatGatewayPage = z.infer<typeof natGatewayPageSchema>;

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
  tags: z.array(tagSchema).max(20, 'at most 20 tags').optional(),
});
export type CreateNatGatewayInput = z.input<typeof createNatGatewaySchema>;
export type CreateNatGatewayRequest = z.infer<typeof createNatGatewaySchema>;

/** Modify allows 1–128 characters (looser than create, REFERENCE §3.2), but we keep create's rule so names stay valid everywhere. */
export const updateNatGatewaySchema = z
  .object({
    name: resourceNameSchema(128).optional(),
    description: descriptionSchema(128).optional(),
  })
  .refine((v) => v.name !== undefined || v.description !== undefined, {
    message: 'give a name or a description to change',
  });
export type UpdateNatGatewayRequest = z.infer<typeof updateNatGatewaySchema>;

export const deleteNatGatewayQuerySchema = z.object({
  force: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
