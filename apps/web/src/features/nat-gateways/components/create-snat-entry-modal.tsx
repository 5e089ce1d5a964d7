import { createSnatEntrySchema, type NatGateway } from '@gc/contracts';
import { Checkbox, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit } from '../../../components/ui/use-create-submit';
import { optional, validateWith } from '../../../lib/form-validation';
import { useVSwitches } from '../../../lib/lookups/vpcs';
import { useEntryIps } from '../api/vpc-nat';
import { useCreateNatEntry } from '../api/nat-entries';

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

/** Adds a SNAT entry: which EIPs translate which source (a CIDR block or a vSwitch). */
export function CreateSnatEntryModal({
  gateway,
  onClose,
}: {
  gateway: NatGateway;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateNatEntry(gateway.regionId, gateway.id, 'snat');
  const vSwitches = useVSwitches(gateway.regionId, gateway.vpcId);
  const eips = useEntryIps(gateway);
  const bySchema = validateWith(createSnatEntrySchema, toSnatRequest, t);
  const form = useForm<SnatValues>({
    initialValues: {
      name: '',
      snatIps: [],
      sourceType: 'cidr',
      sourceCidr: '',
      sourceVSwitchId: '',
    },
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
    mutation: create,
    done: (entry) => t('nat.entries.added', { id: entry.id }),
    onClose,
  });

  return (
    <FormModal
      title={t('nat.snat.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('common.add')}
      pending={create.isPending}
      error={create.error}
      values={form.values}
    >
      <TextInput label={t('nat.entries.name')} {...form.getInputProps('name')} />
      <Checkbox.Group label={t('nat.snat.snatIps')} required {...form.getInputProps('snatIps')}>
        <Stack gap={4} mt={4}>
          {eips.map((eip) => (
            <Checkbox key={eip.allocationId} value={eip.ipAddress} label={eip.ipAddress} />
          ))}
        </Stack>
      </Checkbox.Group>
      {eips.length === 0 && <Text fz="sm">{t('nat.snat.bindFirst')}</Text>}
      <Stack gap={4}>
        <Text fz="sm" fw={500} id="snat-source-label">
          {t('nat.snat.source')}
        </Text>
        <SegmentedControl
          aria-labelledby="snat-source-label"
          data={[
            { value: 'cidr', label: t('nat.snat.byCidr') },
            { value: 'vswitch', label: t('nat.snat.byVSwitch') },
          ]}
          {...form.getInputProps('sourceType')}
        />
      </Stack>
      {form.values.sourceType === 'cidr' ? (
        <TextInput
          label={t('nat.snat.sourceCidr')}
          placeholder="192.168.0.0/24"
          required
          {...form.getInputProps('sourceCidr')}
        />
      ) : (
        <NativeSelect
          label={t('nat.snat.sourceVSwitch')}
          required
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
