import { Button, Stack, Text } from '@mantine/core';
import { memo, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../lib/api-error';
import { useCanMutate } from '../../../lib/auth';
import { ErrorState } from '../error-state';
import { PageHeader } from '../page-header';
import { TableSkeleton } from '../table-skeleton';
import { DataTable, type DataTableProps } from './data-table';
import { ListFreshness, useAutoRefresh, type Freshness } from './list-freshness';
import { ListPagination, type ListPaginationProps } from './list-pagination';

/** What the page needs of its list query (a TanStack `useQuery` result fits). */
export interface ListQueryState {
  isPending: boolean;
  isError: boolean;
  error: ApiError | null;
  refetch: () => unknown;
}

export interface ListPageProps<T, C extends string> {
  title: string;
  query: ListQueryState;
  /** The rows to show and the total for the pager; undefined until the first answer. */
  rows: { items: readonly T[]; total: number } | undefined;
  table: Omit<DataTableProps<T, C>, 'items'>;
  /** The create button (operators only): in the header, or in the empty state of a bare list. */
  create?: { label: string; onClick: () => void };
  /** More header buttons (exports), after Refresh. */
  actions?: ReactNode;
  /** Section tabs under the header. */
  nav?: ReactNode;
  filters?: ReactNode;
  /** The bulk-action bar, over the table while rows are ticked. */
  bulk?: ReactNode;
  /** Whether a filter is set: the empty state then says nothing matches, and offers no create. */
  filtered: boolean;
  empty: { text: string; filteredText?: string };
  /** Paging; a list without it shows every row. */
  pagination?: Omit<ListPaginationProps, 'total'>;
  /** True while the rows shown are not yet the current view's answer (a filter just changed). */
  busy?: boolean;
  /** "Updated N s ago" beside Refresh, and a refresh on that rhythm while the tab is visible. */
  freshness?: Freshness;
  children?: ReactNode;
}

// Rows that are a preview of a filter's answer stay readable, but look provisional once the
// answer is slow to come. Not at once: the answer usually lands ~100 ms after a keystroke, and
// a fade in the keystroke's frame cost the software compositor a layer redrawn each frame of the
// fade (~20 ms more until the narrowed rows showed on a 2-core machine) for a dim that flickered.
const BUSY_STYLE = { opacity: 0.7, transition: 'opacity 120ms' } as const;
/** How long rows may wait for their answer before they look provisional. */
export const BUSY_DIM_AFTER_MS = 400;

/** `on`, but only once it has held for `afterMs`; off at once. */
function useHeldFor(on: boolean, afterMs: number): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!on) return undefined;
    const timer = setTimeout(() => setHeld(true), afterMs);
    return () => {
      clearTimeout(timer);
      setHeld(false);
    };
  }, [on, afterMs]);
  return on && held;
}

/**
 * A list page: header with Refresh and create, filters, the table with its pager, and the states.
 * A failed refresh shows the error above the rows it had (stale data beats a blank page).
 */
export function ListPage<T, C extends string>(props: ListPageProps<T, C>) {
  const canCreate = useCanMutate() && props.create !== undefined;
  const { query, rows, create, freshness, pagination } = props;
  const dim = useHeldFor(props.busy === true, BUSY_DIM_AFTER_MS);
  useAutoRefresh(query.refetch, freshness?.refreshEveryMs);
  const emptyHere = rows !== undefined && rows.items.length === 0;
  const createInEmpty = emptyHere && !props.filtered;
  const createButton = canCreate && create && (
    <Button onClick={create.onClick}>{create.label}</Button>
  );
  return (
    <>
      <ListHeader
        title={props.title}
        refetch={query.refetch}
        readAt={freshness?.readAt}
        staleAfterMs={freshness?.staleAfterMs}
        refreshEveryMs={freshness?.refreshEveryMs}
        actions={props.actions}
        createLabel={canCreate && !createInEmpty ? create?.label : undefined}
        onCreate={create?.onClick}
      />
      {props.nav}
      {props.filters}
      {query.isError && query.error && (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      )}
      {query.isPending ? (
        <TableSkeleton />
      ) : rows === undefined ? null : emptyHere ? (
        <Stack align="flex-start" py="xl">
          <Text fw={500} role="status">
            {props.filtered ? (props.empty.filteredText ?? props.empty.text) : props.empty.text}
          </Text>
          {createInEmpty && createButton}
        </Stack>
      ) : (
        <div aria-busy={props.busy === true} style={dim ? BUSY_STYLE : undefined}>
          {props.bulk}
          <DataTable {...props.table} items={rows.items} stableBox />
          {pagination && (
            <ListPagination
              page={pagination.page}
              pageSize={pagination.pageSize}
              total={rows.total}
              onChange={pagination.onChange}
              totalText={pagination.totalText}
              pageSizeLabel={pagination.pageSizeLabel}
              pageSizes={pagination.pageSizes}
            />
          )}
        </div>
      )}
      {props.children}
    </>
  );
}

interface ListHeaderProps {
  title: string;
  refetch: () => unknown;
  readAt?: number;
  staleAfterMs?: number;
  refreshEveryMs?: number;
  actions?: ReactNode;
  /** The create button's label; none when the header shows no create button. */
  createLabel?: string;
  onCreate?: () => void;
}

// Memoised on plain values: a keystroke in a filter re-renders the rows, not the header.
const ListHeader = memo(function ListHeader(props: ListHeaderProps) {
  const { t } = useTranslation();
  const { readAt, refreshEveryMs, staleAfterMs, refetch } = props;
  return (
    <PageHeader
      title={props.title}
      actions={
        <>
          {readAt !== undefined && refreshEveryMs !== undefined && (
            <ListFreshness freshness={{ readAt, staleAfterMs, refreshEveryMs }} />
          )}
          <Button variant="default" onClick={() => void refetch()}>
            {t('common.refresh')}
          </Button>
          {props.actions}
          {props.createLabel !== undefined && (
            <Button onClick={props.onCreate}>{props.createLabel}</Button>
          )}
        </>
      }
    />
  );
});
