import {
  createVpnConnectionSchema,
  type CreateVpnConnectionRequest,
  type IkeConfig,
  type IpsecConfig,
} from '@gc/contracts';
import type { TFunction } from 'i18next';
import { optional, type FormErrors } from '../../../lib/form-validation';
import { generatePsk } from '../utils/psk';
import { validateVpnForm } from '../utils/vpn-validation';

/** The connection form's values; lifetimes stay numbers, selects strings. */
export interface CreateConnectionValues {
  customerGatewayId: string;
  name: string;
  localSubnet: string;
  remoteSubnet: string;
  psk: string;
  effectImmediately: boolean;
  enableDpd: boolean;
  enableNatTraversal: boolean;
  ike: Required<IkeConfig>;
  ipsec: IpsecConfig;
}

/** The API's defaults (REFERENCE §3.4), with a freshly generated key. */
export function initialConnectionValues(localSubnet: string): CreateConnectionValues {
  return {
    customerGatewayId: '',
    name: '',
    localSubnet,
    remoteSubnet: '',
    psk: generatePsk(),
    effectImmediately: false,
    enableDpd: true,
    enableNatTraversal: true,
    ike: {
      ikeVersion: 'ikev1',
      ikeMode: 'main',
      ikeEncAlg: 'aes',
      ikeAuthAlg: 'md5',
      ikePfs: 'group2',
      ikeLifetime: 86400,
      localId: '',
      remoteId: '',
    },
    ipsec: { ipsecEncAlg: 'aes', ipsecAuthAlg: 'md5', ipsecPfs: 'group2', ipsecLifetime: 86400 },
  };
}

/** The request for the form's values (the key as typed: spaces are an error, not trimmed). */
export function toConnectionRequest(
  vpnGatewayId: string,
  v: CreateConnectionValues,
): CreateVpnConnectionRequest {
  return {
    vpnGatewayId,
    customerGatewayId: v.customerGatewayId,
    name: optional(v.name),
    localSubnet: v.localSubnet,
    remoteSubnet: v.remoteSubnet,
    psk: v.psk,
    effectImmediately: v.effectImmediately,
    enableDpd: v.enableDpd,
    enableNatTraversal: v.enableNatTraversal,
    ikeConfig: {
      ...v.ike,
      localId: optional(v.ike.localId ?? ''),
      remoteId: optional(v.ike.remoteId ?? ''),
    },
    ipsecConfig: v.ipsec,
  };
}

// Schema paths of the nested settings → the form's own field paths.
const FORM_PATH: [RegExp, string][] = [
  [/^ikeConfig\./, 'ike.'],
  [/^ipsecConfig\./, 'ipsec.'],
];

/** Every field checked with the contracts schema before the request is sent. */
export function validateConnection(
  vpnGatewayId: string,
  t: TFunction,
): (values: CreateConnectionValues) => FormErrors {
  const bySchema = validateVpnForm(
    createVpnConnectionSchema,
    (v: CreateConnectionValues) => toConnectionRequest(vpnGatewayId, v),
    t,
  );
  return (values) => {
    const errors: FormErrors = {};
    for (const [path, message] of Object.entries(bySchema(values))) {
      const rule = FORM_PATH.find(([re]) => re.test(path));
      errors[rule ? path.replace(rule[0], rule[1]) : path] = message;
    }
    if (values.customerGatewayId === '') errors.customerGatewayId = t('vpn.validation.chooseCgw');
    return errors;
  };
}

/** True when an error sits in the advanced settings, which must then be shown. */
export const hasAdvancedError = (errors: Record<string, unknown>) =>
  Object.keys(errors).some((k) => k.startsWith('ike.') || k.startsWith('ipsec.'));
