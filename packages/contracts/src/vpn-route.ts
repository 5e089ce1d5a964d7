import { z } from 'zod';
import { creationTimeSchema } from './creation-time.ts';
import { descriptionSchema, ipv4CidrSchema, listOf, resourceId } from './common.ts';

// VPN destination and policy-based routes (REFERENCE-2 §2). A route has no ID: it is its key
// (gateway, destination [, source], next hop, current weight [, priority]), and every change
// repeats that key; the BFF's DELETE and PATCH take it in the JSON body.

/** Weight: 100 = active, 0 = standby; always 100 (no meaning) on dual-tunnel gateways (§2.1). */
export const routeWeightSchema = z.union([z.literal(0), z.literal(100)]);
/** A route weight. */
export type RouteWeight = z.infer<typeof routeWeightSchema>;

/** Policy-route priority: 1–100, smaller wins (§2.1). */
export const routePrioritySchema = z.number().int().min(1).max(100);

/** `published` = in the VPC's system route table, `normal` = not published (§7.3). */
export const vpnRouteStateSchema = z.enum(['published', 'normal']);
/** A route's publication state. */
export type VpnRouteState = z.infer<typeof vpnRouteStateSchema>;

/** A destination route as the BFF returns it. */
export const vpnRouteSchema = z.object({
  vpnGatewayId: z.string(),
  destination: z.string(),
  /** The IPsec connection (`vco-…`) the traffic goes to. */
  nextHop: z.string(),
  /** Dual-tunnel gateways: the tunnel currently used (`tun-…`). */
  nextHopTunnelId: z.string().optional(),
  weight: routeWeightSchema,
  state: vpnRouteStateSchema,
  creationTime: creationTimeSchema,
});
/** A destination route. */
export type VpnRoute = z.infer<typeof vpnRouteSchema>;
/** Every destination route of a gateway. */
export const vpnRouteListSchema = listOf(vpnRouteSchema);

/** A policy-based route: matched on source and destination, in priority order. */
export const vpnPolicyRouteSchema = vpnRouteSchema.extend({
  source: z.string(),
  priority: routePrioritySchema,
});
/** A policy-based route. */
export type VpnPolicyRoute = z.infer<typeof vpnPolicyRouteSchema>;
/** Every policy-based route of a gateway, in priority order. */
export const vpnPolicyRouteListSchema = listOf(vpnPolicyRouteSchema);

/** The key of a destination route (DELETE body, and the route a PATCH/publish targets). */
export const vpnRouteKeySchema = z.object({
  destination: ipv4CidrSchema,
  nextHop: resourceId('vco'),
  weight: routeWeightSchema,
});
/** A destination route's key. */
export type VpnRouteKey = z.infer<typeof vpnRouteKeySchema>;

/** Create a destination route; `publish` adds it to the VPC's system route table. */
export const createVpnRouteSchema = vpnRouteKeySchema.extend({
  publish: z.boolean().default(false),
  description: descriptionSchema(100).optional(),
});
/** A validated destination-route create body. */
export type CreateVpnRouteRequest = z.infer<typeof createVpnRouteSchema>;

/** Publish (`publish: true`) or withdraw a destination or policy route: no weight, no source (§2.5). */
export const publishVpnRouteSchema = z.object({
  destination: ipv4CidrSchema,
  nextHop: resourceId('vco'),
  routeType: z.enum(['dbr', 'pbr']),
  publish: z.boolean(),
});
/** A validated publish body. */
export type PublishVpnRouteRequest = z.infer<typeof publishVpnRouteSchema>;

/** Change a destination route's weight (its key carries the current one). */
export const vpnRouteWeightSchema = vpnRouteKeySchema.extend({ newWeight: routeWeightSchema });
/** A validated weight change. */
export type VpnRouteWeightRequest = z.infer<typeof vpnRouteWeightSchema>;

/** The key of a policy route; `priority` is optional but must match when sent (§2.9). */
export const vpnPolicyRouteKeySchema = vpnRouteKeySchema.extend({
  source: ipv4CidrSchema,
  priority: routePrioritySchema.optional(),
});
/** A policy route's key. */
export type VpnPolicyRouteKey = z.infer<typeof vpnPolicyRouteKeySchema>;

/** Create a policy route (priority 10 when left out). */
export const createVpnPolicyRouteSchema = vpnPolicyRouteKeySchema.extend({
  publish: z.boolean().default(false),
  description: descriptionSchema(100).optional(),
});
/** A validated policy-route create body. */
export type CreateVpnPolicyRouteRequest = z.infer<typeof createVpnPolicyRouteSchema>;

/** Change a policy route's weight and/or priority. */
export const updateVpnPolicyRouteSchema = vpnPolicyRouteKeySchema
  .extend({ newWeight: routeWeightSchema.optional(), newPriority: routePrioritySchema.optional() })
  .refine((b) => b.newWeight !== undefined || b.newPriority !== undefined, {
    message: 'give newWeight or newPriority',
    path: ['newWeight'],
  });
/** A validated policy-route change. */
export type UpdateVpnPolicyRouteRequest = z.infer<typeof updateVpnPolicyRouteSchema>;
