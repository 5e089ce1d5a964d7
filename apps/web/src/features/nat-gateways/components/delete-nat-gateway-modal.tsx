import type { NatGateway } from '@gc/contracts';
import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDetails } from '../../../components/ui/error-details';
import { errorMessage } from '../../../components/ui/error-message';
import { notifySuccess } from '../../../components/ui/notify-error';
import { useBoundEips } from '../api/eips';
import { useDnatEntries, useSnatEntries } from '../api/nat-entries';
import { useDeleteNatGateway } from '../api/update-nat-gateway';

interface DeleteNatGatewayModalProps {
  gateway: NatGateway;
  onClose: () => void;
  onDeleted: () => void;
}

/**
 * Confirms a delete, listing what depends on the gateway. Without Force the API refuses while
 * entries or EIPs remain (REFERENCE §3.2 DeleteNatGateway); the refusal is shown with its code.
 */
export function DeleteNatGatewayModal({ gateway, onClose, onDeleted }: DeleteNatGatewayModalProps) {
  const { t } = useTranslation();
  const [force, setForce] = useState(false);
  const snat = useSnatEntries(gateway.regionId, gateway.id);
  const dnat = useDnatEntries(gateway.regionId, gateway.id);
  const remove = useDeleteNatGateway(gateway.regionId);
  const eips = useBoundEips(gateway);
  const count = (n: number | undefined) => (n === undefined ? '…' : String(n));
  const hasDependents =
    (snat.data?.items.length ?? 0) > 0 || (dnat.data?.items.length ?? 0) > 0 || eips.length > 0;

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('nat.delete.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text>{t('nat.delete.confirm', { name: gateway.name || gateway.id })}</Text>
        <div>
          <Text fw={500} fz="sm">
            {t('nat.delete.dependents')}
          </Text>
          <List fz="sm" data-testid="delete-dependents">
            <List.Item>
              {t('nat.delete.snatCount', { count: count(snat.data?.items.length) })}
            </List.Item>
            <List.Item>
              {t('nat.delete.dnatCount', { count: count(dnat.data?.items.length) })}
            </List.Item>
            <List.Item>
              {t('nat.delete.eips', { count: eips.length })}
              {eips.length > 0 && `: ${eips.map((e) => e.ipAddress).join(', ')}`}
            </List.Item>
          </List>
        </div>
        <Checkbox
          checked={force}
          onChange={(event) => setForce(event.currentTarget.checked)}
          label={t('nat.delete.force')}
          description={hasDependents ? t('nat.delete.forceHint') : undefined}
        />
        {remove.error && (
          <Alert color="red" variant="outline" role="alert" title={t('nat.delete.failed')}>
            <Stack gap={4}>
              <Text fz="sm">{errorMessage(remove.error, t)}</Text>
              <ErrorDetails error={remove.error} />
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(
                { id: gateway.id, force },
                {
                  onSuccess: () => {
                    notifySuccess(t('nat.delete.done', { name: gateway.name || gateway.id }));
                    onDeleted();
                  },
                },
              )
            }
          >
            {t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
