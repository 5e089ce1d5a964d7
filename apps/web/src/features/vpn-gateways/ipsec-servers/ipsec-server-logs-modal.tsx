import type { IpsecServer } from '@gc/contracts';
import { Code, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { useIpsecServerLogs } from './ipsec-servers-api';

/** The last hour of an IPsec server's log lines (the API's raw text, monospace). */
export function IpsecServerLogsModal(props: {
  regionId: string;
  server: IpsecServer;
  onClose: () => void;
}) {
  const { regionId, server, onClose } = props;
  const { t } = useTranslation();
  const logs = useIpsecServerLogs(regionId, server.id);
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('ipsecServers.logsTitle', { name: server.name || server.id })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {logs.isPending ? (
        <TableSkeleton rows={3} />
      ) : logs.error ? (
        <ErrorState error={logs.error} onRetry={() => void logs.refetch()} />
      ) : logs.data.lines.length === 0 ? (
        <Text c="dimmed">{t('ipsecServers.noLogs')}</Text>
      ) : (
        <Code block aria-label={t('ipsecServers.logLines')}>
          {logs.data.lines.join('\n')}
        </Code>
      )}
    </Modal>
  );
}
