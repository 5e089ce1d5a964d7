import { z } from 'zod';
import { msg } from './validation-messages.ts';
import {
  descriptionSchema,
  listOf,
  indexedPageOf,
  pageQuerySchema,
  resourceId,
  resourceNameSchema,
  tagSchema,
} from './common.ts';
import { regionParamsSchema } from './route-params.ts';

/**
 * IPv6 gateway lifecycle as the console shows it (REFERENCE §4.5): `Creating` → `Available`,
 * `Deleting` → gone; `Pending` (being configured) is documented by the sdk and kept for real mode.
 */
export const ipv6GatewayStatusSchema = z.enum(['Creating', 'Pending', 'Available', 'Deleting']);
/** An IPv6 gateway status value, as list filters and status badges use it. */
export type Ipv6GatewayStatus = z.infer<typeof ipv6GatewayStatusSchema>;

/**
 * An IPv6 gateway. `spec` is empty today: the API dropped specs (REFERENCE §4.5, tf deprecated
 * `spec` in 1.205.0) and kept it only for gateways that still report one.
 */
export const ipv6GatewaySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  status: ipv6GatewayStatusSchema,
  businessStatus: z.string(),
  regionId: z.string(),
  vpcId: z.string(),
  spec: z.string(),
  instanceChargeType: z.string(),
  creationTime: z.string(),
  expiredTime: z.string().optional(),
  resourceGroupId: z.string(),
  tags: z.array(tagSchema),
});
/** An IPv6 gateway as the BFF returns it. */
export type Ipv6Gateway = z.infer<typeof ipv6GatewaySchema>;

/** Sort keys of the IPv6 gateway list; a leading `-` sorts descending. */
export const ipv6GatewaySortSchema = z.enum([
  'name',
  '-name',
  'creationTime',
  '-creationTime',
  'status',
  '-status',
]);

/** `GET …/ipv6-gateways` query: paging plus a name/ID search, filters and sort. */
export const ipv6GatewayListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(128).optional(),
  status: ipv6GatewayStatusSchema.optional(),
  vpcId: resourceId('vpc').optional(),
  sort: ipv6GatewaySortSchema.optional(),
});
/** A parsed IPv6 gateway list query, with paging defaults filled in. */
export type Ipv6GatewayListQuery = z.infer<typeof ipv6GatewayListQuerySchema>;
/** One page of the IPv6 gateway list. */
export const ipv6GatewayPageSchema = indexedPageOf(ipv6GatewaySchema);
/** One page of IPv6 gateways with the total for the pager. */
export type Ipv6GatewayPage = z.infer<typeof ipv6GatewayPageSchema>;

/** Create: one gateway per VPC, and the VPC must have an IPv6 CIDR (REFERENCE §3.5, §4.5). */
export const createIpv6GatewaySchema = z.object({
  vpcId: resourceId('vpc'),
  name: resourceNameSchema(128),
  description: descriptionSchema(256).optional(),
  tags: z
    .array(tagSchema)
    .max(20, msg('maxTags', { n: 20 }))
    .optional(),
});
/** The create body as a form builds it. */
export type CreateIpv6GatewayInput = z.input<typeof createIpv6GatewaySchema>;
/** A validated create body. */
export type CreateIpv6GatewayRequest = z.infer<typeof createIpv6GatewaySchema>;

/**
 * PATCH: name and description only. `spec` is refused by name, because ModifyIpv6GatewaySpec no
 * longer exists in the API (REFERENCE §4.5).
 */
export const updateIpv6GatewaySchema = z
  .object({
    name: resourceNameSchema(128).optional(),
    description: descriptionSchema(256).optional(),
    spec: z.unknown().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.spec !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['spec'],
        message: msg('noSpec'),
      });
    }
    if (v.name === undefined && v.description === undefined && v.spec === undefined) {
      ctx.addIssue({ code: 'custom', message: msg('nothingToChange') });
    }
  })
  .transform(({ name, description }) => ({ name, description }));
/** The PATCH body as sent; it may still carry the refused `spec`. */
export type UpdateIpv6GatewayInput = z.input<typeof updateIpv6GatewaySchema>;
/** The PATCH body after parsing: name and description only. */
export type UpdateIpv6GatewayRequest = z.output<typeof updateIpv6GatewaySchema>;

/** `/regions/:regionId/ipv6-gateways/:id`. */
export const ipv6GatewayParamsSchema = regionParamsSchema.extend({ id: resourceId('ipv6gw') });

/** Why a VPC cannot take a new IPv6 gateway: it has one, or it has no IPv6 CIDR block. */
export const ipv6VpcBlockerSchema = z.enum(['hasIpv6Gateway', 'ipv6NotEnabled']);
/** The reason a VPC is greyed out in the create form's picker. */
export type Ipv6VpcBlocker = z.infer<typeof ipv6VpcBlockerSchema>;

/** A VPC as the create form's picker offers it, with the reason when it cannot be chosen. */
export const ipv6VpcCandidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  cidrBlock: z.string(),
  ipv6CidrBlock: z.string().optional(),
  eligible: z.boolean(),
  blocker: ipv6VpcBlockerSchema.optional(),
  ipv6GatewayId: z.string().optional(),
});
/** A VPC offered by the create form's picker. */
export type Ipv6VpcCandidate = z.infer<typeof ipv6VpcCandidateSchema>;
/** Every VPC of a region with its eligibility, so the picker can explain the greyed ones. */
export const ipv6VpcCandidateListSchema = listOf(ipv6VpcCandidateSchema);
