import {
  allowedVpnBandwidths,
  createVpnGatewaySchema,
  type CreateVpnGatewayRequest,
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
    return errors;
  };
}
