import { z } from 'zod';
import { keyed, msg } from './validation-messages.ts';
import { isNetworkCidr } from './common.ts';

// IKE/IPsec building blocks shared by single-tunnel connections and dual-tunnel tunnels.

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

/** IKE settings as read back (values as the API answered them, never the key). */
export const ikeConfigViewSchema = z.object({
  ikeVersion: z.string(),
  ikeMode: z.string(),
  ikeEncAlg: z.string(),
  ikeAuthAlg: z.string(),
  ikePfs: z.string(),
  ikeLifetime: z.number(),
  localId: z.string(),
  remoteId: z.string(),
});

/** IPsec settings as read back. */
export const ipsecConfigViewSchema = z.object({
  ipsecEncAlg: z.string(),
  ipsecAuthAlg: z.string(),
  ipsecPfs: z.string(),
  ipsecLifetime: z.number(),
});
