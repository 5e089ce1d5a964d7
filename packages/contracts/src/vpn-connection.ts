import { z } from 'zod';
import { msg } from './validation-messages.ts';
import { creationTimeSchema, deprecatedTimeAlias } from './creation-time.ts';
import { listOf, resourceId } from './common.ts';
import { visibleText } from './strict-input.ts';
import {
  ikeConfigSchema,
  ikeConfigViewSchema,
  ipsecConfigSchema,
  ipsecConfigViewSchema,
  pskSchema,
  subnetListSchema,
  tunnelStatusSchema,
} from './vpn-ipsec.ts';
import { tunnelInputSchema, vpnTunnelSchema } from './vpn-tunnel.ts';

export {
  DH_GROUPS,
  IKE_AUTH_ALGS,
  IKE_ENC_ALGS,
  ikeConfigSchema,
  ipsecConfigSchema,
  pskSchema,
  subnetListSchema,
  tunnelStatusSchema,
  type IkeConfig,
  type IpsecConfig,
  type TunnelStatus,
} from './vpn-ipsec.ts';

/** An IPsec connection as the console shows it. The pre-shared key is never part of it. */
export const vpnConnectionSchema = z.object({
  id: z.string(),
  name: z.string(),
  regionId: z.string(),
  vpnGatewayId: z.string(),
  customerGatewayId: z.string(),
  localSubnets: z.array(z.string()),
  remoteSubnets: z.array(z.string()),
  /** Tunnel negotiation state; unknown upstream values read as not established. */
  status: tunnelStatusSchema,
  /** Attachment state (`init`, `active`, `deleting`, …; value set not confirmed, REFERENCE §4.4). */
  state: z.string(),
  effectImmediately: z.boolean(),
  enableDpd: z.boolean(),
  enableNatTraversal: z.boolean(),
  creationTime: creationTimeSchema,
  createTime: deprecatedTimeAlias(),
  ikeConfig: ikeConfigViewSchema,
  ipsecConfig: ipsecConfigViewSchema,
  /** `dual` when the connection has a master and a slave tunnel (REFERENCE-2 §1.1). */
  tunnelMode: z.enum(['single', 'dual']),
  /** The two tunnels of a dual-tunnel connection; empty for a single-tunnel one. */
  tunnels: z.array(vpnTunnelSchema),
  /** The tunnel carrying traffic (the master while it is up, else the slave); '' when none. */
  activeTunnelId: z.string(),
  enableTunnelsBgp: z.boolean(),
});
/** An IPsec connection as the BFF returns it, without its pre-shared key. */
export type VpnConnection = z.infer<typeof vpnConnectionSchema>;
/** The IPsec connections that match the list query, unpaginated. */
export const vpnConnectionListSchema = listOf(vpnConnectionSchema);

/** `GET …/vpn-connections` filters: by VPN gateway and/or customer gateway. */
export const vpnConnectionListQuerySchema = z.object({
  vpnGatewayId: resourceId('vpn').optional(),
  customerGatewayId: resourceId('cgw').optional(),
});
/** A parsed IPsec connection list query. */
export type VpnConnectionListQuery = z.infer<typeof vpnConnectionListQuerySchema>;

/**
 * Create body; IKE/IPsec settings default to the API's own (REFERENCE §3.4). The dual-tunnel form
 * (REFERENCE-2 §1.5) sends `tunnels` (a master and a slave) instead of `customerGatewayId`.
 */
export const createVpnConnectionSchema = z
  .object({
    vpnGatewayId: resourceId('vpn'),
    customerGatewayId: resourceId('cgw').optional(),
    name: visibleText()
      .trim()
      .min(1, msg('required'))
      .max(100, msg('maxChars', { n: 100 }))
      .refine((s) => !/^https?:\/\//i.test(s), msg('noUrlPrefix'))
      .optional(),
    localSubnet: subnetListSchema,
    remoteSubnet: subnetListSchema,
    /** Omitted: the API generates one (REFERENCE §3.4). Named `psk` so audit redaction finds it. */
    psk: pskSchema.optional(),
    effectImmediately: z.boolean().default(false),
    enableDpd: z.boolean().default(true),
    enableNatTraversal: z.boolean().default(true),
    ikeConfig: ikeConfigSchema.default(ikeConfigSchema.parse({})),
    ipsecConfig: ipsecConfigSchema.default(ipsecConfigSchema.parse({})),
    tunnels: z.array(tunnelInputSchema).optional(),
    enableTunnelsBgp: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.tunnels === undefined && v.customerGatewayId === undefined)
      ctx.addIssue({ code: 'custom', path: ['customerGatewayId'], message: msg('required') });
    if (v.tunnels !== undefined) {
      const roles = v.tunnels
        .map((t) => t.role)
        .sort()
        .join(',');
      if (roles !== 'master,slave')
        ctx.addIssue({ code: 'custom', path: ['tunnels'], message: msg('tunnelRoles') });
    }
  });
/** The create body as a form builds it, before defaults are applied. */
export type CreateVpnConnectionInput = z.input<typeof createVpnConnectionSchema>;
/** The create body after parsing, every default applied. */
export type CreateVpnConnectionRequest = z.infer<typeof createVpnConnectionSchema>;

/** What the customer's device needs to bring the tunnel up (`GET …/:id/peer-config`). */
export const peerConfigSchema = z.object({
  vpnConnectionId: z.string(),
  /** A file name for the download (`<connection>-peer-config.txt`). */
  fileName: z.string(),
  /** The configuration as text, ready to save. */
  content: z.string(),
  /** False when the caller may not read the pre-shared key (auditors): it is masked in `content`. */
  includesPsk: z.boolean(),
});
/** The peer configuration download as the BFF returns it. */
export type PeerConfig = z.infer<typeof peerConfigSchema>;
