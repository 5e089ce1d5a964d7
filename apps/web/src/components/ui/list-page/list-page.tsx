import { Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
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

// Rows that are a preview of a filter's answer stay readable, but look provisional.
const BUSY_STYLE = { opacity: 0.7, transition: 'opacity 120ms' } as const;

/**
 * A list page: header with Refresh and create, filters, the table with its pager, and the states.
 * A failed refresh shows the error above the rows it had (stale data beats a blank page).
 */
export function ListPage<T, C extends string>(props: ListPageProps<T, C>) {
  const { t } = useTranslation();
  const canCreate = useCanMutate() && props.create !== undefined;
  const { query, rows, create, freshness } = props;
  useAutoRefresh(query.refetch, freshness?.refreshEveryMs);
  const emptyHere = rows !== undefined && rows.items.length === 0;
  const createInEmpty = emptyHere && !props.filtered;
  const createButton = canCreate && create && (
    <Button onClick={create.onClick}>{create.label}</Button>
  );
  return (
    <>
      <PageHeader
        title={props.title}
        actions={
          <>
            {freshness && <ListFreshness freshness={freshness} />}
            <Button variant="default" onClick={() => void query.refetch()}>
              {t('common.refresh')}
            </Button>
            {props.actions}
            {!createInEmpty && createButton}
          </>
        }
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
        <div aria-busy={props.busy === true} style={props.busy ? BUSY_STYLE : undefined}>
          {props.bulk}
          <DataTable {...props.table} items={rows.items} stableBox />
          {props.pagination && <ListPagination {...props.pagination} total={rows.total} />}
        </div>
      )}
      {props.children}
    </>
  );
}
