import { z } from 'zod';
import { keyed, msg } from './validation-messages.ts';
import { creationTimeSchema, deprecatedTimeAlias } from './creation-time.ts';
import { isNetworkCidr, listOf, resourceId } from './common.ts';
import { visibleText } from './strict-input.ts';

/** Tunnel negotiation state of an IPsec connection (REFERENCE §4.4). */
export const tunnelStatusSchema = z.enum([
  'ike_sa_not_established',
  'ike_sa_established',
  'ipsec_sa_not_established',
  'ipsec_sa_established',
]);
/** An IPsec tunnel state, as status badges use it. */
export type TunnelStatus = z.infer<typeof tunnelStatusSchema>;

/** Encryption algorithms IkeConfig and IpsecConfig accept (REFERENCE §3.4 CreateVpnConnection). */
export const IKE_ENC_ALGS = ['aes', 'aes192', 'aes256', 'des', '3des'] as const;
/** Authentication algorithms IkeConfig and IpsecConfig accept (REFERENCE §3.4). */
export const IKE_AUTH_ALGS = ['md5', 'sha1', 'sha256', 'sha384', 'sha512'] as const;
/** Diffie-Hellman groups for IkePfs; IpsecPfs also takes `disabled` (REFERENCE §3.4). */
export const DH_GROUPS = ['group1', 'group2', 'group5', 'group14'] as const;

const LIFETIME = { min: 0, max: 86400 };
const lifetime = z
  .number(msg('lifetimeNumber', LIFETIME))
  .int(msg('lifetimeWhole'))
  .min(0, msg('lifetimeRange', LIFETIME))
  .max(86400, msg('lifetimeRange', LIFETIME));

/** IKE phase-1 settings; the defaults are the API's (REFERENCE §3.4 CreateVpnConnection). */
export const ikeConfigSchema = z.object({
  ikeVersion: z.enum(['ikev1', 'ikev2']).default('ikev1'),
  ikeMode: z.enum(['main', 'aggressive']).default('main'),
  ikeEncAlg: z.enum(IKE_ENC_ALGS).default('aes'),
  ikeAuthAlg: z.enum(IKE_AUTH_ALGS).default('md5'),
  ikePfs: z.enum(DH_GROUPS).default('group2'),
  ikeLifetime: lifetime.default(86400),
  localId: z
    .string()
    .max(100, msg('maxChars', { n: 100 }))
    .optional(),
  remoteId: z
    .string()
    .max(100, msg('maxChars', { n: 100 }))
    .optional(),
});
/** IKE settings after parsing, defaults applied. */
export type IkeConfig = z.infer<typeof ikeConfigSchema>;

/** IPsec phase-2 settings with the API's defaults. */
export const ipsecConfigSchema = z.object({
  ipsecEncAlg: z.enum(IKE_ENC_ALGS).default('aes'),
  ipsecAuthAlg: z.enum(IKE_AUTH_ALGS).default('md5'),
  ipsecPfs: z.enum(['disabled', ...DH_GROUPS]).default('group2'),
  ipsecLifetime: lifetime.default(86400),
});
/** IPsec settings after parsing, defaults applied. */
export type IpsecConfig = z.infer<typeof ipsecConfigSchema>;

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
  ikeConfig: z.object({
    ikeVersion: z.string(),
    ikeMode: z.string(),
    ikeEncAlg: z.string(),
    ikeAuthAlg: z.string(),
    ikePfs: z.string(),
    ikeLifetime: z.number(),
    localId: z.string(),
    remoteId: z.string(),
  }),
  ipsecConfig: z.object({
    ipsecEncAlg: z.string(),
    ipsecAuthAlg: z.string(),
    ipsecPfs: z.string(),
    ipsecLifetime: z.number(),
  }),
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

/** Comma-separated CIDR list (LocalSubnet/RemoteSubnet, REFERENCE §3.4): 1–10 network CIDRs. */
export const subnetListSchema = z
  .string()
  .trim()
  .min(1, msg('required'))
  .superRefine((raw, ctx) => {
    const items = raw.split(',').map((s) => s.trim());
    const bad = items.find((s) => !isNetworkCidr(s));
    if (bad !== undefined) {
      ctx.addIssue({ code: 'custom', ...keyed('subnets', { value: bad }) });
    } else if (items.length > 10) {
      ctx.addIssue({ code: 'custom', message: msg('subnetCount', { n: 10 }) });
    } else if (new Set(items).size !== items.length) {
      ctx.addIssue({ code: 'custom', message: msg('subnetDuplicate') });
    }
  });

/** The pre-shared key: 1–100 visible ASCII characters, no spaces (REFERENCE §3.4 IkeConfig.Psk). */
export const pskSchema = z
  .string()
  .min(1, msg('required'))
  .max(100, msg('maxChars', { n: 100 }))
  .regex(/^[\x21-\x7e]+$/, msg('psk'));

/** Create body; IKE/IPsec settings default to the API's own (REFERENCE §3.4). */
export const createVpnConnectionSchema = z.object({
  vpnGatewayId: resourceId('vpn'),
  customerGatewayId: resourceId('cgw'),
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
