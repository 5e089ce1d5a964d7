import type { CustomerGateway } from '@gc/contracts';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import { PageHeader } from '../../../components/ui/page-header';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { OperatorOnly } from '../../../lib/operator-only';
import { useCustomerGateways } from '../api/customer-gateways';
import { useVpnConnections } from '../api/vpn-connections';
import { useVpnGateway } from '../api/vpn-gateways';
import { DeleteVpnGatewayModal } from './delete-vpn-gateway-modal';
import { RenameVpnGatewayModal } from './rename-vpn-gateway-modal';
import { UsedCustomerGatewaysSection, VpnConnectionsSection } from './vpn-connections-section';
import { VpnGatewayAttributes } from './vpn-gateway-attributes';
import { ResourceStatusBadge } from '../../../components/ui/status-badge';
import { VPN_STATUS } from '../utils/vpn-status';

/** One VPN gateway: attributes, IPsec connections with tunnel state, the customer gateways used. */
export function VpnGatewayDetail({ regionId, id }: { regionId: string; id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useVpnGateway(regionId, id);
  const connections = useVpnConnections(regionId, id);
  const cgws = useCustomerGateways(regionId);
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const listPath = `/regions/${regionId}/vpn-gateways`;
  const back = (
    <Anchor component={Link} to={listPath} fz="sm">
      ← {t('vpn.detail.back')}
    </Anchor>
  );

  if (query.isPending) return <TableSkeleton />;
  if (query.isError) {
    return (
      <Stack>
        {back}
        <ErrorState
          error={query.error}
          title={query.error.status === 404 ? t('vpn.detail.notFound') : undefined}
          onRetry={() => void query.refetch()}
        />
      </Stack>
    );
  }
  const gateway = query.data;
  const busy = gateway.status !== 'active';
  const byId = new Map<string, CustomerGateway>((cgws.data?.items ?? []).map((c) => [c.id, c]));
  const items = connections.data?.items ?? [];
  const used = [...new Set(items.map((c) => c.customerGatewayId))]
    .map((cid) => byId.get(cid))
    .filter((c): c is CustomerGateway => c !== undefined);

  return (
    <Stack>
      {back}
      <PageHeader
        title={
          <Group gap="sm" component="span">
            <span>{gateway.name || gateway.id}</span>
            <ResourceStatusBadge table={VPN_STATUS} status={gateway.status} />
          </Group>
        }
        actions={
          <OperatorOnly>
            <Button variant="default" disabled={busy} onClick={() => setDialog('rename')}>
              {t('vpn.rename.open')}
            </Button>
            <Button
              color="red"
              disabled={gateway.status === 'deleting' || connections.isPending}
              onClick={() => setDialog('delete')}
            >
              {t('common.delete')}
            </Button>
          </OperatorOnly>
        }
      />
      {busy && (
        <Text fz="sm" role="status">
          {t('vpn.detail.busy')}
        </Text>
      )}
      <VpnGatewayAttributes gateway={gateway} />
      <VpnConnectionsSection
        gateway={gateway}
        connections={{
          isPending: connections.isPending,
          error: connections.error,
          items,
          refetch: () => void connections.refetch(),
        }}
        customerGateways={byId}
      />
      <UsedCustomerGatewaysSection used={used} />
      {dialog === 'rename' && (
        <RenameVpnGatewayModal gateway={gateway} onClose={() => setDialog(null)} />
      )}
      {dialog === 'delete' && (
        <DeleteVpnGatewayModal
          gateway={gateway}
          connections={items}
          onClose={() => setDialog(null)}
          onDeleted={() => void navigate(listPath)}
        />
      )}
    </Stack>
  );
}
