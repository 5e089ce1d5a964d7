import { updateNatGatewaySchema, type NatGateway } from '@gc/contracts';
import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert, handleFormError } from '../../../components/ui/form-error';
import { notifySuccess } from '../../../components/ui/notify-error';
import { validateWith } from '../../../lib/form-validation';
import { useUpdateNatGateway } from '../api/update-nat-gateway';

interface RenameValues {
  name: string;
  description: string;
}

const toRequest = (v: RenameValues) => ({ name: v.name.trim(), description: v.description });

/** Changes the name and the description. */
export function RenameNatGatewayModal({
  gateway,
  onClose,
}: {
  gateway: NatGateway;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateNatGateway(gateway.regionId, gateway.id);
  const form = useForm<RenameValues>({
    initialValues: { name: gateway.name, description: gateway.description },
    validate: validateWith(updateNatGatewaySchema, toRequest, t),
  });
  const submit = form.onSubmit((values) =>
    update.mutate(toRequest(values), {
      onSuccess: () => {
        notifySuccess(t('nat.rename.done'));
        onClose();
      },
      onError: (error) => handleFormError(error, form, t),
    }),
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('nat.rename.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('nat.fields.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Textarea
            label={t('nat.fields.description')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <FormErrorAlert error={update.error} values={form.values} />
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
