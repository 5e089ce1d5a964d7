import { Box, Checkbox, Table, VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { SortHeader } from './sort-header';

/** One column: its header, its cell, and the sort key when the list can sort on it. */
export interface Column<T, C extends string = string> {
  id: string;
  header: string;
  /** Header read by screen readers only (a column of row buttons). */
  hideHeader?: boolean;
  cell: (item: T) => ReactNode;
  /** The list's sort key for this column; the header then sorts on click. */
  sort?: C;
}

export interface DataTableProps<T, C extends string> {
  /** The table's accessible name. */
  label: string;
  items: readonly T[];
  columns: readonly Column<T, C>[];
  rowKey: (item: T) => string;
  /** Extra attributes of a row (`data-testid`, `data-gateway`) that tests and e2e look for. */
  rowProps?: (item: T) => Record<string, string>;
  sort?: C | `-${C}`;
  onSort?: (column: C) => void;
  minWidth?: number;
  /** Row selection (bulk actions): a checkbox column first, its header selecting the page. */
  selection?: RowSelection<T>;
}

/** Which rows are ticked, keyed by `rowKey`. */
export interface RowSelection<T> {
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  /** The accessible names: of the header box, and of a row's box (from its item). */
  labels: { all: string; row: (item: T) => string };
}

/** From this many rows on, only the visible rows are in the DOM. */
export const VIRTUALIZE_FROM = 50;
const ROW_HEIGHT = 61;
const VIEWPORT_HEIGHT = 640;

/** A list's table: sortable headers where the list sorts, long pages virtualised. */
export function DataTable<T, C extends string>(props: DataTableProps<T, C>) {
  const { label, items, columns, rowKey, rowProps, sort, onSort, minWidth = 800 } = props;
  const { selection } = props;
  const keys = selection ? items.map(rowKey) : [];
  const ticked = keys.filter((k) => selection?.selected.has(k)).length;
  const toggle = (key: string, on: boolean) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    if (on) next.add(key);
    else next.delete(key);
    selection.onChange(next);
  };
  const viewport = useRef<HTMLDivElement>(null);
  const virtual = items.length >= VIRTUALIZE_FROM;
  // The virtualiser's functions change every render by design; this component is not memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? items.length : 0,
    getScrollElement: () => viewport.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const rows = virtual
    ? virtualizer.getVirtualItems().map((r) => ({ index: r.index, item: items[r.index] }))
    : items.map((item, index) => ({ index, item }));
  const first = virtual ? virtualizer.getVirtualItems()[0] : undefined;
  const padTop = first?.start ?? 0;
  const padBottom = virtual
    ? virtualizer.getTotalSize() - (virtualizer.getVirtualItems().at(-1)?.end ?? 0)
    : 0;

  const table = (
    <Table aria-label={label} striped highlightOnHover stickyHeader={virtual}>
      <Table.Thead>
        <Table.Tr>
          {selection && (
            <Table.Th w={40}>
              <Checkbox
                aria-label={selection.labels.all}
                checked={keys.length > 0 && ticked === keys.length}
                indeterminate={ticked > 0 && ticked < keys.length}
                onChange={(e) => selection.onChange(new Set(e.currentTarget.checked ? keys : []))}
              />
            </Table.Th>
          )}
          {columns.map((c) =>
            c.sort !== undefined && onSort ? (
              <SortHeader key={c.id} column={c.sort} label={c.header} sort={sort} onSort={onSort} />
            ) : (
              <Table.Th key={c.id}>
                {c.hideHeader ? <VisuallyHidden>{c.header}</VisuallyHidden> : c.header}
              </Table.Th>
            ),
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true" />}
        {rows.map(
          ({ index, item }) =>
            item !== undefined && (
              <Table.Tr
                key={rowKey(item)}
                data-row-id={rowKey(item)}
                {...rowProps?.(item)}
                ref={virtual ? virtualizer.measureElement : undefined}
                data-index={virtual ? index : undefined}
              >
                {selection && (
                  <Table.Td>
                    <Checkbox
                      aria-label={selection.labels.row(item)}
                      checked={selection.selected.has(rowKey(item))}
                      onChange={(e) => toggle(rowKey(item), e.currentTarget.checked)}
                    />
                  </Table.Td>
                )}
                {columns.map((c) => (
                  <Table.Td key={c.id}>{c.cell(item)}</Table.Td>
                ))}
              </Table.Tr>
            ),
        )}
        {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true" />}
      </Table.Tbody>
    </Table>
  );

  if (!virtual) return <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>;
  return (
    // A plain scrolling box: Mantine's ScrollArea pulls @floating-ui into the list's first load.
    <Box ref={viewport} h={VIEWPORT_HEIGHT} style={{ overflow: 'auto' }} data-testid="virtual-list">
      {table}
    </Box>
  );
}
