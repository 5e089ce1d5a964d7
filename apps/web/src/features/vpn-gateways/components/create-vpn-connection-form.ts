import {
  createVpnConnectionSchema,
  type CreateVpnConnectionRequest,
  type IkeConfig,
  type IpsecConfig,
} from '@gc/contracts';
import type { TFunction } from 'i18next';
import {
  optional,
  validateWith,
  type FormErrors,
  type FormPath,
} from '../../../lib/form-validation';
import { generatePsk } from '../utils/psk';

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

/** The request's nested settings (`ikeConfig.…`, `ipsecConfig.…`) → the form's own field paths. */
export const connectionFormPath: FormPath = (path) =>
  path.replace(/^ikeConfig\./, 'ike.').replace(/^ipsecConfig\./, 'ipsec.');

/** Every field checked with the contracts schema before the request is sent. */
export function validateConnection(
  vpnGatewayId: string,
  t: TFunction,
): (values: CreateConnectionValues) => FormErrors {
  const bySchema = validateWith(
    createVpnConnectionSchema,
    (v: CreateConnectionValues) => toConnectionRequest(vpnGatewayId, v),
    t,
    connectionFormPath,
  );
  return (values) => {
    const errors = bySchema(values);
    if (values.customerGatewayId === '') errors.customerGatewayId = t('validation.chooseCgw');
    return errors;
  };
}

/** True when an error sits in the advanced settings, which must then be shown. */
export const hasAdvancedError = (errors: Record<string, unknown>) =>
  Object.keys(errors).some((k) => k.startsWith('ike.') || k.startsWith('ipsec.'));
