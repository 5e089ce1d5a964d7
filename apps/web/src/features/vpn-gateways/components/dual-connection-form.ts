import {
  DH_GROUPS,
  IKE_AUTH_ALGS,
  IKE_ENC_ALGS,
  createVpnConnectionSchema,
  isTunnelCidr,
  updateVpnConnectionSchema,
  type CreateVpnConnectionRequest,
  type IkeConfig,
  type IpsecConfig,
  type UpdateVpnConnectionInput,
  type VpnConnection,
} from '@gc/contracts';
import type { TFunction } from 'i18next';
import {
  optional,
  validateWith,
  type FormErrors,
  type FormPath,
} from '../../../lib/form-validation';
import { generatePsk } from '../utils/psk';

/** One tunnel's fields in the dual-tunnel form. */
export interface TunnelValues {
  /** '' while creating. */
  id: string;
  role: 'master' | 'slave';
  customerGatewayId: string;
  /** Create: generated, may be replaced. Edit: '' keeps the current key. */
  psk: string;
  enableDpd: boolean;
  enableNatTraversal: boolean;
  ike: Required<IkeConfig>;
  ipsec: IpsecConfig;
  tunnelCidr: string;
  localAsn: string;
}

/** The dual-tunnel connection form (create, or edit when `id` is set). */
export interface DualConnectionValues {
  name: string;
  localSubnet: string;
  remoteSubnet: string;
  effectImmediately: boolean;
  enableTunnelsBgp: boolean;
  tunnels: TunnelValues[];
}

const DEFAULT_IKE: Required<IkeConfig> = {
  ikeVersion: 'ikev1',
  ikeMode: 'main',
  ikeEncAlg: 'aes',
  ikeAuthAlg: 'md5',
  ikePfs: 'group2',
  ikeLifetime: 86400,
  localId: '',
  remoteId: '',
};
const DEFAULT_IPSEC: IpsecConfig = {
  ipsecEncAlg: 'aes',
  ipsecAuthAlg: 'md5',
  ipsecPfs: 'group2',
  ipsecLifetime: 86400,
};

const newTunnel = (role: 'master' | 'slave', n: number): TunnelValues => ({
  id: '',
  role,
  customerGatewayId: '',
  psk: generatePsk(),
  enableDpd: true,
  enableNatTraversal: true,
  ike: { ...DEFAULT_IKE },
  ipsec: { ...DEFAULT_IPSEC },
  tunnelCidr: `169.254.${10 + n}.0/30`,
  localAsn: '',
});

// Values read back as strings are narrowed to the form's enums (unknown ones fall back to defaults).
const pick = <T extends string>(value: string, allowed: readonly T[], dflt: T): T =>
  (allowed as readonly string[]).includes(value) ? (value as T) : dflt;

/** IKE settings read back (strings) → the form's, unknown values falling back to the defaults. */
export function formIke(c: VpnConnection['ikeConfig']): Required<IkeConfig> {
  return {
    ikeVersion: pick(c.ikeVersion, ['ikev1', 'ikev2'], 'ikev1'),
    ikeMode: pick(c.ikeMode, ['main', 'aggressive'], 'main'),
    ikeEncAlg: pick(c.ikeEncAlg, IKE_ENC_ALGS, 'aes'),
    ikeAuthAlg: pick(c.ikeAuthAlg, IKE_AUTH_ALGS, 'md5'),
    ikePfs: pick(c.ikePfs, DH_GROUPS, 'group2'),
    ikeLifetime: c.ikeLifetime,
    localId: c.localId,
    remoteId: c.remoteId,
  };
}

/** IPsec settings read back → the form's. */
export function formIpsec(c: VpnConnection['ipsecConfig']): IpsecConfig {
  return {
    ipsecEncAlg: pick(c.ipsecEncAlg, IKE_ENC_ALGS, 'aes'),
    ipsecAuthAlg: pick(c.ipsecAuthAlg, IKE_AUTH_ALGS, 'md5'),
    ipsecPfs: pick(c.ipsecPfs, ['disabled', ...DH_GROUPS] as const, 'group2'),
    ipsecLifetime: c.ipsecLifetime,
  };
}

/** The form for a new connection, or filled from an existing dual-tunnel one (keys left empty). */
export function initialDualValues(localSubnet: string, c?: VpnConnection): DualConnectionValues {
  if (!c) {
    return {
      name: '',
      localSubnet,
      remoteSubnet: '',
      effectImmediately: true,
      enableTunnelsBgp: false,
      tunnels: [newTunnel('master', 0), newTunnel('slave', 1)],
    };
  }
  return {
    name: c.name,
    localSubnet: c.localSubnets.join(','),
    remoteSubnet: c.remoteSubnets.join(','),
    effectImmediately: c.effectImmediately,
    enableTunnelsBgp: c.enableTunnelsBgp,
    tunnels: c.tunnels.map((t, i) => ({
      ...newTunnel(t.role, i),
      id: t.id,
      customerGatewayId: t.customerGatewayId,
      psk: '',
      enableDpd: t.enableDpd,
      enableNatTraversal: t.enableNatTraversal,
      ike: formIke(t.ikeConfig),
      ipsec: formIpsec(t.ipsecConfig),
      tunnelCidr: t.bgpConfig?.tunnelCidr ?? `169.254.${10 + i}.0/30`,
      localAsn: t.bgpConfig ? String(t.bgpConfig.localAsn) : '',
    })),
  };
}

function tunnelBody(t: TunnelValues, bgp: boolean) {
  return {
    customerGatewayId: t.customerGatewayId,
    psk: optional(t.psk),
    enableDpd: t.enableDpd,
    enableNatTraversal: t.enableNatTraversal,
    ikeConfig: { ...t.ike, localId: optional(t.ike.localId), remoteId: optional(t.ike.remoteId) },
    ipsecConfig: t.ipsec,
    bgpConfig: bgp
      ? { tunnelCidr: t.tunnelCidr.trim(), localAsn: t.localAsn ? Number(t.localAsn) : undefined }
      : undefined,
  };
}

/** POST body of a new dual-tunnel connection. */
export function toDualCreateRequest(
  vpnGatewayId: string,
  v: DualConnectionValues,
): CreateVpnConnectionRequest {
  return {
    vpnGatewayId,
    name: optional(v.name),
    localSubnet: v.localSubnet,
    remoteSubnet: v.remoteSubnet,
    effectImmediately: v.effectImmediately,
    enableDpd: true,
    enableNatTraversal: true,
    ikeConfig: { ...DEFAULT_IKE, localId: undefined, remoteId: undefined },
    ipsecConfig: DEFAULT_IPSEC,
    enableTunnelsBgp: v.enableTunnelsBgp,
    tunnels: v.tunnels.map((t) => ({ role: t.role, ...tunnelBody(t, v.enableTunnelsBgp) })),
  };
}

/** PATCH body of an edit: every tunnel by id, an empty key keeps the current one. */
export function toDualUpdateRequest(v: DualConnectionValues): UpdateVpnConnectionInput {
  return {
    name: optional(v.name),
    localSubnet: v.localSubnet,
    remoteSubnet: v.remoteSubnet,
    effectImmediately: v.effectImmediately,
    enableTunnelsBgp: v.enableTunnelsBgp,
    tunnels: v.tunnels.map((t) => ({
      id: t.id,
      role: t.role,
      ...tunnelBody(t, v.enableTunnelsBgp),
    })),
  };
}

/** Request paths (`tunnels.0.ikeConfig.ikeMode`, `…bgpConfig.tunnelCidr`) → the form's fields. */
export const dualFormPath: FormPath = (path) =>
  path
    .replace(/\.ikeConfig\./, '.ike.')
    .replace(/\.ipsecConfig\./, '.ipsec.')
    .replace(/\.bgpConfig\./, '.');

/** Client-side checks: the contracts schema, a customer gateway per tunnel, tunnel CIDRs. */
export function validateDual(
  vpnGatewayId: string,
  editing: boolean,
  t: TFunction,
): (values: DualConnectionValues) => FormErrors {
  const bySchema = editing
    ? validateWith(updateVpnConnectionSchema, toDualUpdateRequest, t, dualFormPath)
    : validateWith(
        createVpnConnectionSchema,
        (v: DualConnectionValues) => toDualCreateRequest(vpnGatewayId, v),
        t,
        dualFormPath,
      );
  return (values) => {
    const errors = bySchema(values);
    values.tunnels.forEach((tun, i) => {
      if (tun.customerGatewayId === '')
        errors[`tunnels.${i}.customerGatewayId`] = t('validation.chooseCgw');
      if (values.enableTunnelsBgp && !isTunnelCidr(tun.tunnelCidr.trim()))
        errors[`tunnels.${i}.tunnelCidr`] = t('validation.tunnelCidr');
    });
    const cidrs = values.tunnels.map((x) => x.tunnelCidr.trim());
    if (values.enableTunnelsBgp && cidrs[0] === cidrs[1])
      errors['tunnels.1.tunnelCidr'] = t('validation.tunnelCidr');
    return errors;
  };
}
