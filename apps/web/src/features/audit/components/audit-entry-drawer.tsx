import type { AuditEntry } from '@gc/contracts';
import { Code, Drawer, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { AuditOutcome } from './audit-outcome';
import { CopyableId } from './copyable-id';
import { ResourceCell } from './resource-cell';

/** Everything one entry holds: the ClientToken, the request IDs and the redacted parameters. */
export function AuditEntryDrawer({ entry, onClose }: { entry?: AuditEntry; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const none = <Text c="dimmed">{t('common.none')}</Text>;
  const rows: [string, ReactNode][] = entry
    ? [
        [t('audit.columns.time'), `${formatDateTime(entry.time, i18n.language)} (${entry.time})`],
        [t('audit.columns.user'), entry.user],
        ...(entry.subject
          ? ([
              [t('oidc.displayName'), entry.displayName ?? none],
              [t('oidc.subject'), <Code key="s">{entry.subject}</Code>],
            ] satisfies [string, ReactNode][])
          : []),
        [t('audit.columns.role'), entry.role ? t(`roles.${entry.role}`) : none],
        [t('audit.columns.action'), <Code key="a">{entry.action}</Code>],
        [t('audit.columns.region'), entry.regionId ?? none],
        [
          t('audit.columns.resource'),
          <ResourceCell key="r" regionId={entry.regionId} resourceId={entry.resourceId} />,
        ],
        [t('audit.columns.outcome'), <AuditOutcome key="o" entry={entry} />],
        [t('audit.drawer.httpStatus'), entry.httpStatus ?? none],
        [
          t('audit.drawer.clientToken'),
          entry.clientToken ? (
            <CopyableId value={entry.clientToken} label={t('audit.drawer.copyClientToken')} wrap />
          ) : (
            none
          ),
        ],
        [t('audit.drawer.bffRequestId'), entry.requestId ? <Code>{entry.requestId}</Code> : none],
        [t('audit.drawer.ip'), entry.ip ?? none],
        [t('audit.drawer.userAgent'), entry.userAgent ?? none],
        [t('audit.drawer.id'), <Code key="i">{entry.id}</Code>],
      ]
    : [];
  return (
    <Drawer
      opened={entry !== undefined}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('audit.drawer.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {entry && (
        <Stack gap="md">
          <Table variant="vertical" layout="fixed" withTableBorder>
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={160}>{label}</Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={2} fz="h4">
            {t('audit.drawer.params')}
          </Title>
          <Code block data-testid="audit-params">
            {JSON.stringify(entry.params, null, 2)}
          </Code>
        </Stack>
      )}
    </Drawer>
  );
}
