import { z } from 'zod';
import { msg } from './validation-messages.ts';
import { descriptionSchema, listOf, resourceId, resourceNameSchema, tagSchema } from './common.ts';
import { regionParamsSchema } from './route-params.ts';
import { intFromText } from './strict-input.ts';

/** EIP lifecycle (REFERENCE §4.3); an EIP is bound from `Available` and becomes `InUse`. */
export const eipStatusSchema = z.enum([
  'Associating',
  'Unassociating',
  'InUse',
  'Available',
  'Releasing',
]);

/** An EIP; `instanceId`/`instanceType` name what it is bound to, if anything. */
export const eipSchema = z.object({
  allocationId: z.string(),
  ipAddress: z.string(),
  name: z.string(),
  description: z.string().optional(),
  status: eipStatusSchema,
  bandwidth: z.string(),
  internetChargeType: z.string(),
  instanceId: z.string().optional(),
  instanceType: z.string().optional(),
  allocationTime: z.string(),
  tags: z.array(tagSchema),
  /** Present (true) only when protection is on (DeletionProtection, REFERENCE-2 §4.4). */
  deletionProtection: z.boolean().optional(),
});
/** An EIP as the BFF returns it. */
export type Eip = z.infer<typeof eipSchema>;
/** The EIPs of a region, unpaginated, for the bind picker. */
export const eipListSchema = listOf(eipSchema);

/** `GET …/eips?status=Available` lists only the EIPs that are free to bind. */
export const eipListQuerySchema = z.object({
  status: eipStatusSchema.optional(),
});

/** Body that binds an existing EIP to a NAT gateway. */
export const bindEipSchema = z.object({ allocationId: resourceId('eip') });
/** A validated bind body. */
export type BindEipRequest = z.infer<typeof bindEipSchema>;

/** Allocate body (AllocateEipAddress, REFERENCE §3.3): bandwidth in Mbit/s, 5 by default. */
export const allocateEipSchema = z
  .object({
    name: resourceNameSchema(128).optional(),
    bandwidth: intFromText(z.number().int().min(1).max(500).default(5)),
    internetChargeType: z.enum(['PayByTraffic', 'PayByBandwidth']).default('PayByTraffic'),
  })
  // Pay-by-traffic EIPs top out at 200 Mbit/s (REFERENCE §3.3 AllocateEipAddress.Bandwidth).
  .refine((v) => v.internetChargeType !== 'PayByTraffic' || v.bandwidth <= 200, {
    path: ['bandwidth'],
    message: msg('eipTrafficMax', { n: 200 }),
  });
/** A validated allocate body, defaults applied. */
export type AllocateEipRequest = z.infer<typeof allocateEipSchema>;

/** `/regions/:regionId/eips/:allocationId`. */
export const eipParamsSchema = regionParamsSchema.extend({ allocationId: resourceId('eip') });

/** `PATCH …/eips/:allocationId` (ModifyEipAddressAttribute, REFERENCE-2 §4.10). */
export const updateEipSchema = z.object({
  name: resourceNameSchema(128).optional(),
  description: descriptionSchema(256).optional(),
  // The charge type's own ceiling (200 by traffic) is the API's to enforce: the EIP knows it.
  bandwidth: intFromText(z.number().int().min(1).max(500)).optional(),
});
/** A validated EIP edit body; absent fields keep their values. */
export type UpdateEipRequest = z.infer<typeof updateEipSchema>;
