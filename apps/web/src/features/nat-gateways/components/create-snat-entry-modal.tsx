import { createSnatEntrySchema, type NatGateway, type SnatEntry } from '@gc/contracts';
import { NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit } from '../../../components/ui/use-create-submit';
import { optional, validateWith } from '../../../lib/form-validation';
import { useVSwitches } from '../../../lib/lookups/vpcs';
import { useCreateNatEntry, useUpdateNatEntry } from '../api/nat-entries';
import { SnatIpsField } from './entry-ip-pickers';

interface SnatValues {
  name: string;
  snatIps: string[];
  sourceType: 'cidr' | 'vswitch';
  sourceCidr: string;
  sourceVSwitchId: string;
}

/** The request for the values: exactly one source, as the API requires. */
export function toSnatRequest(v: SnatValues) {
  return {
    name: optional(v.name),
    snatIps: v.snatIps,
    sourceCidr: v.sourceType === 'cidr' ? v.sourceCidr.trim() : undefined,
    sourceVSwitchId: v.sourceType === 'vswitch' ? v.sourceVSwitchId : undefined,
  };
}

/** The form's values: empty for a new entry, the entry's own for an edit. */
const valuesOf = (entry?: SnatEntry): SnatValues => ({
  name: entry?.name ?? '',
  snatIps: entry?.snatIp.split(',').filter(Boolean) ?? [],
  sourceType: entry?.sourceVSwitchId ? 'vswitch' : 'cidr',
  sourceCidr: entry?.sourceCidr ?? '',
  sourceVSwitchId: entry?.sourceVSwitchId ?? '',
});

/**
 * Adds a SNAT entry (which EIPs translate which source: a CIDR block or a vSwitch) or, given
 * `entry`, edits one: the same form filled, its source fixed (ModifySnatEntry cannot change it).
 */
export function CreateSnatEntryModal({
  gateway,
  entry,
  onClose,
}: {
  gateway: NatGateway;
  entry?: SnatEntry;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateNatEntry(gateway.regionId, gateway.id, 'snat');
  const update = useUpdateNatEntry(gateway.regionId, gateway.id, 'snat', entry?.id ?? '');
  const mutation = entry ? update : create;
  const vSwitches = useVSwitches(gateway.regionId, gateway.vpcId);
  const bySchema = validateWith(createSnatEntrySchema, toSnatRequest, t);
  const form = useForm<SnatValues>({
    initialValues: valuesOf(entry),
    validate: (values) => {
      const errors = bySchema(values);
      if (values.sourceType === 'vswitch' && values.sourceVSwitchId === '') {
        errors.sourceVSwitchId = t('validation.chooseVSwitch');
      }
      return errors;
    },
  });
  const submit = useCreateSubmit({
    form,
    // Parsed, so the request carries the schema's defaults.
    toRequest: (values) => createSnatEntrySchema.parse(toSnatRequest(values)),
    mutation,
    done: (saved) =>
      entry ? t('natEdits.saved', { id: saved.id }) : t('nat.entries.added', { id: saved.id }),
    onClose,
  });

  return (
    <FormModal
      title={entry ? t('natEdits.snatTitle', { id: entry.id }) : t('nat.snat.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={entry ? t('common.save') : t('common.add')}
      pending={mutation.isPending}
      error={mutation.error}
      values={form.values}
    >
      <TextInput label={t('nat.entries.name')} {...form.getInputProps('name')} />
      <SnatIpsField gateway={gateway} input={form.getInputProps('snatIps')} />
      <Stack gap={4}>
        <Text fz="sm" fw={500} id="snat-source-label">
          {t('nat.snat.source')}
        </Text>
        <SegmentedControl
          aria-labelledby="snat-source-label"
          disabled={entry !== undefined}
          data={[
            { value: 'cidr', label: t('nat.snat.byCidr') },
            { value: 'vswitch', label: t('nat.snat.byVSwitch') },
          ]}
          {...form.getInputProps('sourceType')}
        />
        {entry && (
          <Text fz="xs" c="dimmed">
            {t('natEdits.sourceFixed')}
          </Text>
        )}
      </Stack>
      {form.values.sourceType === 'cidr' ? (
        <TextInput
          label={t('nat.snat.sourceCidr')}
          placeholder="192.168.0.0/24"
          required
          disabled={entry !== undefined}
          {...form.getInputProps('sourceCidr')}
        />
      ) : (
        <NativeSelect
          label={t('nat.snat.sourceVSwitch')}
          required
          disabled={entry !== undefined}
          data={[
            { value: '', label: t('nat.fields.chooseVSwitch') },
            ...(vSwitches.data?.items ?? []).map((s) => ({
              value: s.id,
              label: `${s.name || s.id} (${s.id}) · ${s.cidrBlock}`,
            })),
          ]}
          {...form.getInputProps('sourceVSwitchId')}
        />
      )}
    </FormModal>
  );
}
