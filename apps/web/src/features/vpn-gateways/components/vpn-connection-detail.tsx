import type { CustomerGateway } from '@gc/contracts';
import { Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import { PageHeader } from '../../../components/ui/page-header';
import { PageLoader } from '../../../components/ui/page-loader';
import { Section } from '../../../components/ui/section';
import { OperatorOnly } from '../../../lib/operator-only';
import { useCustomerGateways } from '../api/customer-gateways';
import { useVpnConnection } from '../api/vpn-connection-edits';
import { useVpnGateway } from '../api/vpn-gateways';
import { DualConnectionModal } from './dual-connection-modal';
import { EditVpnConnectionModal } from './edit-vpn-connection-modal';
import { TunnelStatusBadge } from './tunnel-status-badge';
import { VpnTunnelsTable } from './vpn-tunnels-table';
import { ConnectionLogsSection } from './connection-logs-section.tsx';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text fz="xs" c="dimmed">
        {label}
      </Text>
      <Text fz="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

/**
 * One IPsec connection: its settings and, for a dual-tunnel connection, both tunnels with the
 * one carrying traffic. Polls, so a failover (a peer down) shows within seconds.
 */
export function VpnConnectionDetail({
  regionId,
  vpnGatewayId,
  id,
}: {
  regionId: string;
  vpnGatewayId: string;
  id: string;
}) {
  const { t } = useTranslation();
  const query = useVpnConnection(regionId, id);
  const gateway = useVpnGateway(regionId, vpnGatewayId);
  const cgws = useCustomerGateways(regionId);
  const [editing, setEditing] = useState(false);
  const byId = new Map<string, CustomerGateway>((cgws.data?.items ?? []).map((c) => [c.id, c]));
  const back = (
    <Anchor component={Link} to={`/regions/${regionId}/vpn-gateways/${vpnGatewayId}`} fz="sm">
      {t('vpnTunnels.detail.back')}
    </Anchor>
  );
  if (query.isPending) return <PageLoader />;
  if (query.error)
    return (
      <Stack>
        {back}
        <ErrorState
          error={query.error}
          title={query.error.status === 404 ? t('vpnTunnels.detail.notFound') : undefined}
          onRetry={() => void query.refetch()}
        />
      </Stack>
    );
  const c = query.data;
  const dual = c.tunnelMode === 'dual';
  const gw = gateway.data;
  return (
    <Stack>
      {back}
      <PageHeader
        title={c.name || c.id}
        actions={
          <OperatorOnly>
            <Button
              disabled={!gw || gw.status !== 'active' || c.state === 'deleting'}
              onClick={() => setEditing(true)}
            >
              {t('vpnTunnels.edit')}
            </Button>
          </OperatorOnly>
        }
      />
      <Section title={c.id}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label={t('vpnTunnels.fields.gateway')}>{gw?.name || vpnGatewayId}</Field>
          <Field label={t('vpnTunnels.fields.mode')}>{t(`vpnTunnels.mode.${c.tunnelMode}`)}</Field>
          <Field label={t('vpnTunnels.fields.state')}>
            {t(`vpn.attachState.${c.state}`, { defaultValue: c.state })}
          </Field>
          <Field label={t('vpnTunnels.fields.status')}>
            <TunnelStatusBadge status={c.status} />
          </Field>
          <Field label={t('vpnTunnels.fields.subnets')}>
            <Text fz="xs">
              {t('vpn.connections.localSubnets', { value: c.localSubnets.join(', ') })}
            </Text>
            <Text fz="xs">
              {t('vpn.connections.remoteSubnets', { value: c.remoteSubnets.join(', ') })}
            </Text>
          </Field>
          <Field label={t('vpnTunnels.fields.effectImmediately')}>
            {c.effectImmediately ? t('common.yes') : t('common.no')}
          </Field>
        </SimpleGrid>
      </Section>
      <Section title={t('vpnTunnels.detail.tunnels')}>
        {dual ? (
          <Stack gap="xs">
            {c.activeTunnelId === '' && (
              <Text fz="sm" c="red">
                {t('vpnTunnels.detail.noCarrier')}
              </Text>
            )}
            <VpnTunnelsTable connection={c} customerGateways={byId} />
          </Stack>
        ) : (
          <Group>
            <Text fz="sm">{t('vpnTunnels.detail.single')}</Text>
          </Group>
        )}
      </Section>
      <ConnectionLogsSection regionId={regionId} vpnConnectionId={id} />
      {editing &&
        gw &&
        (dual ? (
          <DualConnectionModal gateway={gw} connection={c} onClose={() => setEditing(false)} />
        ) : (
          <EditVpnConnectionModal gateway={gw} connection={c} onClose={() => setEditing(false)} />
        ))}
    </Stack>
  );
}
