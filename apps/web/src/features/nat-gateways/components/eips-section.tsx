import type { Eip, NatGateway } from '@gc/contracts';
import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorState } from '../../../components/ui/error-state';
import { Section } from '../../../components/ui/section';
import { StatusBadge } from '../../../components/ui/status-badge';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { OperatorOnly } from '../../../lib/operator-only';
import { useGatewayEips, useUnbindEip } from '../api/eips';
import { BindEipModal } from './bind-eip-modal';
import { EditEipModal } from './edit-eip-modal';
import { EipProtectionCell } from './eip-protection-cell';
import { IdCell } from '../../../components/ui/id-cell';

const moving = (status: string) => status === 'Associating' || status === 'Unassociating';

/** EIPs bound to the gateway, with Bind and Unbind for operators. */
export function EipsSection({ gateway }: { gateway: NatGateway }) {
  const { t } = useTranslation();
  const eips = useGatewayEips(gateway.regionId, gateway.id);
  const [binding, setBinding] = useState(false);
  const [unbinding, setUnbinding] = useState<Eip | null>(null);
  const [editing, setEditing] = useState<Eip | null>(null);
  const unbind = useUnbindEip(gateway.regionId, gateway.id);
  const title = t('nat.eips.title');
  const usedBySnat = new Set(gateway.eips.filter((e) => e.usedBySnat).map((e) => e.allocationId));
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
      {eips.isPending ? (
        <TableSkeleton rows={1} />
      ) : eips.isError ? (
        <ErrorState error={eips.error} onRetry={() => void eips.refetch()} />
      ) : eips.data.items.length === 0 ? (
        <Text fz="sm">{t('nat.eips.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('nat.eips.ipAddress')}</Table.Th>
                <Table.Th>{t('natEdits.eipName')}</Table.Th>
                <Table.Th>{t('nat.eips.allocationId')}</Table.Th>
                <Table.Th>{t('nat.columns.status')}</Table.Th>
                <Table.Th>{t('nat.eips.usedBySnat')}</Table.Th>
                <Table.Th>{t('natProtection.switch')}</Table.Th>
                <OperatorOnly>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </OperatorOnly>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {eips.data.items.map((eip) => (
                <Table.Tr key={eip.allocationId}>
                  <Table.Td ff="monospace">{eip.ipAddress}</Table.Td>
                  <Table.Td>{eip.name || t('common.none')}</Table.Td>
                  <Table.Td>
                    <IdCell id={eip.allocationId} />
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge
                      label={t(`eipStatus.${eip.status}`)}
                      tone={moving(eip.status) ? 'progress' : 'ok'}
                      transitional={moving(eip.status)}
                    />
                  </Table.Td>
                  <Table.Td>
                    {usedBySnat.has(eip.allocationId) ? t('common.yes') : t('common.no')}
                  </Table.Td>
                  <Table.Td>
                    <EipProtectionCell gateway={gateway} eip={eip} />
                  </Table.Td>
                  <OperatorOnly>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        mr="xs"
                        aria-label={t('natEdits.eipEditOne', { ip: eip.ipAddress })}
                        disabled={moving(eip.status)}
                        onClick={() => setEditing(eip)}
                      >
                        {t('natEdits.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('nat.eips.unbindOne', { ip: eip.ipAddress })}
                        disabled={moving(eip.status)}
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
        </Table.ScrollContainer>
      )}
      {binding && <BindEipModal gateway={gateway} onClose={() => setBinding(false)} />}
      {editing && (
        <EditEipModal
          regionId={gateway.regionId}
          gatewayId={gateway.id}
          eip={editing}
          onClose={() => setEditing(null)}
        />
      )}
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
