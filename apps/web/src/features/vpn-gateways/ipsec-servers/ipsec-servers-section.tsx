import type { IpsecServer, VpnGateway } from '@gc/contracts';
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChildListSection } from '../../../components/ui/child-list-section';
import { Mono } from '../../../components/ui/list-page/columns';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import { useCanMutate } from '../../../lib/auth';
import { IpsecServerFormModal } from './ipsec-server-form-modal';
import { IpsecServerLogsModal } from './ipsec-server-logs-modal';
import { useIpsecServerMutations, useIpsecServers } from './ipsec-servers-api';
import { IdCell } from '../../../components/ui/id-cell';

/**
 * The gateway's IPsec server (client-to-site over IPsec): settings, endpoint, clients, logs;
 * operators create, edit and delete it. Creation needs SSL-VPN on and an active gateway.
 */
export function IpsecServersSection({ gateway }: { gateway: VpnGateway }) {
  const { t } = useTranslation();
  const canMutate = useCanMutate();
  const query = useIpsecServers(gateway.regionId, gateway.id);
  const { remove } = useIpsecServerMutations(gateway.regionId, gateway.id);
  const [editing, setEditing] = useState<IpsecServer | null>(null);
  const [reading, setReading] = useState<IpsecServer | null>(null);
  const label = (s: IpsecServer) => s.name || s.id;
  const active = gateway.status === 'active';
  const has = (query.data?.items.length ?? 0) > 0;

  return (
    <>
      <ChildListSection
        title={t('ipsecServers.title')}
        query={query}
        empty={gateway.sslEnabled ? t('ipsecServers.empty') : t('ipsecServers.needsSsl')}
        minWidth={820}
        columns={[
          {
            id: 'name',
            header: t('ipsecServers.name'),
            cell: (s) => (
              <>
                <Text fz="sm">{label(s)}</Text>
                <IdCell id={s.id} dimmed />
              </>
            ),
          },
          {
            id: 'pool',
            header: t('ipsecServers.clientIpPool'),
            cell: (s) => <Mono>{s.clientIpPool}</Mono>,
          },
          {
            id: 'local',
            header: t('ipsecServers.localSubnet'),
            cell: (s) => <Mono>{s.localSubnet}</Mono>,
          },
          {
            id: 'ike',
            header: t('ipsecServers.negotiation'),
            cell: (s) => (
              <Text fz="sm">
                {`${s.ikeConfig.ikeVersion} ${s.ikeConfig.ikeEncAlg}/${s.ikeConfig.ikeAuthAlg}, ${s.ipsecConfig.ipsecPfs}`}
              </Text>
            ),
          },
          {
            id: 'endpoint',
            header: t('ipsecServers.endpoint'),
            cell: (s) => <Mono>{s.internetIp}</Mono>,
          },
          {
            id: 'clients',
            header: t('ipsecServers.clients'),
            cell: (s) => `${s.onlineClientCount} / ${s.maxConnections}`,
          },
          {
            id: 'more',
            header: t('ipsecServers.more'),
            cell: (s) => (
              <Group gap={4} wrap="nowrap">
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('ipsecServers.logsFor', { name: label(s) })}
                  onClick={() => setReading(s)}
                >
                  {t('ipsecServers.logs')}
                </Button>
                {canMutate && (
                  <Button
                    size="xs"
                    variant="default"
                    disabled={!active}
                    aria-label={t('ipsecServers.editFor', { name: label(s) })}
                    onClick={() => setEditing(s)}
                  >
                    {t('ipsecServers.edit')}
                  </Button>
                )}
              </Group>
            ),
          },
        ]}
        add={{
          label: t('ipsecServers.create'),
          disabled: !active || !gateway.sslEnabled || has,
          dialog: (close) => <IpsecServerFormModal gateway={gateway} onClose={close} />,
        }}
        remove={{
          label: (s) => t('ipsecServers.deleteFor', { name: label(s) }),
          disabled: () => !active,
          confirmTitle: t('ipsecServers.deleteTitle'),
          confirmMessage: (s) => t('ipsecServers.deleteConfirm', { name: label(s) }),
          pending: remove.isPending,
          run: (s, done) =>
            remove.mutate(s.id, {
              onSuccess: () => {
                notifySuccess(t('ipsecServers.deleted', { name: label(s) }));
                done();
              },
              onError: (error) => notifyError(error, t),
            }),
        }}
      />
      {editing && (
        <IpsecServerFormModal gateway={gateway} server={editing} onClose={() => setEditing(null)} />
      )}
      {reading && (
        <IpsecServerLogsModal
          regionId={gateway.regionId}
          server={reading}
          onClose={() => setReading(null)}
        />
      )}
    </>
  );
}
