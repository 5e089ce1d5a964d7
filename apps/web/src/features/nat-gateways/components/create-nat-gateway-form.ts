import { createNatGatewaySchema, type CreateNatGatewayRequest } from '@gc/contracts';
import type { TFunction } from 'i18next';
import { optional, validateWith, type FormErrors } from '../../../lib/form-validation';
import type { TagRow } from '../../../components/ui/tags-editor';

/** The create form's values (selects hold '' until chosen). */
export interface CreateNatValues {
  vpcId: string;
  vSwitchId: string;
  name: string;
  description: string;
  natType: 'Enhanced';
  networkType: 'internet' | 'intranet';
  internetChargeType: 'PayByLcu';
  instanceChargeType: 'PostPaid';
  eipBindMode: 'MULTI_BINDED' | 'NAT';
  deletionProtection: boolean;
  tags: TagRow[];
}

export const initialCreateValues: CreateNatValues = {
  vpcId: '',
  vSwitchId: '',
  name: '',
  description: '',
  natType: 'Enhanced',
  networkType: 'internet',
  internetChargeType: 'PayByLcu',
  instanceChargeType: 'PostPaid',
  eipBindMode: 'MULTI_BINDED',
  deletionProtection: false,
  tags: [],
};

/** The request body for the form's values (optional fields left out when empty). */
export function toCreateRequest(values: CreateNatValues): CreateNatGatewayRequest {
  return {
    vpcId: values.vpcId,
    vSwitchId: values.vSwitchId,
    name: values.name.trim(),
    description: optional(values.description),
    natType: values.natType,
    networkType: values.networkType,
    internetChargeType: values.internetChargeType,
    instanceChargeType: values.instanceChargeType,
    eipBindMode: values.eipBindMode,
    // Sent only when chosen: the BFF then creates, then enables (no create-time parameter).
    ...(values.deletionProtection ? { deletionProtection: true } : {}),
    tags: values.tags.length > 0 ? values.tags : undefined,
  };
}

/** Every field checked with the API's rules (the contracts schema) before anything is sent. */
export function validateCreate(t: TFunction): (values: CreateNatValues) => FormErrors {
  const bySchema = validateWith(createNatGatewaySchema, toCreateRequest, t);
  return (values) => {
    const errors = bySchema(values);
    // An unchosen picker reads better as "choose one" than as an ID-format error.
    if (values.vpcId === '') errors.vpcId = t('validation.chooseVpc');
    if (values.vSwitchId === '') errors.vSwitchId = t('validation.chooseVSwitch');
    return errors;
  };
}
