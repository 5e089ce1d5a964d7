import { Alert, Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import { PageLoader } from '../../../components/ui/page-loader';
import { Section } from '../../../components/ui/section';
import { useVpnGateway } from '../api/vpn-gateways';
import { ClientCertsSection } from './client-certs-section';
import { SslClientsSection, SslLogsSection } from './ssl-activity-sections';
import { useSslVpnServer } from './ssl-vpn-api';
import { isGatewayBusy } from './ssl-vpn-section';

/** One SSL-VPN server: its settings, client certificates, connected clients and logs. */
export function SslVpnServerDetail(props: { regionId: string; vpnGatewayId: string; id: string }) {
  const { regionId, vpnGatewayId, id } = props;
  const { t } = useTranslation();
  const gateway = useVpnGateway(regionId, vpnGatewayId);
  // The gateway is the lock of every SSL write (§7.1): while it is busy, writes wait and lists poll.
  const busy = gateway.data ? isGatewayBusy(gateway.data) : false;
  const query = useSslVpnServer(regionId, id, busy);
  const back = (
    <Anchor component={Link} to={`/regions/${regionId}/vpn-gateways/${vpnGatewayId}`}>
      {t('sslVpn.detail.back')}
    </Anchor>
  );
  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    const gone = query.error.status === 404;
    return (
      <Stack>
        {back}
        {gone ? (
          <Alert color="gray">{t('sslVpn.detail.notFound')}</Alert>
        ) : (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        )}
      </Stack>
    );
  }
  const s = query.data;
  const rows: [string, string][] = [
    [t('sslVpn.server.gateway'), s.vpnGatewayId],
    [t('sslVpn.server.internetIp'), s.internetIp],
    [t('sslVpn.server.clientIpPool'), s.clientIpPool],
    [t('sslVpn.server.localSubnet'), s.localSubnet],
    [t('sslVpn.server.protoPort'), `${s.proto} / ${s.port}`],
    [t('sslVpn.server.cipher'), s.cipher],
    [t('sslVpn.server.compress'), s.compress ? t('common.on') : t('common.off')],
    [t('sslVpn.server.mfa'), s.enableMultiFactorAuth ? t('common.on') : t('common.off')],
    [t('sslVpn.server.connections'), `${s.connections} / ${s.maxConnections}`],
    [t('sslVpn.server.dnsServers'), s.dnsServers || t('common.none')],
    [t('sslVpn.server.creationTime'), s.creationTime.replace('T', ' ').slice(0, 19)],
  ];
  return (
    <Stack>
      {back}
      <Title order={1} fz="h2">
        {t('sslVpn.detail.title', { name: s.name || s.id })}
      </Title>
      {busy && (
        <Alert color="yellow" role="status">
          {t('sslVpn.section.busy')}
        </Alert>
      )}
      <Section title={t('common.attributes')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {rows.map(([k, v]) => (
            <div key={k}>
              <Text fz="xs" c="dimmed">
                {k}
              </Text>
              <Text fz="sm" ff="monospace">
                {v}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Section>
      <ClientCertsSection regionId={regionId} serverId={id} busy={busy} />
      <SslClientsSection regionId={regionId} serverId={id} />
      <SslLogsSection regionId={regionId} serverId={id} />
    </Stack>
  );
}
