import { Button, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/ui/status-badge';
import { OperatorOnly } from '../../../lib/operator-only';

export interface EntryColumn<E> {
  header: string;
  cell: (entry: E) => ReactNode;
}

interface EntriesTableProps<E extends { id: string; name: string; status: string }> {
  label: string;
  entries: E[];
  columns: EntryColumn<E>[];
  deleteLabel: (entry: E) => string;
  onDelete: (entry: E) => void;
}

const entryTone = (status: string) =>
  status === 'Available' ? 'ok' : status === 'Deleting' ? 'warning' : 'progress';

/** SNAT or DNAT entries: name/ID, the given columns, status, and Delete for operators. */
export function EntriesTable<E extends { id: string; name: string; status: string }>(
  props: EntriesTableProps<E>,
) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={props.label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('nat.entries.nameId')}</Table.Th>
            {props.columns.map((c) => (
              <Table.Th key={c.header}>{c.header}</Table.Th>
            ))}
            <Table.Th>{t('nat.columns.status')}</Table.Th>
            <OperatorOnly>
              <Table.Th>{t('common.actions')}</Table.Th>
            </OperatorOnly>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
                <Text fz="sm">{entry.name || t('common.none')}</Text>
                <Text fz="xs" c="dimmed" ff="monospace">
                  {entry.id}
                </Text>
              </Table.Td>
              {props.columns.map((c) => (
                <Table.Td key={c.header}>{c.cell(entry)}</Table.Td>
              ))}
              <Table.Td>
                <StatusBadge
                  label={t(`status.${entry.status}`, { defaultValue: entry.status })}
                  tone={entryTone(entry.status)}
                  transitional={entry.status !== 'Available'}
                />
              </Table.Td>
              <OperatorOnly>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    color="red"
                    aria-label={props.deleteLabel(entry)}
                    disabled={entry.status === 'Deleting'}
                    onClick={() => props.onDelete(entry)}
                  >
                    {t('common.delete')}
                  </Button>
                </Table.Td>
              </OperatorOnly>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
