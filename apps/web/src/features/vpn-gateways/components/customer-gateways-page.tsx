import type { CustomerGateway } from '@gc/contracts';
import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorDetails } from '../../../components/ui/error-details';
import { errorMessage } from '../../../components/ui/error-message';
import { ErrorState } from '../../../components/ui/error-state';
import { notifySuccess } from '../../../components/ui/notify-error';
import { PageHeader } from '../../../components/ui/page-header';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { OperatorOnly } from '../../../lib/operator-only';
import { useCustomerGateways, useDeleteCustomerGateway } from '../api/customer-gateways';
import { formatDateTime } from '../../../lib/format';
import { CreateCustomerGatewayModal } from './create-customer-gateway-modal';
import { VpnSectionTabs } from './vpn-section-tabs';

/** The customer gateways of a region: list, register, delete (refused while in use). */
export function CustomerGatewaysPage({ regionId }: { regionId: string }) {
  const { t, i18n } = useTranslation();
  const query = useCustomerGateways(regionId);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<CustomerGateway | null>(null);
  const title = t('vpn.cgw.title');
  return (
    <>
      <PageHeader
        title={title}
        actions={
          <>
            <Button variant="default" onClick={() => void query.refetch()}>
              {t('common.refresh')}
            </Button>
            <OperatorOnly>
              <Button onClick={() => setCreating(true)}>{t('vpn.cgw.open')}</Button>
            </OperatorOnly>
          </>
        }
      />
      <VpnSectionTabs regionId={regionId} current="customer-gateways" />
      {query.isPending ? (
        <TableSkeleton />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text role="status">{t('vpn.cgw.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table aria-label={title} striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('vpn.columns.name')}</Table.Th>
                <Table.Th>{t('vpn.cgw.ipAddress')}</Table.Th>
                <Table.Th>{t('vpn.cgw.asn')}</Table.Th>
                <Table.Th>{t('vpn.fields.description')}</Table.Th>
                <Table.Th>{t('vpn.cgw.usedBy')}</Table.Th>
                <Table.Th>{t('vpn.fields.createTime')}</Table.Th>
                <OperatorOnly>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </OperatorOnly>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.items.map((c) => (
                <Table.Tr key={c.id} data-row-id={c.id}>
                  <Table.Td>
                    <Text fz="sm" fw={500}>
                      {c.name || t('common.none')}
                    </Text>
                    <Text fz="xs" c="dimmed" ff="monospace">
                      {c.id}
                    </Text>
                  </Table.Td>
                  <Table.Td ff="monospace">{c.ipAddress}</Table.Td>
                  <Table.Td>{c.asn ?? t('common.none')}</Table.Td>
                  <Table.Td>{c.description || t('common.none')}</Table.Td>
                  <Table.Td>
                    {c.connectionIds.length === 0
                      ? t('vpn.cgw.unused')
                      : t('vpn.cgw.connections', { count: c.connectionIds.length })}
                  </Table.Td>
                  <Table.Td>{formatDateTime(c.createTime, i18n.language)}</Table.Td>
                  <OperatorOnly>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        color="red"
                        aria-label={t('vpn.cgw.deleteOne', { id: c.id })}
                        onClick={() => setDeleting(c)}
                      >
                        {t('common.delete')}
                      </Button>
                    </Table.Td>
                  </OperatorOnly>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && (
        <CreateCustomerGatewayModal regionId={regionId} onClose={() => setCreating(false)} />
      )}
      {deleting && (
        <DeleteCustomerGatewayModal
          regionId={regionId}
          gateway={deleting}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  );
}

/** Confirms a delete; a refusal (a connection still uses it) is explained in the dialog. */
function DeleteCustomerGatewayModal({
  regionId,
  gateway,
  onClose,
}: {
  regionId: string;
  gateway: CustomerGateway;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const remove = useDeleteCustomerGateway(regionId);
  const inUse = remove.error?.code === 'DependencyViolation.VpnConnection';
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('vpn.cgw.deleteTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text>{t('vpn.cgw.deleteConfirm', { name: gateway.name || gateway.id })}</Text>
        {remove.error && (
          <Alert color="red" variant="outline" role="alert" title={t('vpn.cgw.deleteRefused')}>
            <Stack gap={4}>
              <Text fz="sm">
                {inUse
                  ? t('vpn.cgw.inUse', {
                      count: gateway.connectionIds.length,
                      ids: gateway.connectionIds.join(', '),
                    })
                  : errorMessage(remove.error, t)}
              </Text>
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
              remove.mutate(gateway.id, {
                onSuccess: () => {
                  notifySuccess(t('vpn.cgw.deleted', { name: gateway.name || gateway.id }));
                  onClose();
                },
              })
            }
          >
            {t('common.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
