import { createDnatEntrySchema, type DnatEntry, type NatGateway } from '@gc/contracts';
import { Checkbox, Group, NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit } from '../../../components/ui/use-create-submit';
import { optional, validateWith } from '../../../lib/form-validation';
import { useEntryIps } from '../api/vpc-nat';
import { useCreateNatEntry, useUpdateNatEntry } from '../api/nat-entries';
import { entryIpTexts, ExternalIpField } from './entry-ip-pickers';

const PROTOCOLS = ['TCP', 'UDP', 'Any'] as const;

interface DnatValues {
  name: string;
  externalIp: string;
  externalPort: string;
  internalIp: string;
  internalPort: string;
  ipProtocol: (typeof PROTOCOLS)[number];
  portBreak: boolean;
}

const toRequest = (v: DnatValues) => ({
  name: optional(v.name),
  externalIp: v.externalIp,
  externalPort: v.externalPort.trim(),
  internalIp: v.internalIp.trim(),
  internalPort: v.internalPort.trim(),
  ipProtocol: v.ipProtocol,
  // Only sent when set: the API does not describe it back, so an edit cannot show it.
  portBreak: v.portBreak || undefined,
});

const protocolOf = (p: string) => PROTOCOLS.find((x) => x.toLowerCase() === p.toLowerCase());

/**
 * Adds a DNAT entry (a public IP and port forwarded to a private IP and port) or, given `entry`,
 * edits one: the same form filled.
 */
export function CreateDnatEntryModal({
  gateway,
  entry,
  onClose,
}: {
  gateway: NatGateway;
  entry?: DnatEntry;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateNatEntry(gateway.regionId, gateway.id, 'dnat');
  const update = useUpdateNatEntry(gateway.regionId, gateway.id, 'dnat', entry?.id ?? '');
  const mutation = entry ? update : create;
  const eips = useEntryIps(gateway);
  const bySchema = validateWith(createDnatEntrySchema, toRequest, t);
  const form = useForm<DnatValues>({
    initialValues: {
      name: entry?.name ?? '',
      externalIp: entry?.externalIp ?? eips[0]?.ipAddress ?? '',
      externalPort: entry?.externalPort ?? '',
      internalIp: entry?.internalIp ?? '',
      internalPort: entry?.internalPort ?? '',
      ipProtocol: protocolOf(entry?.ipProtocol ?? '') ?? 'TCP',
      portBreak: false,
    },
    validate: (values) => {
      const errors = bySchema(values);
      if (values.externalIp === '') errors.externalIp = t(entryIpTexts(gateway).choose);
      return errors;
    },
  });
  const submit = useCreateSubmit({
    form,
    // Parsed, so the request carries the schema's defaults.
    toRequest: (values) => createDnatEntrySchema.parse(toRequest(values)),
    mutation,
    done: (saved) =>
      entry ? t('natEdits.saved', { id: saved.id }) : t('nat.entries.added', { id: saved.id }),
    onClose,
  });

  return (
    <FormModal
      title={entry ? t('natEdits.dnatTitle', { id: entry.id }) : t('nat.dnat.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={entry ? t('common.save') : t('common.add')}
      pending={mutation.isPending}
      error={mutation.error}
      values={form.values}
    >
      <TextInput label={t('nat.entries.name')} {...form.getInputProps('name')} />
      <NativeSelect
        label={t('nat.dnat.protocol')}
        data={PROTOCOLS.map((p) => ({
          value: p,
          label: p === 'Any' ? t('nat.dnat.any') : p,
        }))}
        {...form.getInputProps('ipProtocol')}
      />
      <Group grow align="flex-start">
        <ExternalIpField gateway={gateway} input={form.getInputProps('externalIp')} />
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
      <Checkbox
        label={t('natEdits.portBreak')}
        description={t('natEdits.portBreakHint')}
        {...form.getInputProps('portBreak', { type: 'checkbox' })}
      />
    </FormModal>
  );
}
