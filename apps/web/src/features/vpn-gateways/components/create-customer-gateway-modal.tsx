import { createCustomerGatewaySchema, type CreateCustomerGatewayRequest } from '@gc/contracts';
import { Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit } from '../../../components/ui/use-create-submit';
import { optional, validateWith } from '../../../lib/form-validation';
import { useCreateCustomerGateway } from '../api/customer-gateways';

interface Values {
  ipAddress: string;
  asn: string;
  name: string;
  description: string;
}

const toRequest = (v: Values): CreateCustomerGatewayRequest => ({
  ipAddress: v.ipAddress.trim(),
  asn: optional(v.asn),
  name: optional(v.name),
  description: optional(v.description),
});

/** Registers the office's VPN device: its public IP, an optional BGP ASN, name and description. */
export function CreateCustomerGatewayModal({
  regionId,
  onClose,
}: {
  regionId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateCustomerGateway(regionId);
  const form = useForm<Values>({
    initialValues: { ipAddress: '', asn: '', name: '', description: '' },
    validate: validateWith(createCustomerGatewaySchema, toRequest, t),
    validateInputOnBlur: true,
  });
  const submit = useCreateSubmit({
    form,
    toRequest,
    mutation: create,
    done: (cgw) => t('vpn.cgw.created', { name: cgw.name || cgw.id }),
    onClose,
  });
  return (
    <FormModal
      title={t('vpn.cgw.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('vpn.cgw.submit')}
      pending={create.isPending}
      error={create.error}
      values={form.values}
    >
      <TextInput
        label={t('vpn.cgw.ipAddress')}
        description={t('vpn.cgw.ipAddressHint')}
        placeholder="203.0.113.10"
        required
        data-autofocus
        {...form.getInputProps('ipAddress')}
      />
      <TextInput
        label={t('vpn.cgw.asn')}
        description={t('vpn.cgw.asnHint')}
        {...form.getInputProps('asn')}
      />
      <TextInput label={t('vpn.fields.name')} {...form.getInputProps('name')} />
      <Textarea
        label={t('vpn.fields.description')}
        autosize
        minRows={2}
        {...form.getInputProps('description')}
      />
    </FormModal>
  );
}
