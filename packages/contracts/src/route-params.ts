import { z } from 'zod';
import { msg } from './validation-messages.ts';
import { regionIdSchema, resourceId, tagSchema } from './common.ts';

/** `:regionId` of every regional route. */
export const regionParamsSchema = z.object({ regionId: regionIdSchema });

/** `/regions/:regionId/vpcs/:vpcId/vswitches`. */
export const vpcParamsSchema = regionParamsSchema.extend({ vpcId: resourceId('vpc') });

/** `/regions/:regionId/nat-gateways/:id`. */
export const natGatewayParamsSchema = regionParamsSchema.extend({ id: resourceId('ngw') });

/** `/regions/:regionId/nat-gateways/:id/snat-entries/:entryId`. */
export const snatEntryParamsSchema = natGatewayParamsSchema.extend({
  entryId: resourceId('snat'),
});

/** `/regions/:regionId/nat-gateways/:id/dnat-entries/:entryId`. */
export const dnatEntryParamsSchema = natGatewayParamsSchema.extend({
  entryId: resourceId('fwd'),
});

/** `/regions/:regionId/nat-gateways/:id/eips/:allocationId`. */
export const natGatewayEipParamsSchema = natGatewayParamsSchema.extend({
  allocationId: resourceId('eip'),
});

/** `DELETE …/eips/:allocationId?force=true` unbinds even when SNAT/DNAT entries use the EIP. */
export const unbindEipQuerySchema = z.object({
  force: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

/** `PUT …/nat-gateways/:id/tags`: the complete new tag set (keys unique, at most 20). */
export const replaceTagsSchema = z.object({
  tags: z
    .array(tagSchema)
    .max(20, msg('maxTags', { n: 20 }))
    .superRefine((tags, ctx) => {
      const seen = new Set<string>();
      tags.forEach((t, i) => {
        if (seen.has(t.key)) {
          ctx.addIssue({ code: 'custom', path: [i, 'key'], message: msg('duplicateTag') });
        }
        seen.add(t.key);
      });
    }),
});
/** A validated tag set that replaces all of a gateway's tags. */
export type ReplaceTagsRequest = z.infer<typeof replaceTagsSchema>;
