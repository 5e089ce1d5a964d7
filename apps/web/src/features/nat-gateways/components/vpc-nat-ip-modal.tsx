import { createNatIpSchema, updateVpcNatTextSchema, type NatIp } from '@gc/contracts';
import { NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit, type CreateMutation } from '../../../components/ui/use-create-submit';
import { optional, validateWith } from '../../../lib/form-validation';
import { useNatIpCidrs, useVpcNatMutations } from '../api/vpc-nat';

interface Values {
  cidr: string;
  ip: string;
  name: string;
  description: string;
}

const toRequest = (v: Values) => ({
  cidr: v.cidr,
  ip: optional(v.ip),
  name: optional(v.name),
  description: optional(v.description),
});
const toEdit = (v: Values) => ({ name: optional(v.name), description: v.description.trim() });

/** Add a NAT IP from a block (a given address or the lowest free one), or rename one. */
export function VpcNatIpModal(props: {
  regionId: string;
  natGatewayId: string;
  natIp?: NatIp;
  onClose: () => void;
}) {
  const { regionId, natGatewayId, natIp, onClose } = props;
  const { t } = useTranslation();
  const m = useVpcNatMutations(regionId, natGatewayId);
  const cidrs = useNatIpCidrs(regionId, natGatewayId);
  const editing = natIp !== undefined;
  const form = useForm<Values>({
    initialValues: {
      cidr: natIp?.cidr ?? '',
      ip: natIp?.ip ?? '',
      name: natIp?.name ?? '',
      description: natIp?.description ?? '',
    },
    validate: editing
      ? validateWith(updateVpcNatTextSchema, toEdit, t)
      : validateWith(createNatIpSchema, toRequest, t),
  });
  const mutation: CreateMutation<ReturnType<typeof toRequest>, unknown> = {
    mutate: (v, cb) =>
      editing
        ? m.updateIp.mutate({ ...v, request: toEdit(form.values), natIpId: natIp.id }, cb)
        : m.createIp.mutate(v, cb),
  };
  const submit = useCreateSubmit({
    form,
    toRequest,
    mutation,
    done: () => (editing ? t('vpcNat.ip.saved') : t('vpcNat.ip.created')),
    onClose,
  });
  const state = editing ? m.updateIp : m.createIp;
  return (
    <FormModal
      title={editing ? t('vpcNat.ip.editTitle') : t('vpcNat.ip.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={editing ? t('common.save') : t('vpcNat.add')}
      pending={state.isPending}
      error={state.error}
      values={form.values}
    >
      <NativeSelect
        label={t('vpcNat.ip.cidr')}
        required
        disabled={editing}
        {...form.getInputProps('cidr')}
        data={[
          { value: '', label: cidrs.isPending ? t('common.loading') : t('vpcNat.ip.chooseCidr') },
          ...(cidrs.data?.items ?? []).map((c) => ({
            value: c.cidr,
            label: c.name ? `${c.cidr} (${c.name})` : c.cidr,
          })),
        ]}
      />
      <TextInput
        label={t('vpcNat.ip.ip')}
        description={editing ? undefined : t('vpcNat.ip.ipHint')}
        disabled={editing}
        {...form.getInputProps('ip')}
      />
      <TextInput label={t('vpcNat.name')} {...form.getInputProps('name')} />
      <TextInput label={t('vpcNat.description')} {...form.getInputProps('description')} />
    </FormModal>
  );
}
