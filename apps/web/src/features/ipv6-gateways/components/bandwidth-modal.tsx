import {
  allocateIpv6BandwidthSchema,
  changeIpv6BandwidthSchema,
  IPV6_MAX_BANDWIDTH,
  type Ipv6Address,
  type Ipv6InternetChargeType,
} from '@gc/contracts';
import { NativeSelect, NumberInput, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { handleFormError } from '../../../components/ui/form-error';
import { FormModal } from '../../../components/ui/form-modal';
import { notifySuccess } from '../../../components/ui/notify-error';
import { validateWith } from '../../../lib/form-validation';
import { formatChargeType } from '../../../lib/format';
import { useIdempotencyKey } from '../../../lib/idempotency-key';
import { useBandwidthChange } from '../api/ipv6-addresses';

interface Values {
  bandwidth: number | string;
  internetChargeType: Ipv6InternetChargeType;
}

/** Allocates internet bandwidth for an address, or changes the bandwidth it has. */
export function BandwidthModal({
  address,
  onClose,
}: {
  address: Ipv6Address;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const existing = address.internetBandwidth;
  const mode = existing ? 'change' : 'allocate';
  const send = useBandwidthChange(address.regionId, address.id);
  const idempotency = useIdempotencyKey();
  const schema = mode === 'allocate' ? allocateIpv6BandwidthSchema : changeIpv6BandwidthSchema;
  const toRequest = (v: Values) =>
    mode === 'allocate'
      ? { bandwidth: v.bandwidth, internetChargeType: v.internetChargeType }
      : { bandwidth: v.bandwidth };
  const bySchema = validateWith(schema, toRequest, t);
  const form = useForm<Values>({
    initialValues: { bandwidth: existing?.bandwidth ?? 10, internetChargeType: 'PayByBandwidth' },
    validate: (values) => {
      const errors = bySchema(values);
      // A change keeps the address's charge type, whose ceiling the contract cannot know.
      const ceiling = existing
        ? IPV6_MAX_BANDWIDTH[existing.internetChargeType as Ipv6InternetChargeType]
        : undefined;
      if (!errors.bandwidth && ceiling !== undefined && Number(values.bandwidth) > ceiling) {
        errors.bandwidth = t('validation.maxMbps', {
          n: ceiling,
          chargeType: formatChargeType(existing?.internetChargeType ?? '', t),
        });
      }
      return errors;
    },
  });
  const chargeType = (existing?.internetChargeType ??
    form.values.internetChargeType) as Ipv6InternetChargeType;
  const max = IPV6_MAX_BANDWIDTH[chargeType] ?? 2000;

  const submit = form.onSubmit((values) => {
    const bandwidth = Number(values.bandwidth);
    const request = { bandwidth, internetChargeType: values.internetChargeType };
    const change =
      mode === 'allocate'
        ? { kind: 'allocate' as const, request, idempotencyKey: idempotency.keyFor(request) }
        : { kind: 'change' as const, bandwidth };
    send.mutate(change, {
      onSuccess: () => {
        idempotency.reset();
        notifySuccess(t(`ipv6.bandwidth.${mode}Done`, { address: address.address, bandwidth }));
        onClose();
      },
      onError: (error) => handleFormError(error, form, t),
    });
  });

  return (
    <FormModal
      title={t(`ipv6.bandwidth.${mode}Title`)}
      onClose={onClose}
      onSubmit={submit}
      submitLabel={t(`ipv6.bandwidth.${mode}Submit`)}
      pending={send.isPending}
      error={send.error}
      values={form.values}
    >
      <Text fz="sm">
        {t('ipv6.bandwidth.forAddress', {
          address: address.address,
          instance: address.instanceId || '—',
        })}
      </Text>
      {mode === 'allocate' ? (
        <NativeSelect
          label={t('ipv6.bandwidth.chargeType')}
          data={(['PayByBandwidth', 'PayByTraffic'] as const).map((c) => ({
            value: c,
            label: formatChargeType(c, t),
          }))}
          {...form.getInputProps('internetChargeType')}
        />
      ) : (
        <Text fz="sm">
          {t('ipv6.bandwidth.chargeType')}: {formatChargeType(chargeType, t)}
        </Text>
      )}
      <NumberInput
        label={t('ipv6.bandwidth.bandwidth')}
        description={t('ipv6.bandwidth.range', { max })}
        required
        data-autofocus
        allowDecimal={false}
        clampBehavior="none"
        min={1}
        max={max}
        suffix=" Mbit/s"
        {...form.getInputProps('bandwidth')}
      />
    </FormModal>
  );
}
