import {
  allowedVpnBandwidths,
  createVpnGatewaySchema,
  isDualTunnelRegion,
  type CreateVpnGatewayRequest,
  type VpnGatewayKind,
} from '@gc/contracts';
import type { TFunction } from 'i18next';
import { optional, validateWith, type FormErrors } from '../../../lib/form-validation';

/** The create form's values; selects hold strings ('' until chosen). */
export interface CreateVpnValues {
  vpcId: string;
  vSwitchId: string;
  networkType: 'public' | 'private';
  bandwidth: string;
  enableIpsec: boolean;
  enableSsl: boolean;
  sslConnections: string;
  name: string;
  description: string;
  gatewayType: VpnGatewayKind;
  /** The second tunnel's vSwitch ('' = none: a single-tunnel gateway). */
  disasterRecoveryVSwitchId: string;
}

export const initialVpnValues: CreateVpnValues = {
  vpcId: '',
  vSwitchId: '',
  networkType: 'public',
  bandwidth: '10',
  enableIpsec: true,
  enableSsl: false,
  sslConnections: '5',
  name: '',
  description: '',
  gatewayType: 'Traditional',
  disasterRecoveryVSwitchId: '',
};

/** The request body for the form's values. */
export function toVpnRequest(values: CreateVpnValues): CreateVpnGatewayRequest {
  return {
    vpcId: values.vpcId,
    vSwitchId: values.vSwitchId || undefined,
    networkType: values.networkType,
    bandwidth: Number(values.bandwidth),
    enableIpsec: values.enableIpsec,
    enableSsl: values.enableSsl,
    sslConnections: values.enableSsl ? Number(values.sslConnections) : undefined,
    name: values.name.trim(),
    description: optional(values.description),
    // Only set when chosen, so a single-tunnel request stays exactly what it was.
    ...(values.disasterRecoveryVSwitchId
      ? { disasterRecoveryVSwitchId: values.disasterRecoveryVSwitchId }
      : {}),
    ...(values.gatewayType === 'Enhanced.SiteToSite' ? { gatewayType: values.gatewayType } : {}),
  };
}

/** Every field checked with the API's rules, bandwidth against the region's offer. */
export function validateVpnCreate(
  regionId: string,
  t: TFunction,
): (values: CreateVpnValues) => FormErrors {
  const bySchema = validateWith(createVpnGatewaySchema, toVpnRequest, t);
  return (values) => {
    const errors = bySchema(values);
    if (values.vpcId === '') errors.vpcId = t('validation.chooseVpc');
    const offered = allowedVpnBandwidths(regionId, values.networkType);
    if (!offered.includes(Number(values.bandwidth)))
      errors.bandwidth = t('validation.vpnBandwidth');
    // In a dual-tunnel region a first vSwitch needs a second (REFERENCE-2 §1.2, §6 row 10).
    if (isDualTunnelRegion(regionId) && values.vSwitchId && !values.disasterRecoveryVSwitchId)
      errors.disasterRecoveryVSwitchId = t('vpnGatewayDual.needSecond');
    return errors;
  };
}
