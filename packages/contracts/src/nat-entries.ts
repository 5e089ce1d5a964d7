import { z } from 'zod';
import { msg } from './validation-messages.ts';
import { ipv4CidrSchema, ipv4Schema, listOf, resourceId, resourceNameSchema } from './common.ts';

/** SNAT/DNAT lifecycle (REFERENCE §4.2): deletes in a table wait while any entry is `Pending`. */
export const entryStatusSchema = z.enum(['Pending', 'Available', 'Deleting']);

/** An SNAT entry: which source (CIDR or vSwitch) reaches the internet through which EIPs. */
export const snatEntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  snatTableId: z.string(),
  snatIp: z.string(),
  sourceCidr: z.string().optional(),
  sourceVSwitchId: z.string().optional(),
  status: entryStatusSchema,
});
/** An SNAT entry as the BFF returns it. */
export type SnatEntry = z.infer<typeof snatEntrySchema>;
/** The SNAT entries of one gateway. */
export const snatEntryListSchema = listOf(snatEntrySchema);

/** Exactly one of `sourceCidr` / `sourceVSwitchId` (REFERENCE §3.2 CreateSnatEntry). */
export const createSnatEntrySchema = z
  .object({
    name: resourceNameSchema(128).optional(),
    snatIps: z.array(ipv4Schema).min(1, msg('snatIps')),
    sourceCidr: ipv4CidrSchema.optional(),
    sourceVSwitchId: resourceId('vsw').optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.sourceCidr === undefined) === (v.sourceVSwitchId === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sourceCidr'],
        message: msg('snatSource'),
      });
    }
  });
/** A validated SNAT create body. */
export type CreateSnatEntryRequest = z.infer<typeof createSnatEntrySchema>;

/** `PATCH …/snat-entries/:entryId` (ModifySnatEntry, REFERENCE-2 §4.1): the source cannot change. */
export const updateSnatEntrySchema = z.object({
  name: resourceNameSchema(128).optional(),
  snatIps: z.array(ipv4Schema).min(1, msg('snatIps')).optional(),
});
/** A validated SNAT edit body; absent fields keep their values. */
export type UpdateSnatEntryRequest = z.infer<typeof updateSnatEntrySchema>;

const portSchema = z
  .string()
  .regex(/^(\d{1,5})(\/\d{1,5})?$|^Any$/, msg('port'))
  .refine(
    (p) => p === 'Any' || p.split('/').every((n) => Number(n) >= 1 && Number(n) <= 65535),
    msg('portRange'),
  );

/** A DNAT (forward) entry: an external IP and port mapped to an internal IP and port. */
export const dnatEntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  forwardTableId: z.string(),
  externalIp: z.string(),
  externalPort: z.string(),
  internalIp: z.string(),
  internalPort: z.string(),
  ipProtocol: z.string(),
  status: entryStatusSchema,
});
/** A DNAT entry as the BFF returns it. */
export type DnatEntry = z.infer<typeof dnatEntrySchema>;
/** The DNAT entries of one gateway. */
export const dnatEntryListSchema = listOf(dnatEntrySchema);

const dnatFields = z.object({
  name: resourceNameSchema(128).optional(),
  externalIp: ipv4Schema,
  externalPort: portSchema,
  internalIp: ipv4Schema,
  internalPort: portSchema,
  ipProtocol: z.enum(['TCP', 'UDP', 'Any']),
  /** A port above 1024 on an IP SNAT also uses (REFERENCE-2 §4.2); not described back. */
  portBreak: z.boolean().optional(),
});

/** The cross-field rules of a mapping, on the fields present (a PATCH may send only some). */
function checkMapping(v: Partial<z.infer<typeof dnatFields>>, ctx: z.RefinementCtx): void {
  const ports = [v.externalPort, v.internalPort];
  if (v.ipProtocol === 'Any' && ports.some((p) => p !== undefined && p !== 'Any')) {
    ctx.addIssue({ code: 'custom', path: ['externalPort'], message: msg('anyPorts') });
  }
  if (v.ipProtocol !== undefined && v.ipProtocol !== 'Any' && ports.includes('Any')) {
    ctx.addIssue({ code: 'custom', path: ['ipProtocol'], message: msg('anyProtocol') });
  }
  if (v.externalIp !== undefined && v.externalIp === v.internalIp) {
    ctx.addIssue({ code: 'custom', path: ['internalIp'], message: msg('differentIp') });
  }
}

/** `Any` protocol means IP mapping, so both ports must be `Any` too (REFERENCE §3.2 CreateForwardEntry). */
export const createDnatEntrySchema = dnatFields.superRefine(checkMapping);
/** A validated DNAT create body. */
export type CreateDnatEntryRequest = z.infer<typeof createDnatEntrySchema>;

/** `PATCH …/dnat-entries/:entryId` (ModifyForwardEntry, REFERENCE-2 §4.2): any subset of a mapping. */
export const updateDnatEntrySchema = dnatFields.partial().superRefine(checkMapping);
/** A validated DNAT edit body; absent fields keep their values. */
export type UpdateDnatEntryRequest = z.infer<typeof updateDnatEntrySchema>;
