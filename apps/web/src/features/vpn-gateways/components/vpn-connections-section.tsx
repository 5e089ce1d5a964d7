import type { CustomerGateway, VpnConnection, VpnGateway } from '@gc/contracts';
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { ErrorState } from '../../../components/ui/error-state';
import { notifyError } from '../../../components/ui/notify-error';
import { Section } from '../../../components/ui/section';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import type { ApiError } from '../../../lib/api-error';
import { OperatorOnly } from '../../../lib/operator-only';
import { useDeleteVpnConnection } from '../api/vpn-connections';
import { CreateVpnConnectionModal } from './create-vpn-connection-modal';
import { DownloadPeerConfigButton } from './download-peer-config-button';
import { TunnelStatusBadge } from './tunnel-status-badge';

interface Props {
  gateway: VpnGateway;
  connections: {
    isPending: boolean;
    error: ApiError | null;
    items: VpnConnection[];
    refetch: () => void;
  };
  customerGateways: Map<string, CustomerGateway>;
}

/** The gateway's IPsec connections: tunnel state, subnets, peer config; add and delete. */
export function VpnConnectionsSection({ gateway, connections, customerGateways }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<VpnConnection | null>(null);
  const remove = useDeleteVpnConnection(gateway.regionId, gateway.id);
  const title = t('vpn.connections.title');
  const canAdd = gateway.status === 'active' && gateway.ipsecEnabled;
  const cgwLabel = (id: string) => {
    const c = customerGateways.get(id);
    return c ? `${c.name || c.id} (${c.ipAddress})` : id;
  };
  return (
    <Section
      title={title}
      actions={
        <OperatorOnly>
          <Button size="xs" disabled={!canAdd} onClick={() => setAdding(true)}>
            {t('vpn.connections.add')}
          </Button>
        </OperatorOnly>
      }
    >
      {!gateway.ipsecEnabled && (
        <Text fz="sm" mb="xs">
          {t('vpn.connections.ipsecOff')}
        </Text>
      )}
      {connections.isPending ? (
        <TableSkeleton rows={2} />
      ) : connections.error ? (
        <ErrorState error={connections.error} onRetry={connections.refetch} />
      ) : connections.items.length === 0 ? (
        <Text fz="sm">{t('vpn.connections.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('vpn.columns.name')}</Table.Th>
                <Table.Th>{t('vpn.connections.customerGateway')}</Table.Th>
                <Table.Th>{t('vpn.connections.subnets')}</Table.Th>
                <Table.Th>{t('vpn.connections.tunnel')}</Table.Th>
                <Table.Th>{t('vpn.connections.state')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {connections.items.map((c) => (
                <Table.Tr key={c.id} data-row-id={c.id}>
                  <Table.Td>
                    <Text fz="sm">{c.name || t('common.none')}</Text>
                    <Text fz="xs" c="dimmed" ff="monospace">
                      {c.id}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm">{cgwLabel(c.customerGatewayId)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text fz="xs">
                      {t('vpn.connections.localSubnets', { value: c.localSubnets.join(', ') })}
                    </Text>
                    <Text fz="xs">
                      {t('vpn.connections.remoteSubnets', { value: c.remoteSubnets.join(', ') })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <TunnelStatusBadge status={c.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text fz="sm">
                      {t(`vpn.attachState.${c.state}`, { defaultValue: c.state })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <DownloadPeerConfigButton regionId={gateway.regionId} connectionId={c.id} />
                      <OperatorOnly>
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          disabled={c.state === 'deleting' || gateway.status !== 'active'}
                          aria-label={t('vpn.connections.deleteOne', { id: c.id })}
                          onClick={() => setDeleting(c)}
                        >
                          {t('common.delete')}
                        </Button>
                      </OperatorOnly>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {adding && <CreateVpnConnectionModal gateway={gateway} onClose={() => setAdding(false)} />}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('vpn.connections.deleteTitle')}
        message={t('vpn.connections.deleteConfirm', { id: deleting?.id ?? '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => setDeleting(null),
            onError: (error) => notifyError(error, t),
          })
        }
      />
    </Section>
  );
}

/** The customer gateways the connections use (what the office side must match). */
export function UsedCustomerGatewaysSection({ used }: { used: CustomerGateway[] }) {
  const { t } = useTranslation();
  const title = t('vpn.detail.usedCustomerGateways');
  return (
    <Section title={title}>
      {used.length === 0 ? (
        <Text fz="sm">{t('vpn.detail.noCustomerGateways')}</Text>
      ) : (
        <Stack gap={4}>
          <Table aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('vpn.columns.name')}</Table.Th>
                <Table.Th>{t('vpn.cgw.ipAddress')}</Table.Th>
                <Table.Th>{t('vpn.cgw.asn')}</Table.Th>
                <Table.Th>{t('vpn.fields.description')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {used.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Text fz="sm">{c.name || t('common.none')}</Text>
                    <Text fz="xs" c="dimmed" ff="monospace">
                      {c.id}
                    </Text>
                  </Table.Td>
                  <Table.Td ff="monospace">{c.ipAddress}</Table.Td>
                  <Table.Td>{c.asn ?? t('common.none')}</Table.Td>
                  <Table.Td>{c.description || t('common.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Section>
  );
}
