import { z } from 'zod';
import { descriptionSchema, listOf, resourceId, resourceNameSchema } from './common.ts';
import { ipv6GatewayParamsSchema } from './ipv6-gateway.ts';

/** Egress-only rule statuses: `Pending` → `Available`, `Deleting` → gone (REFERENCE-2 §5.3, §5.6). */
export const ipv6EgressRuleStatusSchema = z.enum(['Pending', 'Available', 'Deleting']);
/** The status of an egress-only rule. */
export type Ipv6EgressRuleStatus = z.infer<typeof ipv6EgressRuleStatusSchema>;

/** An egress-only rule: one IPv6 address of the gateway's VPC made outbound-only (§5.1). */
export const ipv6EgressRuleSchema = z.object({
  id: z.string(),
  ipv6GatewayId: z.string(),
  name: z.string(),
  description: z.string(),
  /** The IPv6 address ID (`ipv6-…`). */
  instanceId: z.string(),
  /** `Ipv6Address` (the only kind CreateIpv6EgressOnlyRule takes). */
  instanceType: z.string(),
  status: ipv6EgressRuleStatusSchema,
});
/** An egress-only rule as the BFF returns it (the API reports no creation time). */
export type Ipv6EgressRule = z.infer<typeof ipv6EgressRuleSchema>;
/** Every rule of one gateway, unpaginated. */
export const ipv6EgressRuleListSchema = listOf(ipv6EgressRuleSchema);

/** Create: the IPv6 address to make outbound-only, with an optional name and description. */
export const createIpv6EgressRuleSchema = z.object({
  instanceId: resourceId('ipv6'),
  name: resourceNameSchema(128).optional(),
  description: descriptionSchema(256).optional(),
});
/** A validated create body. */
export type CreateIpv6EgressRuleRequest = z.infer<typeof createIpv6EgressRuleSchema>;

/** `/regions/:regionId/ipv6-gateways/:id/egress-only-rules/:ruleId`. */
export const ipv6EgressRuleParamsSchema = ipv6GatewayParamsSchema.extend({
  ruleId: resourceId('ipv6py'),
});
