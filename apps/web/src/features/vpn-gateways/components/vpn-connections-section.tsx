import type { CustomerGateway, VpnConnection, VpnGateway } from '@gc/contracts';
import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
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
import { DualConnectionModal } from './dual-connection-modal';
import { EditVpnConnectionModal } from './edit-vpn-connection-modal';
import { DownloadPeerConfigButton } from './download-peer-config-button';
import { TunnelStatusBadge } from './tunnel-status-badge';
import { IdCell } from '../../../components/ui/id-cell';

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
  const [editing, setEditing] = useState<VpnConnection | null>(null);
  // Dual-tunnel gateways take only dual-tunnel connections (REFERENCE-2 §1.1).
  const dualGateway = gateway.disasterRecoveryInternetIp !== '';
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
                    <Anchor
                      component={Link}
                      fz="sm"
                      to={`/regions/${gateway.regionId}/vpn-gateways/${gateway.id}/connections/${c.id}`}
                    >
                      {c.name || c.id}
                    </Anchor>
                    <IdCell id={c.id} dimmed />
                  </Table.Td>
                  <Table.Td>
                    {(c.tunnelMode === 'dual'
                      ? [...new Set(c.tunnels.map((x) => x.customerGatewayId))]
                      : [c.customerGatewayId]
                    ).map((id) => (
                      <Text key={id} fz="sm">
                        {cgwLabel(id)}
                      </Text>
                    ))}
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
                    {c.tunnelMode === 'dual' && (
                      <Text fz="xs" c="dimmed">
                        {t('vpnTunnels.mode.dual')}
                        {c.activeTunnelId &&
                          ` · ${t(`vpnTunnels.role.${c.tunnels.find((x) => x.id === c.activeTunnelId)?.role ?? 'master'}`)}`}
                      </Text>
                    )}
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
                          disabled={c.state === 'deleting' || gateway.status !== 'active'}
                          aria-label={t('vpnTunnels.editOne', { id: c.id })}
                          onClick={() => setEditing(c)}
                        >
                          {t('vpnTunnels.edit')}
                        </Button>
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
      {adding &&
        (dualGateway ? (
          <DualConnectionModal gateway={gateway} onClose={() => setAdding(false)} />
        ) : (
          <CreateVpnConnectionModal gateway={gateway} onClose={() => setAdding(false)} />
        ))}
      {editing &&
        (editing.tunnelMode === 'dual' ? (
          <DualConnectionModal
            gateway={gateway}
            connection={editing}
            onClose={() => setEditing(null)}
          />
        ) : (
          <EditVpnConnectionModal
            gateway={gateway}
            connection={editing}
            onClose={() => setEditing(null)}
          />
        ))}
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

/** Re-exported from its own file, where the gateway detail page has always imported it. */
export { UsedCustomerGatewaysSection } from './used-customer-gateways-section';
