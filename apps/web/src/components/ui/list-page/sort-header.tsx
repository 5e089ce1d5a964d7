import { Table, UnstyledButton } from '@mantine/core';
interface SortHeaderProps<C extends string> {
  column: C;
  label: string;
  /** The button's tooltip ("Sort by …"). */
  title: string;
  /** The list's sort: `column` ascending, `-column` descending. */
  sort: C | `-${C}` | undefined;
  onSort: (column: C) => void;
}

/** A column header that sorts on click or Enter; `aria-sort` tells screen readers the order. */
export function SortHeader<C extends string>(props: SortHeaderProps<C>) {
  const { column, label, sort, onSort } = props;
  const direction =
    sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : ('none' as const);
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  return (
    <Table.Th aria-sort={direction}>
      <UnstyledButton onClick={() => onSort(column)} fw={700} fz="sm" title={props.title}>
        {label} <span aria-hidden="true">{arrow}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
