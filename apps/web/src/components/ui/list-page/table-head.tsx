import { Checkbox, Table, VisuallyHidden } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from './data-table';
import { SortHeader } from './sort-header';

/** What {@link TableHead} shows: the columns' headers, the sort, the page's tick box. */
export interface TableHeadProps<C extends string> {
  /** What the header shows of each column (not its cells). */
  columns: readonly Pick<Column<unknown, C>, 'id' | 'header' | 'hideHeader' | 'sort'>[];
  sort?: C | `-${C}`;
  onSort?: (column: C) => void;
  selectAll?: {
    label: string;
    checked: boolean;
    indeterminate: boolean;
    onChange: (on: boolean) => void;
  };
}

function TableHeadImpl<C extends string>({ columns, sort, onSort, selectAll }: TableHeadProps<C>) {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        {selectAll && (
          <Table.Th w={40}>
            <Checkbox
              aria-label={selectAll.label}
              checked={selectAll.checked}
              indeterminate={selectAll.indeterminate}
              onChange={(e) => selectAll.onChange(e.currentTarget.checked)}
            />
          </Table.Th>
        )}
        {columns.map((c) =>
          c.sort !== undefined && onSort ? (
            <SortHeader
              key={c.id}
              column={c.sort}
              label={c.header}
              title={t('common.sortBy', { column: c.header })}
              sort={sort}
              onSort={onSort}
            />
          ) : (
            <Table.Th key={c.id}>
              {c.hideHeader ? <VisuallyHidden>{c.header}</VisuallyHidden> : c.header}
            </Table.Th>
          ),
        )}
      </Table.Tr>
    </Table.Thead>
  );
}

const sameSelectAll = (
  a: TableHeadProps<string>['selectAll'],
  b: TableHeadProps<string>['selectAll'],
) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.label === b.label &&
    a.checked === b.checked &&
    a.indeterminate === b.indeterminate &&
    a.onChange === b.onChange);

/** A table's header row; memoised, so a keystroke (same columns, sort and ticks) skips it. */
export const TableHead = memo(
  TableHeadImpl,
  (a, b) =>
    a.columns === b.columns &&
    a.sort === b.sort &&
    a.onSort === b.onSort &&
    sameSelectAll(a.selectAll, b.selectAll),
) as <C extends string>(props: TableHeadProps<C>) => React.ReactElement;
