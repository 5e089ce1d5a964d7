import { z } from 'zod';
import { msg } from './validation-messages.ts';
import { creationTimeSchema, deprecatedTimeAlias } from './creation-time.ts';
import { regionIdSchema, tagSchema } from './common.ts';
import { checkedResourceSchema, checkDetailsShape } from './inventory-details.ts';

/** The three gateway families of the cross-region inventory. */
export const gatewayTypeSchema = z.enum(['nat', 'vpn', 'ipv6']);
/** The gateway kinds the inventory lists. */
export type GatewayType = z.infer<typeof gatewayTypeSchema>;

/** How bad a check's finding is. */
export const checkSeveritySchema = z.enum(['high', 'medium', 'low']);
/** How serious a check's finding is. */
export type CheckSeverity = z.infer<typeof checkSeveritySchema>;

/** Every gateway check (issue 7); the SPA keys its EN/ZH texts by these ids. */
export const checkIdSchema = z.enum([
  'nat-no-snat',
  'nat-eips-no-rules',
  'nat-no-deletion-protection',
  'vpn-ipsec-no-connection',
  'ipsec-not-established',
  'ipv6-no-bandwidth',
  'untagged',
  'expiring-soon',
  // Issue 19: InfraGuard/mondoo/prowler-class rules (catalogue in check-catalogue.ts).
  'nat-dnat-risky-port',
  'nat-eip-unused',
  'nat-snat-mixed-bandwidth',
  'nat-vpc-not-allowed',
  'vpn-single-zone',
  'vpn-tunnels-not-established',
  'vpn-health-check-off',
  'vpn-weak-crypto',
  'vpn-ssl-no-server',
  'vpn-ssl-compression',
  'vpn-cgw-unused',
  'ipv6-public-no-egress-rule',
  'ipv6-no-addresses',
  'ipv6-bandwidth-ceiling',
  'eip-no-deletion-protection',
]);
/** The ID of one inventory check. */
export type CheckId = z.infer<typeof checkIdSchema>;

/** One check that fired on one gateway; `params` feed the explanation (counts, days, IDs). */
export const checkFindingSchema = z.object({
  checkId: checkIdSchema,
  severity: checkSeveritySchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
/** One finding of a check on one gateway. */
export type CheckFinding = z.infer<typeof checkFindingSchema>;

/**
 * Extra data the checks need, fetched per region with list calls. A `null` count means it could
 * not be read (its region is marked failed); checks that need it are then skipped, not guessed.
 */
export const inventoryDetailsSchema = z.object({
  snatCount: z.number().int().nullable().optional(),
  dnatCount: z.number().int().nullable().optional(),
  eipCount: z.number().int().optional(),
  deletionProtection: z.boolean().optional(),
  ipsecEnabled: z.boolean().optional(),
  connectionIds: z.array(z.string()).nullable().optional(),
  connectionsNotEstablished: z.array(z.string()).nullable().optional(),
  addressCount: z.number().int().nullable().optional(),
  addressesWithoutBandwidth: z.array(z.string()).nullable().optional(),
  ...checkDetailsShape,
});
/** The type-specific details of an inventory item. */
export type InventoryDetails = z.infer<typeof inventoryDetailsSchema>;

/** One gateway of any type, in any region. */
export const inventoryItemSchema = z.object({
  type: gatewayTypeSchema,
  id: z.string(),
  name: z.string(),
  regionId: z.string(),
  vpcId: z.string(),
  status: z.string(),
  creationTime: creationTimeSchema,
  createdAt: deprecatedTimeAlias(),
  /** Subscription end (ISO); absent for pay-as-you-go. */
  expiresAt: z.string().optional(),
  chargeType: z.string(),
  tags: z.array(tagSchema),
  details: inventoryDetailsSchema,
  findings: z.array(checkFindingSchema),
});
/** One gateway in the cross-region inventory. */
export type InventoryItem = z.infer<typeof inventoryItemSchema>;

/** An upstream failure of one region, with the upstream code and RequestId. */
export const regionFailureSchema = z.object({
  code: z.string(),
  message: z.string(),
  requestId: z.string().optional(),
  action: z.string().optional(),
});
/** A region the inventory could not read, and why. */
export type RegionFailure = z.infer<typeof regionFailureSchema>;

/** Whether a region was read completely; a failed region keeps what it did return. */
export const inventoryRegionSchema = z.object({
  id: z.string(),
  ok: z.boolean(),
  itemCount: z.number().int(),
  error: regionFailureSchema.optional(),
});
/** One region's part of the inventory. */
export type InventoryRegion = z.infer<typeof inventoryRegionSchema>;

const countMap = z.record(z.string(), z.number().int());

/** Counts of the listed (filtered) items. */
export const inventoryCountsSchema = z.object({
  byRegion: countMap,
  byType: countMap,
  byStatus: countMap,
});
/** Gateway counts of the inventory, by type. */
export type InventoryCounts = z.infer<typeof inventoryCountsSchema>;

/** How many listed gateways each check fired on. */
export const checkSummarySchema = z.array(
  z.object({ checkId: checkIdSchema, severity: checkSeveritySchema, count: z.number().int() }),
);
/** The findings of one check across the inventory. */
export type CheckSummary = z.infer<typeof checkSummarySchema>;

/** `GET /api/inventory`. */
export const inventorySchema = z.object({
  generatedAt: z.string(),
  account: z.string(),
  items: z.array(inventoryItemSchema),
  total: z.number().int(),
  regions: z.array(inventoryRegionSchema),
  counts: inventoryCountsSchema,
  summary: checkSummarySchema,
  /** Customer gateways and EIPs the checks looked at (only those with findings), issue 19. */
  resources: z.array(checkedResourceSchema(checkFindingSchema)).optional(),
});
/** The cross-region inventory: items, regions, counts, checks. */
export type Inventory = z.infer<typeof inventorySchema>;

/** `tag=key` or `tag=key=value`. */
const tagFilterSchema = z
  .string()
  .trim()
  .min(1, msg('tagFilter'))
  .max(257, msg('maxChars', { n: 257 }));

/** Filters of the inventory (all optional, combined with AND), also used by its export. */
export const inventoryQuerySchema = z.object({
  type: gatewayTypeSchema.optional(),
  region: regionIdSchema.optional(),
  status: z.string().trim().min(1).max(64).optional(),
  q: z.string().trim().max(128).optional(),
  tag: tagFilterSchema.optional(),
});
/** `GET /api/inventory` query. */
export type InventoryQuery = z.infer<typeof inventoryQuerySchema>;

/** File formats of the inventory export. */
export const inventoryExportFormatSchema = z.enum(['csv', 'json']);
/** The inventory export's formats. */
export type InventoryExportFormat = z.infer<typeof inventoryExportFormatSchema>;

/** `GET /api/inventory/export`: the filters plus the file format. */
export const inventoryExportQuerySchema = inventoryQuerySchema.extend({
  format: inventoryExportFormatSchema.default('csv'),
});
/** `GET /api/inventory/export` query: filters plus format. */
export type InventoryExportQuery = z.infer<typeof inventoryExportQuerySchema>;

/** A customer gateway or EIP with the findings of the checks that look at it. */
export type CheckedResource = NonNullable<Inventory['resources']>[number];
