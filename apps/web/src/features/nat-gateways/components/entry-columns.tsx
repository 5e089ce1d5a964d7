import { Button, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { Column } from '../../../components/ui/list-page/data-table';
import { StatusBadge } from '../../../components/ui/status-badge';
import { IdCell } from '../../../components/ui/id-cell';

type Entry = { id: string; name: string; status: string };

const entryTone = (status: string) =>
  status === 'Available' ? 'ok' : status === 'Deleting' ? 'warning' : 'progress';

/** SNAT or DNAT entry columns: name/ID, the given ones, then the status. */
export function entryColumns<E extends Entry>(t: TFunction, middle: Column<E>[]): Column<E>[] {
  return [
    {
      id: 'name',
      header: t('nat.entries.nameId'),
      cell: (entry) => (
        <>
          <Text fz="sm">{entry.name || t('common.none')}</Text>
          <IdCell id={entry.id} dimmed />
        </>
      ),
    },
    ...middle,
    {
      id: 'status',
      header: t('nat.columns.status'),
      cell: (entry) => (
        <StatusBadge
          label={t(`status.${entry.status}`, { defaultValue: entry.status })}
          tone={entryTone(entry.status)}
          transitional={entry.status !== 'Available'}
        />
      ),
    },
  ];
}

/** The operator's Edit button of an entry row; an entry in transition takes no edit (§4.1–4.2). */
export function editColumn<E extends Entry>(t: TFunction, onEdit: (entry: E) => void): Column<E> {
  return {
    id: 'edit',
    header: t('natEdits.edit'),
    hideHeader: true,
    cell: (entry) => (
      <Button
        size="xs"
        variant="default"
        aria-label={t('natEdits.editOne', { id: entry.id })}
        disabled={entry.status !== 'Available'}
        onClick={() => onEdit(entry)}
      >
        {t('natEdits.edit')}
      </Button>
    ),
  };
}
