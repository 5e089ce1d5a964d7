import { useDisclosure } from '@mantine/hooks';
import type { Tag } from '@gc/contracts';
import { Suspense, useMemo, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isFiltered,
  nextSort,
  useListSearch,
  type ListSearchCodec,
} from '../../../lib/list-search';
import { useCanMutate } from '../../../lib/auth';
import type { StatusTable } from '../../../lib/resource-status';
import type { BulkActions } from '../bulk-bar';
import type { Column } from './data-table';
import { GatewayFilters, type GatewayFilterValues } from './gateway-filters';
import { listFreshness } from './list-freshness';
import { ListPage, type ListQueryState } from './list-page';
import { useBulkSelection } from './use-bulk-selection';
import { useListRows, type ListRowsQuery } from './use-list-rows';
import { useStableCallback } from './use-stable-callback';
import { useTypedSearch } from './use-typed-search';
import { useValueAfterPaint } from './use-value-after-paint';

/** The view of a gateway list: the gateway filters, a sort, and paging. */
export interface GatewaySearch<S extends string, C extends string> extends GatewayFilterValues<S> {
  sort?: C | `-${C}`;
  page: number;
  pageSize: number;
}

/** What a gateway kind declares to get its list page. */
export interface GatewayListSpec<
  T,
  S extends string,
  C extends string,
  Q extends GatewaySearch<S, C>,
> {
  /** The feature's i18n namespace: `<ns>.list.title`, `.list.tableLabel`, `.create.open`… */
  ns: 'nat' | 'vpn' | 'ipv6';
  /** The URL codec, from the list route's query schema. */
  search: ListSearchCodec<Q>;
  useList: (
    regionId: string,
    search: Q,
  ) => ListQueryState & ListRowsQuery<T> & { dataUpdatedAt?: number };
  useColumns: (regionId: string) => readonly Column<T, C>[];
  statuses: readonly S[];
  statusTable: StatusTable;
  /** The create dialog, lazily loaded so its form stays off the list's first load. */
  createModal: ComponentType<{ regionId: string; onClose: () => void }>;
  /** Section tabs under the header. */
  nav?: (regionId: string) => ReactNode;
  /** What operators can do to several ticked rows at once (tag, delete through the plan). */
  bulk?: (regionId: string) => BulkActions<T>;
}

/**
 * The list page of a region's gateways of one kind: name/status/VPC filters that follow each
 * keystroke, sortable table, pager, refresh with "updated N s ago", and a create dialog;
 * everything but the declaration is shared.
 */
export function gatewayListPage<
  T extends { id: string; name: string; tags: Tag[] },
  S extends string,
  C extends string,
  Q extends GatewaySearch<S, C>,
>(spec: GatewayListSpec<T, S, C, Q>) {
  const { ns, createModal: CreateModal } = spec;
  return function GatewayListPage({ regionId }: { regionId: string }) {
    const { t } = useTranslation();
    const [search, update] = useListSearch(spec.search);
    const typing = useTypedSearch(search, update);
    // What the rows show: the URL's view, or the one typed ahead of it. A keystroke renders only
    // the rows narrowed from the answer on screen; the BFF is asked for the typed view once that
    // frame is painted (no debounce), and the URL waits for typing to settle.
    const shown = typing.ahead ?? search;
    const asked = useValueAfterPaint(shown);
    const query = spec.useList(regionId, asked);
    const { rows, busy } = useListRows(asked, query, asked === shown ? undefined : shown);
    const { change } = typing;
    // Stable: the filters, the table's head and the pager are memoised and skip a keystroke.
    const onFilters = useStableCallback((values: GatewayFilterValues<S>) =>
      change(values as Partial<Q>),
    );
    const onSort = useStableCallback((column: C) =>
      change({ sort: nextSort(search.sort, column) } as Partial<Q>),
    );
    const onPage = useStableCallback((paging: { page?: number; pageSize?: number }) =>
      change(paging as Partial<Q>),
    );
    const columns = spec.useColumns(regionId);
    const [createOpened, createModal] = useDisclosure(false);
    const createLabel = t(`${ns}.create.open`);
    const create = useMemo(
      () => ({ label: createLabel, onClick: createModal.open }),
      [createLabel, createModal.open],
    );
    const nav = useMemo(() => spec.nav?.(regionId), [regionId]);
    const filtered = isFiltered(spec.search, shown);
    const canMutate = useCanMutate();
    const bulk = useBulkSelection(
      query.data?.items,
      canMutate ? spec.bulk?.(regionId) : undefined,
      () => query.refetch(),
    );
    return (
      <ListPage
        title={t(`${ns}.list.title`)}
        query={query}
        rows={rows}
        busy={busy}
        freshness={listFreshness(query.data, query.dataUpdatedAt ?? 0)}
        create={create}
        nav={nav}
        filtered={filtered}
        empty={{ text: t(`${ns}.list.empty`), filteredText: t(`${ns}.list.emptyFiltered`) }}
        filters={
          <GatewayFilters
            ns={ns}
            regionId={regionId}
            statuses={spec.statuses}
            statusTable={spec.statusTable}
            search={search}
            q={typing.q}
            filtered={filtered}
            onType={typing.type}
            onChange={onFilters}
          />
        }
        bulk={bulk.bar}
        table={{
          selection: bulk.selection,
          label: t(`${ns}.list.tableLabel`),
          columns,
          rowKey: (g) => g.id,
          sort: search.sort,
          onSort,
        }}
        pagination={{
          page: shown.page,
          pageSize: shown.pageSize,
          onChange: onPage,
        }}
      >
        {createOpened && (
          <Suspense fallback={null}>
            <CreateModal regionId={regionId} onClose={createModal.close} />
          </Suspense>
        )}
      </ListPage>
    );
  };
}
