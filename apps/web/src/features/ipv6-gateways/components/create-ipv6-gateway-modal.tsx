import { createIpv6GatewaySchema, type Ipv6VpcCandidate } from '@gc/contracts';
import { NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/ui/form-modal';
import { useCreateSubmit } from '../../../components/ui/use-create-submit';
import { optional, validateWith } from '../../../lib/form-validation';
import { useIpv6VpcCandidates } from '../api/ipv6-gateways';
import { useCreateIpv6Gateway } from '../api/ipv6-gateway-mutations';

interface CreateValues {
  vpcId: string;
  name: string;
  description: string;
}

const toRequest = (v: CreateValues) => ({
  vpcId: v.vpcId,
  name: v.name.trim(),
  description: optional(v.description),
});

/** Why a VPC cannot be chosen, in the UI language. */
export function blockerText(c: Ipv6VpcCandidate, t: TFunction): string | undefined {
  if (c.blocker === 'hasIpv6Gateway') return t('ipv6.create.hasGateway', { id: c.ipv6GatewayId });
  if (c.blocker === 'ipv6NotEnabled') return t('ipv6.create.noIpv6');
  return undefined;
}

/** The create dialog: a VPC without an IPv6 gateway (others shown disabled with the reason), name, description. */
export function CreateIpv6GatewayModal({
  regionId,
  onClose,
}: {
  regionId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const candidates = useIpv6VpcCandidates(regionId);
  const create = useCreateIpv6Gateway(regionId);
  const bySchema = validateWith(createIpv6GatewaySchema, toRequest, t);
  const form = useForm<CreateValues>({
    initialValues: { vpcId: '', name: '', description: '' },
    validate: (values) => {
      const errors = bySchema(values);
      if (values.vpcId === '') errors.vpcId = t('validation.chooseVpc');
      return errors;
    },
    validateInputOnBlur: true,
  });
  const items = candidates.data?.items ?? [];
  const chosen = items.find((c) => c.id === form.values.vpcId);

  const submit = useCreateSubmit({
    form,
    toRequest,
    mutation: create,
    done: (gateway) => t('ipv6.create.done', { name: gateway.name }),
    onClose,
    // A 409: another gateway took the VPC meanwhile; the picker shows it taken.
    onFailure: (error) => {
      if (error.status === 409) void candidates.refetch();
    },
  });

  return (
    <FormModal
      title={t('ipv6.create.title')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t('ipv6.create.submit')}
      pending={create.isPending}
      error={create.error}
      values={form.values}
    >
      <NativeSelect
        label={t('ipv6.fields.vpc')}
        description={t('ipv6.create.vpcHint')}
        required
        {...form.getInputProps('vpcId')}
        error={form.errors.vpcId ?? (candidates.isError ? candidates.error.message : undefined)}
        data={[
          {
            value: '',
            label: candidates.isPending ? t('common.loading') : t('ipv6.create.chooseVpc'),
          },
          ...items.map((c) => {
            const reason = blockerText(c, t);
            const name = `${c.name || c.id} (${c.id})`;
            return {
              value: c.id,
              label: reason ? `${name} — ${reason}` : `${name} · ${c.ipv6CidrBlock ?? ''}`,
              disabled: !c.eligible,
            };
          }),
        ]}
      />
      {chosen && !chosen.eligible && (
        <Text fz="sm" c="red.8" role="alert">
          {blockerText(chosen, t)}
        </Text>
      )}
      <Stack gap={2}>
        <Text fz="sm" fw={500}>
          {t('ipv6.fields.spec')}
        </Text>
        <Text fz="sm" c="dimmed">
          {t('ipv6.create.specNote')}
        </Text>
      </Stack>
      <TextInput
        label={t('ipv6.fields.name')}
        description={t('ipv6.fields.nameHint')}
        required
        {...form.getInputProps('name')}
      />
      <Textarea
        label={t('ipv6.fields.description')}
        autosize
        minRows={2}
        {...form.getInputProps('description')}
      />
    </FormModal>
  );
}
