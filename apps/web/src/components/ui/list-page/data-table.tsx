import { Box, Table } from '@mantine/core';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { RowNavigateProvider } from './cells';
import { DataRow } from './data-row';
import { TableHead } from './table-head';
import { useStableCallback } from './use-stable-callback';
import { useValueAfterPaint } from './use-value-after-paint';

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
  /**
   * A list page whose filters narrow and widen it: one scrolling box whatever the row count, so
   * crossing VIRTUALIZE_FROM does not remount the table and every row. Others keep Mantine's
   * ScrollContainer (it stays within a detail page's width).
   */
  stableBox?: boolean;
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
// Rows are not measured: measuring forced a layout while the rows mounted, and the sizes it
// found re-rendered the table before the first paint. A row taller than this (several EIPs or
// tags) only makes the scroll height a little short; the rows themselves lie in normal flow.
const ROW_HEIGHT = 61;
const VIEWPORT_HEIGHT = 640;
/**
 * A list page's new rows (a keystroke narrowed them) are painted this many first: the rows in
 * view. The rest follow in a deferred render right after that frame, below the fold.
 */
export const FIRST_PAINT_ROWS = Math.ceil(VIEWPORT_HEIGHT / ROW_HEIGHT) + 1;

/** A list's table: sortable headers where the list sorts, long pages virtualised. */
export function DataTable<T, C extends string>(props: DataTableProps<T, C>) {
  const { label, items, columns, rowKey, rowProps, sort, onSort, minWidth = 800 } = props;
  const { selection } = props;
  const keys = selection ? items.map(rowKey) : [];
  const ticked = keys.filter((k) => selection?.selected.has(k)).length;
  // Stable across renders (rows and the head are memoised: a keystroke in a filter re-renders
  // the rows, not the headers), acting on the latest props.
  const toggle = useStableCallback((key: string, on: boolean) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    if (on) next.add(key);
    else next.delete(key);
    selection.onChange(next);
  });
  const sortOn = useStableCallback((column: C) => onSort?.(column));
  const selectPage = useStableCallback((on: boolean) =>
    selection?.onChange(new Set(on ? keys : [])),
  );
  const viewport = useRef<HTMLDivElement>(null);
  const virtual = items.length >= VIRTUALIZE_FROM;
  // What the last commit was: the box's size matters to the virtualiser only while it is virtual.
  const wasVirtual = useRef(virtual);
  // The virtualiser's functions change every render by design; this component is not memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    // A list page's table keeps it on below VIRTUALIZE_FROM (it then lays out every row): turning
    // it off when a keystroke narrowed the rows cleaned up its observers and re-rendered the table
    // within the keystroke's frame. Other tables only need it from VIRTUALIZE_FROM rows on.
    enabled: virtual || props.stableBox === true,
    count: virtual ? items.length : 0,
    getScrollElement: () => viewport.current,
    // Not the box's size while every row is laid out: the box grew with the narrowed rows in the
    // keystroke's frame, and the virtualiser then re-rendered the table (it had seen the count
    // drop) in a task ahead of anything waiting for that frame's paint.
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => {
        if (wasVirtual.current) report(rect);
      }),
    estimateSize: () => ROW_HEIGHT,
    // The box's own height: the first render already holds every visible row (not only the
    // overscan ones until a ResizeObserver reports the box).
    initialRect: { width: 0, height: VIEWPORT_HEIGHT },
    overscan: 8,
  });
  // While `items` is newer than the rows the last render settled on, this is an urgent render (a
  // keystroke's): it mounts at most the rows in view anew, and a render once that frame is
  // painted adds the others. Rows on screen stay (a refresh with the same rows changes nothing).
  // Other tables show every row at once: nothing to follow.
  const settled = useValueAfterPaint(props.stableBox ? items : undefined);
  // The rows on screen when the table last settled: any render before it settles again (the
  // virtualiser's, a second keystroke's) mounts at most FIRST_PAINT_ROWS rows beyond them.
  const mounted = useRef<ReadonlySet<string>>(new Set());
  const settledNow = !props.stableBox || settled === items;
  const inView = settledNow
    ? items
    : // Kept by a layout effect: read, never written, here.
      firstNew(items, mounted.current, rowKey);
  const rows = (virtual ? virtualizer.getVirtualItems().map((r) => items[r.index]) : inView).filter(
    (item): item is T => item !== undefined,
  );
  // Each row's React key: a row coming on screen takes the key of one leaving it, so React
  // writes the new row's texts into that row's elements instead of making new ones (a keystroke
  // that narrows the rows, a scroll of the virtual list).
  const slots = useRef<ReadonlyMap<string, string>>(new Map());
  const slotOf = rowSlots(rows.map(rowKey), slots.current);
  useLayoutEffect(() => {
    wasVirtual.current = virtual;
    slots.current = slotOf;
    if (!settledNow) return;
    mounted.current = new Set(slotOf.keys());
  });
  const first = virtual ? virtualizer.getVirtualItems()[0] : undefined;
  const padTop = first?.start ?? 0;
  const padBottom = virtual
    ? virtualizer.getTotalSize() - (virtualizer.getVirtualItems().at(-1)?.end ?? 0)
    : 0;

  const table = (
    <Table
      aria-label={label}
      striped
      highlightOnHover
      // Constant on a list page (its box scrolls only when virtual): a change would re-render
      // every part of the table that reads Mantine's table context, the memoised head too.
      stickyHeader={virtual || props.stableBox === true}
      style={props.stableBox ? { minWidth } : undefined}
    >
      <TableHead
        columns={columns}
        sort={sort}
        onSort={onSort && sortOn}
        selectAll={
          selection && {
            label: selection.labels.all,
            checked: keys.length > 0 && ticked === keys.length,
            indeterminate: ticked > 0 && ticked < keys.length,
            onChange: selectPage,
          }
        }
      />
      <Table.Tbody>
        {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true" />}
        {rows.map((item) => {
          const key = rowKey(item);
          return (
            <DataRow<T>
              key={slotOf.get(key)}
              item={item}
              rowId={key}
              columns={columns as readonly Column<T>[]}
              attributes={rowProps?.(item)}
              select={
                selection && {
                  label: selection.labels.row(item),
                  checked: selection.selected.has(key),
                  onToggle: toggle,
                }
              }
            />
          );
        })}
        {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true" />}
      </Table.Tbody>
    </Table>
  );

  if (!virtual && !props.stableBox)
    return (
      <RowNavigateProvider>
        <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>
      </RowNavigateProvider>
    );
  return (
    <RowNavigateProvider>
      <Box
        ref={viewport}
        style={virtual ? VIRTUAL_BOX : SCROLL_BOX}
        data-testid={virtual ? 'virtual-list' : undefined}
      >
        {table}
      </Box>
    </RowNavigateProvider>
  );
}

/** `items` up to the one that would mount the FIRST_PAINT_ROWS+1-th row not in `shown`. */
export function firstNew<T>(
  items: readonly T[],
  shown: ReadonlySet<string>,
  key: (item: T) => string,
) {
  if (items.length <= FIRST_PAINT_ROWS) return items;
  let fresh = 0;
  for (let i = 0; i < items.length; i += 1) {
    if (!shown.has(key(items[i] as T)) && ++fresh > FIRST_PAINT_ROWS) return items.slice(0, i);
  }
  return items;
}

/**
 * The React key of each row `ids` shows, given the keys of the rows on screen (`shown`, by row
 * ID): a row on screen keeps its key; a row coming in takes the key of a row leaving, in order;
 * only when none is left does it get a key of its own. Same inputs, same keys.
 */
export function rowSlots(
  ids: readonly string[],
  shown: ReadonlyMap<string, string>,
): Map<string, string> {
  const staying = new Set(ids);
  const leaving = [...shown].filter(([id]) => !staying.has(id)).map(([, slot]) => slot);
  const taken = new Set(shown.values());
  const keys = new Map<string, string>();
  let next = 0;
  for (const id of ids) {
    let slot = shown.get(id) ?? leaving[next++];
    if (slot === undefined) {
      slot = id;
      while (taken.has(slot)) slot += '+';
      taken.add(slot);
    }
    keys.set(id, slot);
  }
  return keys;
}

// A plain scrolling box: Mantine's ScrollArea pulls @floating-ui into the list's first load.
const VIRTUAL_BOX = { height: VIEWPORT_HEIGHT, overflow: 'auto' } as const;
const SCROLL_BOX = { overflowX: 'auto' } as const;
