import type { InventoryItem } from '@gc/contracts';
import { Box, Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { InventoryRow } from './inventory-row';

/** From this many rows on, only the visible rows are in the DOM. */
export const VIRTUALIZE_FROM = 50;
const ROW_HEIGHT = 61;
const VIEWPORT_HEIGHT = 640;

/** Every listed gateway in one table, named "Gateways" for assistive tech; long lists virtualised. */
export function InventoryTable({ items }: { items: InventoryItem[] }) {
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
  const rows = virtual ? virtualizer.getVirtualItems() : null;
  const padTop = rows?.[0]?.start ?? 0;
  const padBottom = rows ? virtualizer.getTotalSize() - (rows.at(-1)?.end ?? 0) : 0;

  const table = (
    <Table aria-label={t('inventory.tableLabel')} striped highlightOnHover stickyHeader={virtual}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('inventory.columns.name')}</Table.Th>
          <Table.Th>{t('inventory.columns.type')}</Table.Th>
          <Table.Th>{t('inventory.columns.region')}</Table.Th>
          <Table.Th>{t('inventory.columns.status')}</Table.Th>
          <Table.Th>{t('inventory.columns.vpc')}</Table.Th>
          <Table.Th>{t('inventory.columns.created')}</Table.Th>
          <Table.Th>{t('inventory.columns.expires')}</Table.Th>
          <Table.Th>{t('inventory.columns.checks')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true" />}
        {rows
          ? rows.map((r) => {
              const item = items[r.index];
              return (
                item && (
                  <InventoryRow
                    key={`${item.type}/${item.id}`}
                    item={item}
                    index={r.index}
                    measureRef={virtualizer.measureElement}
                  />
                )
              );
            })
          : items.map((item) => <InventoryRow key={`${item.type}/${item.id}`} item={item} />)}
        {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true" />}
      </Table.Tbody>
    </Table>
  );
  if (!virtual) return <Table.ScrollContainer minWidth={1000}>{table}</Table.ScrollContainer>;
  return (
    <Box ref={viewport} h={VIEWPORT_HEIGHT} style={{ overflow: 'auto' }} data-testid="virtual-list">
      {table}
    </Box>
  );
}
