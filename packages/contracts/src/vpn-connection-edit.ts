import { z } from 'zod';
import { resourceId } from './common.ts';
import { regionParamsSchema } from './route-params.ts';
import { msg } from './validation-messages.ts';
import { pskSchema, subnetListSchema } from './vpn-ipsec.ts';
import { ikeEditSchema, ipsecEditSchema, updateTunnelSchema } from './vpn-tunnel.ts';

// Name/Description of the VPN API: 1–100 characters, not an http(s):// URL (REFERENCE-2 §1.6, §1.11).
const shortText = () =>
  z
    .string()
    .trim()
    .min(1, msg('required'))
    .max(100, msg('maxChars', { n: 100 }))
    .refine((s) => !/^https?:\/\//i.test(s), msg('noUrlPrefix'))
    .optional();

/**
 * `PATCH …/vpn-connections/:id` body (ModifyVpnConnectionAttribute, REFERENCE-2 §1.6): omitted
 * fields keep their value. Single-tunnel connections take the top-level IKE/IPsec/PSK fields,
 * dual-tunnel ones `tunnels` (by id) and `enableTunnelsBgp`.
 */
export const updateVpnConnectionSchema = z.object({
  name: shortText(),
  localSubnet: subnetListSchema.optional(),
  remoteSubnet: subnetListSchema.optional(),
  effectImmediately: z.boolean().optional(),
  psk: pskSchema.optional(),
  enableDpd: z.boolean().optional(),
  enableNatTraversal: z.boolean().optional(),
  ikeConfig: ikeEditSchema.optional(),
  ipsecConfig: ipsecEditSchema.optional(),
  enableTunnelsBgp: z.boolean().optional(),
  tunnels: z
    .array(
      updateTunnelSchema.extend({
        id: z.string().min(1),
        role: z.enum(['master', 'slave']).optional(),
      }),
    )
    .max(2)
    .optional(),
});
/** A connection edit as a form builds it. */
export type UpdateVpnConnectionInput = z.input<typeof updateVpnConnectionSchema>;
/** A parsed connection edit. */
export type UpdateVpnConnectionRequest = z.infer<typeof updateVpnConnectionSchema>;

/** `/regions/:regionId/vpn-connections/:id/tunnels/:tunnelId`. */
export const vpnTunnelParamsSchema = regionParamsSchema.extend({
  id: resourceId('vco'),
  tunnelId: resourceId('tun'),
});

/** BGP auth key of a customer gateway: 1–64 visible ASCII, no spaces, no `?` (REFERENCE-2 §1.11). */
export const authKeySchema = z.string().regex(/^[\x21-\x3e\x40-\x7e]{1,64}$/, msg('authKey'));

/** `PATCH …/customer-gateways/:id` body (ModifyCustomerGatewayAttribute, REFERENCE-2 §1.11). */
export const updateCustomerGatewaySchema = z.object({
  name: shortText(),
  description: shortText(),
  /** Never returned nor audited (only whether one was set). */
  authKey: authKeySchema.optional(),
});
/** A customer gateway edit as a form builds it. */
export type UpdateCustomerGatewayInput = z.input<typeof updateCustomerGatewaySchema>;
