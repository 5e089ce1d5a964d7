import type { NatGateway } from '@gc/contracts';
import { Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state';
import { FormErrorAlert } from '../../../components/ui/form-error';
import { notifySuccess } from '../../../components/ui/notify-error';
import { newIdempotencyKey } from '../../../lib/idempotency-key';
import { useAllocateEip, useBindEip, useFreeEips } from '../api/eips';

/** Picks a free EIP (or allocates a new one) and binds it to the gateway. */
export function BindEipModal({ gateway, onClose }: { gateway: NatGateway; onClose: () => void }) {
  const { t } = useTranslation();
  const free = useFreeEips(gateway.regionId, true);
  const allocate = useAllocateEip(gateway.regionId);
  const bind = useBindEip(gateway.regionId, gateway.id);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | undefined>();
  const options = (free.data?.items ?? []).map((eip) => ({
    value: eip.allocationId,
    label: `${eip.ipAddress} (${eip.allocationId})${eip.name ? ` · ${eip.name}` : ''}`,
  }));

  const allocateNew = () => {
    const body = { bandwidth: 5, internetChargeType: 'PayByTraffic' as const };
    // Each click asks for another EIP; react-query's retries reuse the variables, hence the key.
    allocate.mutate(
      { body, idempotencyKey: newIdempotencyKey() },
      {
        onSuccess: (eip) => {
          setChoice(eip.allocationId);
          setError(undefined);
        },
      },
    );
  };

  const submit = () => {
    if (choice === '') return setError(t('validation.chooseEip'));
    bind.mutate(choice, {
      onSuccess: () => {
        notifySuccess(t('nat.eips.bound'));
        onClose();
      },
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('nat.eips.bindTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        {free.isError ? (
          <ErrorState error={free.error} onRetry={() => void free.refetch()} />
        ) : (
          <NativeSelect
            label={t('nat.eips.picker')}
            value={choice}
            error={error}
            onChange={(event) => {
              setChoice(event.currentTarget.value);
              setError(undefined);
            }}
            data={[
              { value: '', label: free.isPending ? t('common.loading') : t('nat.eips.choose') },
              ...options,
            ]}
          />
        )}
        {free.data?.items.length === 0 && <Text fz="sm">{t('nat.eips.noneFree')}</Text>}
        <Button
          variant="default"
          w="fit-content"
          loading={allocate.isPending}
          onClick={allocateNew}
        >
          {t('nat.eips.allocate')}
        </Button>
        <FormErrorAlert error={bind.error ?? allocate.error} values={{}} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={bind.isPending}>
            {t('nat.eips.bindSubmit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
