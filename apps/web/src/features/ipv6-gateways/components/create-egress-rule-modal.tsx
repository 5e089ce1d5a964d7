import { createIpv6EgressRuleSchema, type Ipv6Gateway } from '@gc/contracts';
import { NativeSelect, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit } from '../../../components/ui/use-create-submit';
import { optional, validateWith } from '../../../lib/form-validation';
import { useEgressRuleMutations } from '../api/egress-only-rules';
import { useIpv6Addresses } from '../api/ipv6-addresses';

interface Values {
  instanceId: string;
  name: string;
  description: string;
}

const toRequest = (v: Values) => ({
  instanceId: v.instanceId,
  name: optional(v.name),
  description: optional(v.description),
});

/** The create dialog: an IPv6 address of the gateway's VPC (taken ones disabled), name, description. */
export function CreateEgressRuleModal(props: {
  gateway: Ipv6Gateway;
  takenIds: readonly string[];
  onClose: () => void;
}) {
  const { gateway, takenIds, onClose } = props;
  const { t } = useTranslation();
  const addresses = useIpv6Addresses(gateway.regionId, { vpcId: gateway.vpcId });
  const { create } = useEgressRuleMutations(gateway.regionId, gateway.id);
  const bySchema = validateWith(createIpv6EgressRuleSchema, toRequest, t);
  const form = useForm<Values>({
    initialValues: { instanceId: '', name: '', description: '' },
    validate: (values) => {
      const errors = bySchema(values);
      if (values.instanceId === '') errors.instanceId = t('egressRules.chooseAddress');
      return errors;
    },
  });

  const submit = useCreateSubmit({
    form,
    toRequest,
    mutation: create,
    done: () => t('egressRules.created'),
    onClose,
  });

  return (
    <FormModal
      title={t('egressRules.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('egressRules.createSubmit')}
      pending={create.isPending}
      error={create.error}
      values={form.values}
    >
      <NativeSelect
        label={t('egressRules.address')}
        required
        {...form.getInputProps('instanceId')}
        data={[
          {
            value: '',
            label: addresses.isPending ? t('common.loading') : t('egressRules.chooseAddress'),
          },
          ...(addresses.data?.items ?? []).map((a) => ({
            value: a.id,
            label: `${a.address} (${a.name || a.id})`,
            disabled: takenIds.includes(a.id),
          })),
        ]}
      />
      <TextInput label={t('egressRules.name')} {...form.getInputProps('name')} />
      <TextInput label={t('egressRules.description')} {...form.getInputProps('description')} />
    </FormModal>
  );
}
