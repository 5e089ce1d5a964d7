import type { AuditEntry } from '@gc/contracts';
import { Code, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/ui/status-badge';
import { CopyableId } from './copyable-id';

/** The outcome badge, the upstream Code of a failure, and the copyable upstream RequestId. */
export function AuditOutcome({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const failed = entry.outcome === 'failure';
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap">
        <StatusBadge label={t(`audit.outcome.${entry.outcome}`)} tone={failed ? 'danger' : 'ok'} />
        {entry.errorCode && <Code fz="xs">{entry.errorCode}</Code>}
      </Group>
      {entry.upstreamRequestId ? (
        <CopyableId value={entry.upstreamRequestId} label={t('errors.copyRequestId')} />
      ) : (
        <Text fz="xs" c="dimmed">
          {t('audit.noRequestId')}
        </Text>
      )}
    </Stack>
  );
}
