import { Checkbox, Table } from '@mantine/core';
import { memo } from 'react';
import type { Column } from './data-table';

// Table.Tr/Td's markup (striped, hover, row borders: the table's settings) as plain elements:
// Mantine's table parts read the table context and build their classes on every render.
const TR_CLASS = `${Table.classes.tr} mantine-Table-tr`;
const TD_CLASS = `${Table.classes.td} mantine-Table-td`;

interface DataRowProps<T> {
  item: T;
  rowId: string;
  columns: readonly Column<T>[];
  attributes?: Record<string, string>;
  /** The row's checkbox: its name and state; absent without selection. */
  select?: { label: string; checked: boolean; onToggle: (key: string, on: boolean) => void };
}

function DataRowImpl<T>({ item, rowId, columns, attributes, select }: DataRowProps<T>) {
  return (
    <tr
      className={TR_CLASS}
      data-with-row-border="true"
      data-striped="odd"
      data-hover="true"
      data-row-id={rowId}
      {...attributes}
    >
      {select && (
        <td className={TD_CLASS}>
          <Checkbox
            aria-label={select.label}
            checked={select.checked}
            onChange={(e) => select.onToggle(rowId, e.currentTarget.checked)}
          />
        </td>
      )}
      {columns.map((c) => (
        <td key={c.id} className={TD_CLASS}>
          {c.cell(item)}
        </td>
      ))}
    </tr>
  );
}

// A row re-renders only when its item, columns or selection change: a keystroke in a filter,
// an answer with the same gateways, or ticking one box leaves the other rows alone.
const sameSelect = <T,>(a: DataRowProps<T>['select'], b: DataRowProps<T>['select']) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.label === b.label &&
    a.checked === b.checked &&
    a.onToggle === b.onToggle);

/** One row of a {@link DataTable}, memoised. */
export const DataRow = memo(
  DataRowImpl,
  (a, b) =>
    a.item === b.item &&
    a.rowId === b.rowId &&
    a.columns === b.columns &&
    shallowEqual(a.attributes, b.attributes) &&
    sameSelect(a.select, b.select),
) as <T>(props: DataRowProps<T>) => React.ReactElement;

function shallowEqual(a?: Record<string, string>, b?: Record<string, string>): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
