import { updateVpnGatewaySchema, type VpnGateway } from '@gc/contracts';
import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import { validateVpnForm, vpnServerFieldErrors } from '../utils/vpn-validation';
import { useUpdateVpnGateway } from '../api/vpn-gateways';

interface RenameValues {
  name: string;
  description: string;
}

// ModifyVpnGatewayAttribute takes a 1–100 character description (REFERENCE §3.4): an emptied
// field is left unchanged rather than sent as ''.
const toRequest = (v: RenameValues) => ({
  name: v.name.trim(),
  description: v.description.trim() || undefined,
});

/** Changes the VPN gateway's name and description. */
export function RenameVpnGatewayModal({
  gateway,
  onClose,
}: {
  gateway: VpnGateway;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateVpnGateway(gateway.regionId, gateway.id);
  const form = useForm<RenameValues>({
    initialValues: { name: gateway.name, description: gateway.description },
    validate: validateVpnForm(updateVpnGatewaySchema, toRequest, t),
  });
  const submit = form.onSubmit((values) =>
    update.mutate(toRequest(values), {
      onSuccess: () => {
        notifySuccess(t('vpn.rename.done'));
        onClose();
      },
      onError: (error) => {
        const fields = vpnServerFieldErrors(error, t);
        form.setErrors(fields);
        if (Object.keys(fields).length === 0) notifyError(error, t);
      },
    }),
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('vpn.rename.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('vpn.fields.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Textarea
            label={t('vpn.fields.description')}
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
