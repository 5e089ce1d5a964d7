import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../components/ui/notify-error';
import { toApiError } from '../../../lib/api-error';
import { fetchPeerConfig } from '../api/vpn-connections';
import { saveTextFile } from '../utils/save-text-file';

/**
 * Downloads a connection's peer configuration as a text file. It is fetched on click, outside
 * react-query's caches, so the pre-shared key is not kept in memory after the download.
 */
export function DownloadPeerConfigButton({
  regionId,
  connectionId,
}: {
  regionId: string;
  connectionId: string;
}) {
  const { t } = useTranslation();
  const [loading, setLoading] = useState(false);
  const download = async () => {
    setLoading(true);
    try {
      const config = await fetchPeerConfig(regionId, connectionId);
      saveTextFile(config.fileName, config.content);
      notifySuccess(
        config.includesPsk ? t('vpn.peerConfig.saved') : t('vpn.peerConfig.savedMasked'),
      );
    } catch (error) {
      notifyError(toApiError(error), t);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Button
      size="xs"
      variant="default"
      loading={loading}
      aria-label={t('vpn.peerConfig.downloadOne', { id: connectionId })}
      // Built from DownloadVpnConnectionConfig: one block per tunnel (both of a dual-tunnel one).
      title={t('vpnDiagnostics.peerConfig.hint')}
      onClick={() => void download()}
    >
      {t('vpn.peerConfig.download')}
    </Button>
  );
}
