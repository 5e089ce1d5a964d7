import type { SslVpnServer, VpnGateway } from '@gc/contracts';
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChildListSection } from '../../../components/ui/child-list-section';
import { Mono } from '../../../components/ui/list-page/columns';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import { Section } from '../../../components/ui/section';
import { OperatorOnly } from '../../../lib/operator-only';
import { useSslVpnMutations, useSslVpnServers } from './ssl-vpn-api';
import { SslVpnServerModal } from './ssl-vpn-server-modal';
import { IdCell } from '../../../components/ui/id-cell';

/** The gateway is applying a change (REFERENCE-2 §7.1): SSL writes wait, the lists poll. */
export const isGatewayBusy = (g: VpnGateway) => g.status !== 'active';

/**
 * The gateway's SSL-VPN servers (REFERENCE-2 §3): client CIDR, local CIDRs, protocol/port,
 * cipher, compression, two-factor, connections; operators create, edit and delete.
 */
export function SslVpnSection({ gateway }: { gateway: VpnGateway }) {
  const { t } = useTranslation();
  const busy = isGatewayBusy(gateway);
  const query = useSslVpnServers(gateway.regionId, gateway.id, busy && gateway.sslEnabled);
  const { removeServer } = useSslVpnMutations(gateway.regionId);
  const [editing, setEditing] = useState<SslVpnServer | null>(null);
  const label = (s: SslVpnServer) => s.name || s.id;
  const onOff = (v: boolean) => (v ? t('common.on') : t('common.off'));
  if (!gateway.sslEnabled) {
    return (
      <Section title={t('sslVpn.section.title')}>
        <Text c="dimmed">{t('sslVpn.section.off')}</Text>
      </Section>
    );
  }
  return (
    <Stack gap="xs">
      {busy && (
        <Alert color="yellow" role="status">
          {t('sslVpn.section.busy')}
        </Alert>
      )}
      <ChildListSection
        title={t('sslVpn.section.title')}
        query={query}
        empty={t('sslVpn.section.empty')}
        minWidth={900}
        columns={[
          {
            id: 'name',
            header: t('sslVpn.server.name'),
            cell: (s) => (
              <>
                <Anchor
                  component={Link}
                  fz="sm"
                  to={`/regions/${s.regionId}/vpn-gateways/${s.vpnGatewayId}/ssl-vpn-servers/${s.id}`}
                  aria-label={t('sslVpn.section.open', { name: label(s) })}
                >
                  {label(s)}
                </Anchor>
                <IdCell id={s.id} dimmed />
              </>
            ),
          },
          {
            id: 'pool',
            header: t('sslVpn.server.clientIpPool'),
            cell: (s) => <Mono>{s.clientIpPool}</Mono>,
          },
          {
            id: 'local',
            header: t('sslVpn.server.localSubnet'),
            cell: (s) => <Mono>{s.localSubnet}</Mono>,
          },
          {
            id: 'port',
            header: t('sslVpn.server.protoPort'),
            cell: (s) => `${s.proto} / ${s.port}`,
          },
          { id: 'cipher', header: t('sslVpn.server.cipher'), cell: (s) => s.cipher },
          { id: 'compress', header: t('sslVpn.server.compress'), cell: (s) => onOff(s.compress) },
          {
            id: 'mfa',
            header: t('sslVpn.server.mfa'),
            cell: (s) => onOff(s.enableMultiFactorAuth),
          },
          {
            id: 'connections',
            header: t('sslVpn.server.connections'),
            cell: (s) => `${s.connections} / ${s.maxConnections}`,
          },
          {
            id: 'edit',
            header: '',
            cell: (s) => (
              <OperatorOnly>
                <Button
                  size="xs"
                  variant="default"
                  disabled={busy}
                  aria-label={t('sslVpn.section.editFor', { name: label(s) })}
                  onClick={() => setEditing(s)}
                >
                  {t('sslVpn.section.edit')}
                </Button>
              </OperatorOnly>
            ),
          },
        ]}
        add={{
          label: t('sslVpn.section.create'),
          disabled: busy,
          dialog: (close) => <SslVpnServerModal gateway={gateway} onClose={close} />,
        }}
        remove={{
          label: (s) => t('sslVpn.section.deleteFor', { name: label(s) }),
          disabled: () => busy,
          confirmTitle: t('sslVpn.section.deleteTitle'),
          confirmMessage: (s) => t('sslVpn.section.deleteConfirm', { name: label(s) }),
          pending: removeServer.isPending,
          run: (s, done) =>
            removeServer.mutate(s.id, {
              onSuccess: () => {
                notifySuccess(t('sslVpn.section.deleted', { name: label(s) }));
                done();
              },
              onError: (error) => notifyError(error, t),
            }),
        }}
      />
      {editing && (
        <SslVpnServerModal gateway={gateway} server={editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
