import { createNatIpCidrSchema, updateVpcNatTextSchema, type NatIpCidr } from '@gc/contracts';
import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit, type CreateMutation } from '../../../components/ui/use-create-submit';
import { optional, validateWith } from '../../../lib/form-validation';
import { useVpcNatMutations } from '../api/vpc-nat';

interface Values {
  cidr: string;
  name: string;
  description: string;
}

const toRequest = (v: Values) => ({
  cidr: v.cidr.trim(),
  name: optional(v.name),
  description: optional(v.description),
});
/** The rename body: an emptied description clears it. */
const toEdit = (v: { name: string; description: string }) => ({
  name: optional(v.name),
  description: v.description.trim(),
});

/** Add a NAT CIDR block, or (given `block`) rename it: the same form, the CIDR fixed on edit. */
export function VpcNatCidrModal(props: {
  regionId: string;
  natGatewayId: string;
  block?: NatIpCidr;
  onClose: () => void;
}) {
  const { regionId, natGatewayId, block, onClose } = props;
  const { t } = useTranslation();
  const m = useVpcNatMutations(regionId, natGatewayId);
  const editing = block !== undefined;
  const form = useForm<Values>({
    initialValues: {
      cidr: block?.cidr ?? '',
      name: block?.name ?? '',
      description: block?.description ?? '',
    },
    validate: editing
      ? validateWith(updateVpcNatTextSchema, toEdit, t)
      : validateWith(createNatIpCidrSchema, toRequest, t),
  });
  const mutation: CreateMutation<ReturnType<typeof toRequest>, unknown> = {
    mutate: (v, cb) =>
      editing
        ? m.updateCidr.mutate({ ...v, request: toEdit(form.values), cidrId: block.id }, cb)
        : m.createCidr.mutate(v, cb),
  };
  const submit = useCreateSubmit({
    form,
    toRequest,
    mutation,
    done: () => (editing ? t('vpcNat.cidr.saved') : t('vpcNat.cidr.created')),
    onClose,
  });
  const pending = editing ? m.updateCidr : m.createCidr;
  return (
    <FormModal
      title={editing ? t('vpcNat.cidr.editTitle') : t('vpcNat.cidr.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={editing ? t('common.save') : t('vpcNat.add')}
      pending={pending.isPending}
      error={pending.error}
      values={form.values}
    >
      <TextInput
        label={t('vpcNat.cidr.cidr')}
        description={t('vpcNat.cidr.cidrHint')}
        required
        disabled={editing}
        {...form.getInputProps('cidr')}
      />
      <TextInput label={t('vpcNat.name')} {...form.getInputProps('name')} />
      <TextInput label={t('vpcNat.description')} {...form.getInputProps('description')} />
    </FormModal>
  );
}
