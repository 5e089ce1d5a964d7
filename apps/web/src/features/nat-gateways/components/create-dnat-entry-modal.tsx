import { createDnatEntrySchema, type NatGateway } from '@gc/contracts';
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit } from '../../../components/ui/use-create-submit';
import { optional, validateWith } from '../../../lib/form-validation';
import { useEntryIps } from '../api/vpc-nat';
import { useCreateNatEntry } from '../api/nat-entries';

interface DnatValues {
  name: string;
  externalIp: string;
  externalPort: string;
  internalIp: string;
  internalPort: string;
  ipProtocol: 'TCP' | 'UDP' | 'Any';
}

const toRequest = (v: DnatValues) => ({
  name: optional(v.name),
  externalIp: v.externalIp,
  externalPort: v.externalPort.trim(),
  internalIp: v.internalIp.trim(),
  internalPort: v.internalPort.trim(),
  ipProtocol: v.ipProtocol,
});

/** Adds a DNAT entry: a public IP and port forwarded to a private IP and port. */
export function CreateDnatEntryModal({
  gateway,
  onClose,
}: {
  gateway: NatGateway;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateNatEntry(gateway.regionId, gateway.id, 'dnat');
  const eips = useEntryIps(gateway);
  const bySchema = validateWith(createDnatEntrySchema, toRequest, t);
  const form = useForm<DnatValues>({
    initialValues: {
      name: '',
      externalIp: eips[0]?.ipAddress ?? '',
      externalPort: '',
      internalIp: '',
      internalPort: '',
      ipProtocol: 'TCP',
    },
    validate: (values) => {
      const errors = bySchema(values);
      if (values.externalIp === '') errors.externalIp = t('validation.chooseEip');
      return errors;
    },
  });
  const submit = useCreateSubmit({
    form,
    // Parsed, so the request carries the schema's defaults.
    toRequest: (values) => createDnatEntrySchema.parse(toRequest(values)),
    mutation: create,
    done: (entry) => t('nat.entries.added', { id: entry.id }),
    onClose,
  });

  return (
    <FormModal
      title={t('nat.dnat.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('common.add')}
      pending={create.isPending}
      error={create.error}
      values={form.values}
    >
      <TextInput label={t('nat.entries.name')} {...form.getInputProps('name')} />
      <NativeSelect
        label={t('nat.dnat.protocol')}
        data={['TCP', 'UDP', 'Any'].map((p) => ({
          value: p,
          label: p === 'Any' ? t('nat.dnat.any') : p,
        }))}
        {...form.getInputProps('ipProtocol')}
      />
      <Group grow align="flex-start">
        <NativeSelect
          label={t('nat.dnat.externalIp')}
          required
          data={[
            { value: '', label: t('nat.eips.choose') },
            ...eips.map((e) => ({ value: e.ipAddress, label: e.ipAddress })),
          ]}
          {...form.getInputProps('externalIp')}
        />
        <TextInput
          label={t('nat.dnat.externalPort')}
          placeholder="80"
          required
          {...form.getInputProps('externalPort')}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('nat.dnat.internalIp')}
          placeholder="192.168.0.10"
          required
          {...form.getInputProps('internalIp')}
        />
        <TextInput
          label={t('nat.dnat.internalPort')}
          placeholder="8080"
          required
          {...form.getInputProps('internalPort')}
        />
      </Group>
    </FormModal>
  );
}
