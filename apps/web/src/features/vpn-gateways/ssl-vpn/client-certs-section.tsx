import type { SslVpnClientCert } from '@gc/contracts';
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChildListSection } from '../../../components/ui/child-list-section';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import { StatusBadge, type StatusTone } from '../../../components/ui/status-badge';
import { toApiError } from '../../../lib/api-error';
import { OperatorOnly } from '../../../lib/operator-only';
import { saveTextFile } from '../utils/save-text-file';
import { CertNameModal } from './cert-name-modal';
import { fetchClientConfig, useSslVpnCerts, useSslVpnMutations } from './ssl-vpn-api';
import { IdCell } from '../../../components/ui/id-cell';

const TONE: Record<SslVpnClientCert['status'], StatusTone> = {
  normal: 'ok',
  'expiring-soon': 'warning',
  expired: 'danger',
};
const day = (iso: string) => iso.slice(0, 10);

/**
 * The server's client certificates: name, status and validity for everyone; operators issue,
 * rename, delete (the dialog warns it disconnects every client, §3.7) and download the `.ovpn`.
 */
export function ClientCertsSection(props: { regionId: string; serverId: string; busy: boolean }) {
  const { regionId, serverId, busy } = props;
  const { t } = useTranslation();
  const query = useSslVpnCerts(regionId, serverId, busy);
  const { removeCert } = useSslVpnMutations(regionId);
  const [renaming, setRenaming] = useState<SslVpnClientCert | null>(null);
  const [downloading, setDownloading] = useState<string | null>(null);
  const label = (c: SslVpnClientCert) => c.name || c.id;
  const download = async (c: SslVpnClientCert) => {
    setDownloading(c.id);
    try {
      const text = await fetchClientConfig(regionId, serverId, c.id);
      const file = `${c.id}.ovpn`;
      saveTextFile(file, text);
      notifySuccess(t('sslVpn.certs.downloaded', { file }));
    } catch (error) {
      notifyError(toApiError(error), t);
    } finally {
      setDownloading(null);
    }
  };
  return (
    <>
      <ChildListSection
        title={t('sslVpn.certs.title')}
        query={query}
        empty={t('sslVpn.certs.empty')}
        minWidth={760}
        columns={[
          {
            id: 'name',
            header: t('sslVpn.certs.name'),
            cell: (c) => (
              <>
                <Text fz="sm">{label(c)}</Text>
                <IdCell id={c.id} dimmed />
              </>
            ),
          },
          {
            id: 'status',
            header: t('sslVpn.certs.status'),
            cell: (c) => (
              <StatusBadge label={t(`sslVpn.certs.${c.status}`)} tone={TONE[c.status]} />
            ),
          },
          {
            id: 'created',
            header: t('sslVpn.certs.creationTime'),
            cell: (c) => day(c.creationTime),
          },
          { id: 'end', header: t('sslVpn.certs.endTime'), cell: (c) => day(c.endTime) },
          {
            id: 'ops',
            header: '',
            cell: (c) => (
              <OperatorOnly>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="default"
                    loading={downloading === c.id}
                    aria-label={t('sslVpn.certs.downloadFor', { name: label(c) })}
                    onClick={() => void download(c)}
                  >
                    {t('sslVpn.certs.download')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    disabled={busy}
                    aria-label={t('sslVpn.certs.renameFor', { name: label(c) })}
                    onClick={() => setRenaming(c)}
                  >
                    {t('sslVpn.certs.rename')}
                  </Button>
                </Group>
              </OperatorOnly>
            ),
          },
        ]}
        add={{
          label: t('sslVpn.certs.create'),
          disabled: busy,
          dialog: (close) => (
            <CertNameModal regionId={regionId} serverId={serverId} onClose={close} />
          ),
        }}
        remove={{
          label: (c) => t('sslVpn.certs.deleteFor', { name: label(c) }),
          disabled: () => busy,
          confirmTitle: t('sslVpn.certs.deleteTitle'),
          confirmMessage: (c) => t('sslVpn.certs.deleteConfirm', { name: label(c) }),
          pending: removeCert.isPending,
          run: (c, done) =>
            removeCert.mutate(
              { id: serverId, certId: c.id },
              {
                onSuccess: () => {
                  notifySuccess(t('sslVpn.certs.deleted', { name: label(c) }));
                  done();
                },
                onError: (error) => notifyError(error, t),
              },
            ),
        }}
      />
      {renaming && (
        <CertNameModal
          regionId={regionId}
          serverId={serverId}
          cert={renaming}
          onClose={() => setRenaming(null)}
        />
      )}
    </>
  );
}
