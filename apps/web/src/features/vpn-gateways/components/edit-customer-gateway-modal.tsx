import {
  updateCustomerGatewaySchema,
  type CustomerGateway,
  type UpdateCustomerGatewayInput,
} from '@gc/contracts';
import { PasswordInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit } from '../../../components/ui/use-create-submit';
import { optional, validateWith } from '../../../lib/form-validation';
import { useUpdateCustomerGateway } from '../api/vpn-connection-edits';
import { BusyGatewayNotice } from './busy-gateway-notice';

interface Values {
  name: string;
  description: string;
  authKey: string;
}

// Empty fields are not sent: the API keeps their values (REFERENCE-2 §1.11).
const toRequest = (v: Values): UpdateCustomerGatewayInput => ({
  name: optional(v.name),
  description: optional(v.description),
  authKey: optional(v.authKey),
});

/**
 * Renames / re-describes a customer gateway or sets its BGP key (masked, never shown back). A new
 * key updates the VPN gateways using it, so a busy one answers "one change at a time".
 */
export function EditCustomerGatewayModal({
  regionId,
  gateway,
  onClose,
}: {
  regionId: string;
  gateway: CustomerGateway;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateCustomerGateway(regionId, gateway.id);
  const form = useForm<Values>({
    initialValues: { name: gateway.name, description: gateway.description, authKey: '' },
    validate: validateWith(updateCustomerGatewaySchema, toRequest, t),
    validateInputOnBlur: true,
  });
  const submit = useCreateSubmit({
    form,
    toRequest,
    mutation: update,
    done: (c) => t('vpnTunnels.cgwEdit.saved', { name: c.name || c.id }),
    onClose,
  });
  return (
    <FormModal
      title={t('vpnTunnels.cgwEdit.title')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('vpnTunnels.save')}
      pending={update.isPending}
      error={update.error}
      values={form.values}
    >
      <BusyGatewayNotice error={update.error} onRetry={() => submit()} />
      <TextInput label={t('vpn.fields.name')} {...form.getInputProps('name')} />
      <TextInput label={t('vpn.fields.description')} {...form.getInputProps('description')} />
      <PasswordInput
        label={t('vpnTunnels.cgwEdit.authKey')}
        description={t('vpnTunnels.cgwEdit.authKeyHint')}
        autoComplete="new-password"
        spellCheck={false}
        {...form.getInputProps('authKey')}
      />
    </FormModal>
  );
}
