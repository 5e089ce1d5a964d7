import { Table, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NatSort } from '../utils/list-search';

type SortColumn = 'name' | 'creationTime' | 'status';

interface SortHeaderProps {
  column: SortColumn;
  label: string;
  sort: NatSort | undefined;
  onSort: (column: SortColumn) => void;
}

/** A column header that sorts on click or Enter; `aria-sort` tells screen readers the order. */
export function SortHeader({ column, label, sort, onSort }: SortHeaderProps) {
  const { t } = useTranslation();
  const direction =
    sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : ('none' as const);
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  return (
    <Table.Th aria-sort={direction}>
      <UnstyledButton
        onClick={() => onSort(column)}
        fw={700}
        fz="sm"
        title={t('nat.list.sortBy', { column: label })}
      >
        {label} <span aria-hidden="true">{arrow}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
