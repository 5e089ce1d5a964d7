import type { NatGateway } from '@gc/contracts';
import { Box, Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { nextSort, type NatSort } from '../utils/list-search';
import { NatGatewayRow } from './nat-gateway-row';
import { SortHeader } from '../../../components/ui/sort-header';

/** From this many rows on, only the visible rows are in the DOM. */
export const VIRTUALIZE_FROM = 50;
const ROW_HEIGHT = 61;
const VIEWPORT_HEIGHT = 640;

interface NatGatewaysTableProps {
  items: NatGateway[];
  regionId: string;
  sort: NatSort | undefined;
  onSortChange: (sort: NatSort | undefined) => void;
}

/** The gateways table, named "NAT gateways" for assistive tech; long pages are virtualised. */
export function NatGatewaysTable({ items, regionId, sort, onSortChange }: NatGatewaysTableProps) {
  const { t } = useTranslation();
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
  const onSort = (column: 'name' | 'creationTime' | 'status') =>
    onSortChange(nextSort(sort, column));

  const rows = virtual ? virtualizer.getVirtualItems() : null;
  const padTop = rows?.[0]?.start ?? 0;
  const padBottom = rows ? virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0) : 0;

  const table = (
    <Table aria-label={t('nat.list.tableLabel')} striped highlightOnHover stickyHeader={virtual}>
      <Table.Thead>
        <Table.Tr>
          <SortHeader column="name" label={t('nat.columns.name')} sort={sort} onSort={onSort} />
          <SortHeader column="status" label={t('nat.columns.status')} sort={sort} onSort={onSort} />
          <Table.Th>{t('nat.columns.type')}</Table.Th>
          <Table.Th>{t('nat.columns.vpc')}</Table.Th>
          <Table.Th>{t('nat.columns.eips')}</Table.Th>
          <SortHeader
            column="creationTime"
            label={t('nat.columns.creationTime')}
            sort={sort}
            onSort={onSort}
          />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true" />}
        {rows
          ? rows.map((r) => {
              const g = items[r.index];
              return (
                g && (
                  <NatGatewayRow
                    key={g.id}
                    gateway={g}
                    regionId={regionId}
                    index={r.index}
                    measureRef={virtualizer.measureElement}
                  />
                )
              );
            })
          : items.map((g) => <NatGatewayRow key={g.id} gateway={g} regionId={regionId} />)}
        {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true" />}
      </Table.Tbody>
    </Table>
  );

  if (!virtual) return <Table.ScrollContainer minWidth={800}>{table}</Table.ScrollContainer>;
  return (
    // A plain scrolling box: Mantine's ScrollArea pulls @floating-ui into the list's first load.
    <Box ref={viewport} h={VIEWPORT_HEIGHT} style={{ overflow: 'auto' }} data-testid="virtual-list">
      {table}
    </Box>
  );
}
