import { z } from 'zod';
import { listOf, resourceId, resourceNameSchema, tagSchema } from './common.ts';

export const eipStatusSchema = z.enum([
  'Associating',
  'Unassociating',
  'InUse',
  'Available',
  'Releasing',
]);

export const eipSchema = z.object({
  allocationId: z.string(),
  ipAddress: z.string(),
  name: z.string(),
  status: eipStatusSchema,
  bandwidth: z.string(),
  internetChargeType: z.string(),
  instanceId: z.string().optional(),
  instanceType: z.string().optional(),
  allocationTime: z.string(),
  tags: z.array(tagSchema),
});
export type Eip = z.infer<typeof eipSchema>;
export const eipListSchema = listOf(eipSchema);

export const eipListQuerySchema = z.object({
  status: eipStatusSchema.optional(),
});

export const bindEipSchema = z.object({ allocationId: resourceId('eip') });
export type BindEipRequest = z.infer<typeof bindEipSchema>;

export const allocateEipSchema = z.object({
  name: resourceNameSchema(128).optional(),
  bandwidth: z.coerce.number().int().min(1).max(500).default(5),
  internetChargeType: z.enum(['PayByTraffic', 'PayByBandwidth']).default('PayByTraffic'),
});
export type AllocateEipRequest = z.infer<typeof allocateEipSchema>;
