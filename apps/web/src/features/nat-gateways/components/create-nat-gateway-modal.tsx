import { Checkbox, Group, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit } from '../../../components/ui/use-create-submit';
import { formatChargeType } from '../../../lib/format';
import { useCreateNatGateway } from '../api/create-nat-gateway';
import {
  initialCreateValues,
  toCreateRequest,
  validateCreate,
  type CreateNatValues,
} from './create-nat-gateway-form';
import { NetworkPickers } from './network-pickers';
import { TagsEditor } from '../../../components/ui/tags-editor';

/** The create dialog: VPC → vSwitch, type, billing, name, description and tags. */
export function CreateNatGatewayModal({
  regionId,
  onClose,
}: {
  regionId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateNatGateway(regionId);
  const form = useForm<CreateNatValues>({
    initialValues: initialCreateValues,
    validate: validateCreate(t),
    validateInputOnBlur: true,
  });

  const submit = useCreateSubmit({
    form,
    toRequest: toCreateRequest,
    mutation: create,
    done: (gateway) => t('nat.create.done', { name: gateway.name }),
    onClose,
  });

  return (
    <FormModal
      title={t('nat.create.title')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('nat.create.submit')}
      pending={create.isPending}
      error={create.error}
      values={form.values}
    >
      <NetworkPickers
        regionId={regionId}
        vpcProps={form.getInputProps('vpcId')}
        vSwitchProps={form.getInputProps('vSwitchId')}
        vpcId={form.values.vpcId}
        onVpcChange={(vpcId) => form.setValues({ vpcId, vSwitchId: '' })}
      />
      <Group grow align="flex-start">
        <NativeSelect
          label={t('nat.fields.natType')}
          data={[{ value: 'Enhanced', label: t('nat.natType.Enhanced') }]}
          {...form.getInputProps('natType')}
        />
        <NativeSelect
          label={t('nat.fields.networkType')}
          data={[
            { value: 'internet', label: t('nat.networkType.internet') },
            { value: 'intranet', label: t('nat.networkType.intranet') },
          ]}
          {...form.getInputProps('networkType')}
        />
      </Group>
      <Group grow align="flex-start">
        <NativeSelect
          label={t('nat.fields.chargeType')}
          data={[{ value: 'PayByLcu', label: formatChargeType('PayByLcu', t) }]}
          {...form.getInputProps('internetChargeType')}
        />
        <NativeSelect
          label={t('nat.fields.eipBindMode')}
          data={[
            { value: 'MULTI_BINDED', label: t('nat.eipBindMode.MULTI_BINDED') },
            { value: 'NAT', label: t('nat.eipBindMode.NAT') },
          ]}
          {...form.getInputProps('eipBindMode')}
        />
      </Group>
      <TextInput
        label={t('nat.fields.name')}
        description={t('nat.fields.nameHint')}
        required
        {...form.getInputProps('name')}
      />
      <Textarea
        label={t('nat.fields.description')}
        autosize
        minRows={2}
        {...form.getInputProps('description')}
      />
      <Checkbox
        label={t('natProtection.createOption')}
        description={t('natProtection.createHint')}
        {...form.getInputProps('deletionProtection', { type: 'checkbox' })}
      />
      <TagsEditor
        tags={form.values.tags}
        inputProps={(path) => form.getInputProps(path)}
        onAdd={() => form.insertListItem('tags', { key: '', value: '' })}
        onRemove={(i) => form.removeListItem('tags', i)}
        error={form.errors.tags as string | undefined}
      />
    </FormModal>
  );
}
