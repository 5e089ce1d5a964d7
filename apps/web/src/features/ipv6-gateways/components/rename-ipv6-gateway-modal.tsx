import { updateIpv6GatewaySchema, type Ipv6Gateway } from '@gc/contracts';
import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import { serverFieldErrors, validateWith } from '../../../lib/form-validation';
import { useUpdateIpv6Gateway } from '../api/ipv6-gateway-mutations';

interface RenameValues {
  name: string;
  description: string;
}

const toRequest = (v: RenameValues) => ({ name: v.name.trim(), description: v.description });

/** Changes the name and the description (the only attributes the API lets us change). */
export function RenameIpv6GatewayModal({
  gateway,
  onClose,
}: {
  gateway: Ipv6Gateway;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateIpv6Gateway(gateway.regionId, gateway.id);
  const form = useForm<RenameValues>({
    initialValues: { name: gateway.name, description: gateway.description },
    validate: validateWith(updateIpv6GatewaySchema, toRequest, t),
  });
  const submit = form.onSubmit((values) =>
    update.mutate(updateIpv6GatewaySchema.parse(toRequest(values)), {
      onSuccess: () => {
        notifySuccess(t('ipv6.rename.done'));
        onClose();
      },
      onError: (error) => {
        const fields = serverFieldErrors(error, t);
        form.setErrors(fields);
        if (Object.keys(fields).length === 0) notifyError(error, t);
      },
    }),
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('ipv6.rename.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('ipv6.fields.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Textarea
            label={t('ipv6.fields.description')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
