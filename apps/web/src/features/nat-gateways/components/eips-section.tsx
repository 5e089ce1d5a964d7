import type { NatGateway } from '@gc/contracts';
import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Section } from '../../../components/ui/section';
import { OperatorOnly } from '../../../lib/operator-only';
import { useUnbindEip } from '../api/eips';
import { BindEipModal } from './bind-eip-modal';

/** EIPs bound to the gateway, with Bind and Unbind for operators. */
export function EipsSection({ gateway }: { gateway: NatGateway }) {
  const { t } = useTranslation();
  const [binding, setBinding] = useState(false);
  const [unbinding, setUnbinding] = useState<{ allocationId: string; ipAddress: string } | null>(
    null,
  );
  const unbind = useUnbindEip(gateway.regionId, gateway.id);
  const title = t('nat.eips.title');
  return (
    <Section
      title={title}
      actions={
        <OperatorOnly>
          <Button size="xs" onClick={() => setBinding(true)}>
            {t('nat.eips.bind')}
          </Button>
        </OperatorOnly>
      }
    >
      {gateway.eips.length === 0 ? (
        <Text fz="sm">{t('nat.eips.empty')}</Text>
      ) : (
        <Table aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('nat.eips.ipAddress')}</Table.Th>
              <Table.Th>{t('nat.eips.allocationId')}</Table.Th>
              <Table.Th>{t('nat.eips.usedBySnat')}</Table.Th>
              <OperatorOnly>
                <Table.Th>{t('common.actions')}</Table.Th>
              </OperatorOnly>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {gateway.eips.map((eip) => (
              <Table.Tr key={eip.allocationId}>
                <Table.Td ff="monospace">{eip.ipAddress}</Table.Td>
                <Table.Td ff="monospace">{eip.allocationId}</Table.Td>
                <Table.Td>{eip.usedBySnat ? t('common.yes') : t('common.no')}</Table.Td>
                <OperatorOnly>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('nat.eips.unbindOne', { ip: eip.ipAddress })}
                      onClick={() => setUnbinding(eip)}
                    >
                      {t('nat.eips.unbind')}
                    </Button>
                  </Table.Td>
                </OperatorOnly>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {binding && <BindEipModal gateway={gateway} onClose={() => setBinding(false)} />}
      <ConfirmDialog
        opened={unbinding !== null}
        title={t('nat.eips.unbindTitle')}
        message={t('nat.eips.unbindConfirm', { ip: unbinding?.ipAddress ?? '' })}
        confirmLabel={t('nat.eips.unbind')}
        loading={unbind.isPending}
        onClose={() => setUnbinding(null)}
        onConfirm={() =>
          unbinding &&
          unbind.mutate(unbinding.allocationId, { onSuccess: () => setUnbinding(null) })
        }
      />
    </Section>
  );
}
