import { z } from 'zod';
import { resourceId } from './common.ts';
import { msg } from './validation-messages.ts';
import {
  DH_GROUPS,
  IKE_AUTH_ALGS,
  IKE_ENC_ALGS,
  ikeConfigSchema,
  ikeConfigViewSchema,
  ipsecConfigSchema,
  ipsecConfigViewSchema,
  pskSchema,
  tunnelStatusSchema,
} from './vpn-ipsec.ts';

// Reserved by Alibaba Cloud inside 169.254.0.0/16 (REFERENCE-2 §1.5).
const RESERVED_TUNNEL_CIDRS = new Set([
  ...[0, 1, 2, 3, 4, 5, 6].map((n) => `169.254.${n}.0/30`),
  '169.254.169.252/30',
]);

/** True for a usable BGP tunnel CIDR: a /30 network inside 169.254.0.0/16, not a reserved one. */
export function isTunnelCidr(value: string): boolean {
  const m = /^169\.254\.(\d{1,3})\.(\d{1,3})\/30$/.exec(value);
  if (!m) return false;
  const [c, d] = [Number(m[1]), Number(m[2])];
  return c <= 255 && d <= 255 && d % 4 === 0 && !RESERVED_TUNNEL_CIDRS.has(value);
}

/** A BGP tunnel CIDR (REFERENCE-2 §1.5). */
export const tunnelCidrSchema = z.string().trim().refine(isTunnelCidr, msg('tunnelCidr'));

const asnNumber = z.number().int().min(1).max(4_294_967_295);

/** Per-tunnel BGP settings as sent: the CIDR, and optionally our ASN and BGP IP. */
export const tunnelBgpInputSchema = z.object({
  tunnelCidr: tunnelCidrSchema,
  localAsn: asnNumber.optional(),
  localBgpIp: z.string().optional(),
});

/** One tunnel of a new dual-tunnel connection (REFERENCE-2 §1.5); `psk` omitted → generated. */
export const tunnelInputSchema = z.object({
  role: z.enum(['master', 'slave']),
  customerGatewayId: resourceId('cgw'),
  /** Named `psk` so audit redaction finds it; never returned. */
  psk: pskSchema.optional(),
  enableDpd: z.boolean().default(true),
  enableNatTraversal: z.boolean().default(true),
  ikeConfig: ikeConfigSchema.default(ikeConfigSchema.parse({})),
  ipsecConfig: ipsecConfigSchema.default(ipsecConfigSchema.parse({})),
  bgpConfig: tunnelBgpInputSchema.optional(),
});
/** A tunnel of the create body as a form builds it. */
export type TunnelInput = z.input<typeof tunnelInputSchema>;

/** IKE settings of an edit: every field optional, omitted ones keep their value (REFERENCE-2 §1.6). */
export const ikeEditSchema = z.object({
  ikeVersion: z.enum(['ikev1', 'ikev2']).optional(),
  ikeMode: z.enum(['main', 'aggressive']).optional(),
  ikeEncAlg: z.enum(IKE_ENC_ALGS).optional(),
  ikeAuthAlg: z.enum(IKE_AUTH_ALGS).optional(),
  ikePfs: z.enum(DH_GROUPS).optional(),
  ikeLifetime: z.number().int().min(0).max(86400).optional(),
  localId: z.string().max(100).optional(),
  remoteId: z.string().max(100).optional(),
});

/** IPsec settings of an edit. */
export const ipsecEditSchema = z.object({
  ipsecEncAlg: z.enum(IKE_ENC_ALGS).optional(),
  ipsecAuthAlg: z.enum(IKE_AUTH_ALGS).optional(),
  ipsecPfs: z.enum(['disabled', ...DH_GROUPS]).optional(),
  ipsecLifetime: z.number().int().min(0).max(86400).optional(),
});

/** `PATCH …/vpn-connections/:id/tunnels/:tunnelId` body (ModifyTunnelAttribute, REFERENCE-2 §1.8). */
export const updateTunnelSchema = z.object({
  customerGatewayId: resourceId('cgw').optional(),
  psk: pskSchema.optional(),
  enableDpd: z.boolean().optional(),
  enableNatTraversal: z.boolean().optional(),
  ikeConfig: ikeEditSchema.optional(),
  ipsecConfig: ipsecEditSchema.optional(),
  bgpConfig: tunnelBgpInputSchema.partial().optional(),
});
/** A tunnel edit as a form builds it. */
export type UpdateTunnelInput = z.input<typeof updateTunnelSchema>;

/** One tunnel as the console shows it (never its pre-shared key). */
export const vpnTunnelSchema = z.object({
  id: z.string(),
  role: z.enum(['master', 'slave']),
  /** 1 for the gateway's first IP, 2 for its disaster-recovery IP. */
  index: z.number().int(),
  zoneId: z.string(),
  internetIp: z.string(),
  /** `active`, `updating`, `deleting` (REFERENCE-2 §0.4). */
  state: z.string(),
  status: tunnelStatusSchema,
  customerGatewayId: z.string(),
  enableDpd: z.boolean(),
  enableNatTraversal: z.boolean(),
  ikeConfig: ikeConfigViewSchema,
  ipsecConfig: ipsecConfigViewSchema,
  /** Absent when BGP is off for the connection. */
  bgpConfig: z
    .object({
      tunnelCidr: z.string(),
      localBgpIp: z.string(),
      localAsn: z.number(),
      peerBgpIp: z.string(),
      peerAsn: z.number().optional(),
      status: z.string(),
    })
    .optional(),
});
/** A tunnel as the BFF returns it. */
export type VpnTunnel = z.infer<typeof vpnTunnelSchema>;
