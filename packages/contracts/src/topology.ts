import { z } from 'zod';

/** Kinds of node in a VPC's topology picture. */
export const topologyNodeKindSchema = z.enum([
  'vpc',
  'vswitch',
  'nat',
  'eip',
  'snat',
  'dnat',
  'vpn',
  'ipsec',
  'customer-gateway',
  'ipv6',
  'ipv6-address',
]);
/** The kinds of node in a VPC topology. */
export type TopologyNodeKind = z.infer<typeof topologyNodeKindSchema>;

/** The console page a click on a node opens, and the ID it needs (a VPC ID for `nat-gateways`). */
export const topologyTargetSchema = z.object({
  page: z.enum(['nat-gateway', 'vpn-gateway', 'ipv6-gateway', 'customer-gateways', 'nat-gateways']),
  id: z.string(),
});
/** Where a topology node links to in the console. */
export type TopologyTarget = z.infer<typeof topologyTargetSchema>;

/** One resource of the picture; `opens` is absent when the console has no page for it. */
export const topologyNodeSchema = z.object({
  id: z.string(),
  kind: topologyNodeKindSchema,
  label: z.string(),
  detail: z.string(),
  status: z.string().optional(),
  opens: topologyTargetSchema.optional(),
});
/** One node of a VPC topology. */
export type TopologyNode = z.infer<typeof topologyNodeSchema>;

/** A link from the containing or owning resource to the one it holds. */
export const topologyEdgeSchema = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
});
/** One edge of a VPC topology. */
export type TopologyEdge = z.infer<typeof topologyEdgeSchema>;

/** `GET /api/regions/:regionId/vpcs/:vpcId/topology`: nodes and edges, no coordinates. */
export const topologySchema = z.object({
  regionId: z.string(),
  vpcId: z.string(),
  nodes: z.array(topologyNodeSchema),
  edges: z.array(topologyEdgeSchema),
});
/** A VPC's topology: its gateways, entries, connections and addresses as a graph. */
export type Topology = z.infer<typeof topologySchema>;
