import { z } from 'zod';
import { msg } from './validation-messages.ts';
import {
  descriptionSchema,
  ipv4CidrSchema,
  ipv4Schema,
  listOf,
  resourceId,
  resourceNameSchema,
} from './common.ts';
import { natGatewayParamsSchema } from './route-params.ts';

// VPC NAT gateways (`NetworkType=intranet`): NAT CIDR blocks, NAT IPs, FULLNAT entries
// (REFERENCE-2 §4.8, §4.9, §7.5).

/** A NAT CIDR block: NAT IPs are taken from it; the default one (the vSwitch's) cannot go. */
export const natIpCidrSchema = z.object({
  id: z.string(),
  natGatewayId: z.string(),
  cidr: z.string(),
  name: z.string(),
  description: z.string(),
  /** `Available` is the only documented value (§7.5). */
  status: z.string(),
  isDefault: z.boolean(),
  creationTime: z.string(),
});
/** A NAT CIDR block as the BFF returns it. */
export type NatIpCidr = z.infer<typeof natIpCidrSchema>;
/** Every block of one gateway. */
export const natIpCidrListSchema = listOf(natIpCidrSchema);

/** Create a block: a private CIDR outside the VPC's (checked upstream), with a name and description. */
export const createNatIpCidrSchema = z.object({
  cidr: ipv4CidrSchema,
  name: resourceNameSchema(128).optional(),
  description: descriptionSchema(256).optional(),
});
/** A validated block create body. */
export type CreateNatIpCidrRequest = z.infer<typeof createNatIpCidrSchema>;

/** Rename a block or a NAT IP: name and/or description. */
export const updateVpcNatTextSchema = z
  .object({
    name: resourceNameSchema(128).optional(),
    description: descriptionSchema(256).optional(),
  })
  .refine((v) => v.name !== undefined || v.description !== undefined, msg('nothingToChange'));
/** A validated rename body. */
export type UpdateVpcNatTextRequest = z.infer<typeof updateVpcNatTextSchema>;

/** NAT IP statuses (ListNatIps, §4.8): `Associated` while SNAT/DNAT use it. */
export const natIpStatusSchema = z.enum([
  'Creating',
  'Available',
  'Associating',
  'Associated',
  'Deleting',
  'Deleted',
]);
/** A NAT IP: a private address of a block, used by SNAT, DNAT and FULLNAT entries. */
export const natIpSchema = z.object({
  id: z.string(),
  natGatewayId: z.string(),
  ip: z.string(),
  cidr: z.string(),
  name: z.string(),
  description: z.string(),
  status: natIpStatusSchema,
  isDefault: z.boolean(),
});
/** A NAT IP as the BFF returns it. */
export type NatIp = z.infer<typeof natIpSchema>;
/** Every NAT IP of one gateway. */
export const natIpListSchema = listOf(natIpSchema);

/** Create a NAT IP in a block: a given address, or the lowest free one. */
export const createNatIpSchema = z.object({
  cidr: ipv4CidrSchema,
  ip: ipv4Schema.optional(),
  name: resourceNameSchema(128).optional(),
  description: descriptionSchema(256).optional(),
});
/** A validated NAT IP create body. */
export type CreateNatIpRequest = z.infer<typeof createNatIpSchema>;

/** FULLNAT statuses: the list's vocabulary and the remarks' `Creating`/`Modifying` (§7.5). */
export const fullNatEntryStatusSchema = z.enum([
  'Creating',
  'Pending',
  'Modifying',
  'Available',
  'Deleting',
  'Deleted',
]);
/** A FULLNAT entry: NatIp:NatIpPort on a reverse endpoint → a backend IP (or domain) and port. */
export const fullNatEntrySchema = z.object({
  id: z.string(),
  fullNatTableId: z.string(),
  name: z.string(),
  description: z.string(),
  status: fullNatEntryStatusSchema,
  ipProtocol: z.string(),
  natIp: z.string(),
  natIpPort: z.string(),
  accessIp: z.string(),
  accessDomain: z.string(),
  accessPort: z.string(),
  networkInterfaceId: z.string(),
  creationTime: z.string(),
});
/** A FULLNAT entry as the BFF returns it. */
export type FullNatEntry = z.infer<typeof fullNatEntrySchema>;
/** Every FULLNAT entry of one gateway. */
export const fullNatEntryListSchema = listOf(fullNatEntrySchema);

const portSchema = z
  .string()
  .regex(/^\d{1,5}$/, msg('portRange'))
  .refine((p) => Number(p) >= 1 && Number(p) <= 65535, msg('portRange'));

const fullNatFields = {
  name: resourceNameSchema(128).optional(),
  description: descriptionSchema(256).optional(),
  ipProtocol: z.enum(['TCP', 'UDP']),
  natIp: ipv4Schema,
  natIpPort: portSchema,
  accessIp: ipv4Schema.optional(),
  accessDomain: z.string().trim().min(1).max(253).optional(),
  accessPort: portSchema,
  networkInterfaceId: resourceId('eni'),
};

/** Create a FULLNAT entry; a backend IP or domain is required (§4.9). */
export const createFullNatEntrySchema = z
  .object(fullNatFields)
  .refine((v) => v.accessIp !== undefined || v.accessDomain !== undefined, {
    path: ['accessIp'],
    message: msg('required'),
  });
/** A validated FULLNAT create body. */
export type CreateFullNatEntryRequest = z.infer<typeof createFullNatEntrySchema>;

/** Edit a FULLNAT entry: the create form, every field optional. */
export const updateFullNatEntrySchema = z.object(fullNatFields).partial();
/** A validated FULLNAT edit body. */
export type UpdateFullNatEntryRequest = z.infer<typeof updateFullNatEntrySchema>;

/** `/regions/:regionId/nat-gateways/:id/nat-ip-cidrs/:cidrId`. */
export const natIpCidrParamsSchema = natGatewayParamsSchema.extend({
  cidrId: resourceId('vpcnatcidr'),
});
/** `/regions/:regionId/nat-gateways/:id/nat-ips/:natIpId`. */
export const natIpParamsSchema = natGatewayParamsSchema.extend({ natIpId: resourceId('vpcnatip') });
/** `/regions/:regionId/nat-gateways/:id/fullnat-entries/:entryId`. */
export const fullNatEntryParamsSchema = natGatewayParamsSchema.extend({
  entryId: resourceId('fullnat'),
});
