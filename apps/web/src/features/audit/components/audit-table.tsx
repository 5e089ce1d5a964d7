import type { AuditEntry } from '@gc/contracts';
import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dateAndTime } from '../../../lib/format';
import { AuditOutcome } from './audit-outcome';
import { ResourceCell } from './resource-cell';

interface AuditTableProps {
  items: AuditEntry[];
  onOpen: (entry: AuditEntry) => void;
}

/** The entries, newest first: who did what where, and how it ended. */
export function AuditTable({ items, onOpen }: AuditTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table aria-label={t('audit.tableLabel')} striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <VisuallyHidden>{t('audit.columns.details')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('audit.columns.time')}</Table.Th>
            <Table.Th>
              {t('audit.columns.user')} / {t('audit.columns.role')}
            </Table.Th>
            <Table.Th>{t('audit.columns.action')}</Table.Th>
            <Table.Th>
              {t('audit.columns.resource')} / {t('audit.columns.region')}
            </Table.Th>
            <Table.Th>{t('audit.columns.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id} data-testid="audit-row">
              <Table.Td>
                <Button
                  variant="subtle"
                  size="compact-xs"
                  onClick={() => onOpen(e)}
                  aria-label={t('audit.detailsOf', { action: e.action, time: e.time })}
                >
                  {t('audit.details')}
                </Button>
              </Table.Td>
              <Table.Td>
                <Text fz="sm" title={e.time} style={{ whiteSpace: 'nowrap' }}>
                  {dateAndTime(e.time, i18n.language)[0]}
                  <br />
                  {dateAndTime(e.time, i18n.language)[1]}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fz="sm">{e.user}</Text>
                <Text fz="xs" c="dimmed">
                  {e.role ? t(`roles.${e.role}`) : t('common.none')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fz="xs" ff="monospace">
                  {e.action}
                </Text>
              </Table.Td>
              <Table.Td>
                <ResourceCell regionId={e.regionId} resourceId={e.resourceId} />
                <Text fz="xs" c="dimmed">
                  {e.regionId ?? t('common.none')}
                </Text>
              </Table.Td>
              <Table.Td>
                <AuditOutcome entry={e} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
