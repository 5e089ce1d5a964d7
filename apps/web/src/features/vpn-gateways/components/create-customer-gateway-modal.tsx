import { createCustomerGatewaySchema, type CreateCustomerGatewayRequest } from '@gc/contracts';
import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert, handleFormError } from '../../../components/ui/form-error';
import { notifySuccess } from '../../../components/ui/notify-error';
import { optional, validateWith } from '../../../lib/form-validation';
import { useIdempotencyKey } from '../../../lib/idempotency-key';
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
  const idempotency = useIdempotencyKey();
  const form = useForm<Values>({
    initialValues: { ipAddress: '', asn: '', name: '', description: '' },
    validate: validateWith(createCustomerGatewaySchema, toRequest, t),
    validateInputOnBlur: true,
  });
  const submit = form.onSubmit((values) => {
    const request = toRequest(values);
    create.mutate(
      { request, idempotencyKey: idempotency.keyFor(request) },
      {
        onSuccess: (cgw) => {
          idempotency.reset();
          notifySuccess(t('vpn.cgw.created', { name: cgw.name || cgw.id }));
          onClose();
        },
        onError: (error) => handleFormError(error, form, t),
      },
    );
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('vpn.cgw.createTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
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
          <FormErrorAlert error={create.error} values={form.values} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('vpn.cgw.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
