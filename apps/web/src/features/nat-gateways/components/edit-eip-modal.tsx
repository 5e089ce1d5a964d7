import { updateEipSchema, type Eip, type UpdateEipRequest } from '@gc/contracts';
import { TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit } from '../../../components/ui/use-create-submit';
import { validateWith } from '../../../lib/form-validation';
import { useUpdateEip } from '../api/eips';

interface EipValues {
  name: string;
  description: string;
  bandwidth: string;
}

// Every field is sent: an emptied name or description clears it (ModifyEipAddressAttribute
// takes 0-length values, REFERENCE-2 §4.10).
const toRequest = (v: EipValues) => ({
  name: v.name.trim() === '' ? undefined : v.name.trim(),
  description: v.description,
  bandwidth: v.bandwidth.trim(),
});

/** Renames, re-describes or re-sizes (Mbit/s) an EIP of the gateway; applied at once. */
export function EditEipModal({
  regionId,
  gatewayId,
  eip,
  onClose,
}: {
  regionId: string;
  gatewayId: string;
  eip: Eip;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateEip(regionId, gatewayId, eip.allocationId);
  const form = useForm<EipValues>({
    initialValues: {
      name: eip.name,
      description: eip.description ?? '',
      bandwidth: eip.bandwidth,
    },
    validate: validateWith(updateEipSchema, toRequest, t),
  });
  const submit = useCreateSubmit({
    form,
    toRequest: (values): UpdateEipRequest => updateEipSchema.parse(toRequest(values)),
    mutation: update,
    done: (saved) => t('natEdits.eipSaved', { ip: saved.ipAddress }),
    onClose,
  });
  return (
    <FormModal
      title={t('natEdits.eipTitle', { ip: eip.ipAddress })}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('common.save')}
      pending={update.isPending}
      error={update.error}
      values={form.values}
    >
      <TextInput label={t('natEdits.eipName')} {...form.getInputProps('name')} />
      <Textarea label={t('natEdits.eipDescription')} {...form.getInputProps('description')} />
      <TextInput
        label={t('natEdits.bandwidth')}
        description={t('natEdits.bandwidthHint')}
        inputMode="numeric"
        {...form.getInputProps('bandwidth')}
      />
    </FormModal>
  );
}
