import { createFullNatEntrySchema, type FullNatEntry } from '@gc/contracts';
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit, type CreateMutation } from '../../../components/ui/use-create-submit';
import { optional, validateWith } from '../../../lib/form-validation';
import { useVpcNatMutations } from '../api/vpc-nat';
import { NatIpSelect } from './nat-ip-select';

interface Values {
  name: string;
  description: string;
  ipProtocol: 'TCP' | 'UDP';
  natIp: string;
  natIpPort: string;
  accessIp: string;
  accessDomain: string;
  accessPort: string;
  networkInterfaceId: string;
}

const toRequest = (v: Values) => ({
  name: optional(v.name),
  description: optional(v.description),
  ipProtocol: v.ipProtocol,
  natIp: v.natIp,
  natIpPort: v.natIpPort.trim(),
  accessIp: optional(v.accessIp),
  accessDomain: optional(v.accessDomain),
  accessPort: v.accessPort.trim(),
  networkInterfaceId: v.networkInterfaceId.trim(),
});

/** Add a FULLNAT entry, or (given `entry`) edit it: one form, filled for an edit. */
export function VpcNatFullNatModal(props: {
  regionId: string;
  natGatewayId: string;
  entry?: FullNatEntry;
  onClose: () => void;
}) {
  const { regionId, natGatewayId, entry, onClose } = props;
  const { t } = useTranslation();
  const m = useVpcNatMutations(regionId, natGatewayId);
  const form = useForm<Values>({
    initialValues: {
      name: entry?.name ?? '',
      description: entry?.description ?? '',
      ipProtocol: entry?.ipProtocol === 'UDP' ? 'UDP' : 'TCP',
      natIp: entry?.natIp ?? '',
      natIpPort: entry?.natIpPort ?? '',
      accessIp: entry?.accessIp ?? '',
      accessDomain: entry?.accessDomain ?? '',
      accessPort: entry?.accessPort ?? '',
      networkInterfaceId: entry?.networkInterfaceId ?? '',
    },
    validate: validateWith(createFullNatEntrySchema, toRequest, t),
  });
  const mutation: CreateMutation<ReturnType<typeof toRequest>, unknown> = {
    mutate: (v, cb) =>
      entry
        ? m.updateFullNat.mutate({ ...v, entryId: entry.id }, cb)
        : m.createFullNat.mutate(v, cb),
  };
  const submit = useCreateSubmit({
    form,
    toRequest,
    mutation,
    done: () => (entry ? t('vpcNat.fullnat.saved') : t('vpcNat.fullnat.created')),
    onClose,
  });
  const state = entry ? m.updateFullNat : m.createFullNat;
  return (
    <FormModal
      title={entry ? t('vpcNat.fullnat.editTitle') : t('vpcNat.fullnat.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={entry ? t('common.save') : t('vpcNat.add')}
      pending={state.isPending}
      error={state.error}
      values={form.values}
    >
      <TextInput label={t('vpcNat.name')} {...form.getInputProps('name')} />
      <Group grow align="flex-start">
        <NativeSelect
          label={t('vpcNat.fullnat.protocol')}
          data={['TCP', 'UDP']}
          {...form.getInputProps('ipProtocol')}
        />
        <NatIpSelect
          regionId={regionId}
          natGatewayId={natGatewayId}
          label={t('vpcNat.fullnat.natIp')}
          required
          {...form.getInputProps('natIp')}
        />
        <TextInput
          label={t('vpcNat.fullnat.natIpPort')}
          required
          {...form.getInputProps('natIpPort')}
        />
      </Group>
      <Group grow align="flex-start">
        <TextInput
          label={t('vpcNat.fullnat.accessIp')}
          description={t('vpcNat.fullnat.accessHint')}
          {...form.getInputProps('accessIp')}
        />
        <TextInput
          label={t('vpcNat.fullnat.accessDomain')}
          {...form.getInputProps('accessDomain')}
        />
        <TextInput
          label={t('vpcNat.fullnat.accessPort')}
          required
          {...form.getInputProps('accessPort')}
        />
      </Group>
      <TextInput
        label={t('vpcNat.fullnat.eni')}
        required
        {...form.getInputProps('networkInterfaceId')}
      />
      <TextInput label={t('vpcNat.description')} {...form.getInputProps('description')} />
    </FormModal>
  );
}
