import { z } from 'zod';
import { ipv4CidrSchema, listOf, resourceId } from './common.ts';
import { regionParamsSchema } from './route-params.ts';
import { intFromText } from './strict-input.ts';
import { msg } from './validation-messages.ts';
import {
  ikeConfigSchema,
  ikeConfigViewSchema,
  ipsecConfigSchema,
  ipsecConfigViewSchema,
  pskSchema,
  subnetListSchema,
} from './vpn-ipsec.ts';

/**
 * An IPsec server (client-to-site VPN over IPsec) as the BFF returns it. The pre-shared key is
 * never part of it, for any role: the API lists it, the BFF drops it (issue 14).
 */
export const ipsecServerSchema = z.object({
  id: z.string(),
  name: z.string(),
  vpnGatewayId: z.string(),
  /** The client address pool (CIDR). */
  clientIpPool: z.string(),
  /** VPC-side CIDR blocks, comma-separated as the API has them. */
  localSubnet: z.string(),
  effectImmediately: z.boolean(),
  pskEnabled: z.boolean(),
  ikeConfig: ikeConfigViewSchema,
  ipsecConfig: ipsecConfigViewSchema,
  /** The public endpoint clients connect to (the gateway's SSL-VPN address). */
  internetIp: z.string(),
  maxConnections: z.number().int(),
  onlineClientCount: z.number().int(),
  multiFactorAuthEnabled: z.boolean(),
  /** ISO 8601 UTC, as the API answers it. */
  creationTime: z.string(),
});
/** An IPsec server. */
export type IpsecServer = z.infer<typeof ipsecServerSchema>;
/** IPsec servers of a region (or of one gateway), unpaginated. */
export const ipsecServerListSchema = listOf(ipsecServerSchema);
/** A list of IPsec servers. */
export type IpsecServerList = z.infer<typeof ipsecServerListSchema>;

/** `?vpnGatewayId=` of the list. */
export const ipsecServerListQuerySchema = z.object({ vpnGatewayId: resourceId('vpn').optional() });

// The API's name rule: 1–100 characters, not starting with http(s)://.
const ipsecServerNameSchema = z
  .string()
  .trim()
  .min(1, msg('required'))
  .max(100, msg('maxChars', { n: 100 }))
  .refine((s) => !/^https?:\/\//i.test(s), msg('noUrlPrefix'));

// Settable on create and update; IKE/IPsec settings are whole objects (the form sends all).
const settable = {
  name: ipsecServerNameSchema.optional(),
  clientIpPool: ipv4CidrSchema,
  localSubnet: subnetListSchema,
  effectImmediately: z.boolean().optional(),
  /** Write-only: never read back. */
  psk: pskSchema.optional(),
  ikeConfig: ikeConfigSchema.optional(),
  ipsecConfig: ipsecConfigSchema.optional(),
};

/** Create: the gateway, the two CIDR fields, and optional name, key and IKE/IPsec settings. */
export const createIpsecServerSchema = z.object({
  vpnGatewayId: resourceId('vpn'),
  ...settable,
});
/** A validated create body. */
export type CreateIpsecServerRequest = z.infer<typeof createIpsecServerSchema>;
/** The create body as the SPA sends it (defaults not yet applied). */
export type CreateIpsecServerInput = z.input<typeof createIpsecServerSchema>;

/** Update: only the sent fields change; an omitted `psk` keeps the current key. */
export const updateIpsecServerSchema = z.object({
  ...settable,
  clientIpPool: settable.clientIpPool.optional(),
  localSubnet: settable.localSubnet.optional(),
});
/** A validated update body. */
export type UpdateIpsecServerRequest = z.infer<typeof updateIpsecServerSchema>;
/** The update body as the SPA sends it. */
export type UpdateIpsecServerInput = z.input<typeof updateIpsecServerSchema>;

/** `/regions/:regionId/ipsec-servers/:id`. */
export const ipsecServerParamsSchema = regionParamsSchema.extend({ id: resourceId('iss') });

const unixSeconds = intFromText(z.number().int().min(0));

/** `?from=&to=` of `GET …/ipsec-servers/:id/logs`: Unix seconds (default: the last hour). */
export const ipsecServerLogsQuerySchema = z
  .object({ from: unixSeconds.optional(), to: unixSeconds.optional() })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: msg('notBeforeFrom'),
    path: ['to'],
  });
/** The log query as the SPA sends it. */
export type IpsecServerLogsQuery = z.input<typeof ipsecServerLogsQuerySchema>;

/** Log lines of an IPsec server between `from` and `to` (seconds), oldest first. */
export const ipsecServerLogsSchema = z.object({
  ipsecServerId: z.string(),
  from: z.number().int(),
  to: z.number().int(),
  lines: z.array(z.string()),
  /** False when the window held more lines than the BFF reads. */
  complete: z.boolean(),
});
/** IPsec server logs as the BFF returns them. */
export type IpsecServerLogs = z.infer<typeof ipsecServerLogsSchema>;
