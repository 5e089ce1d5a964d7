import { inventoryRoutes } from '@gc/contracts';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import { PageHeader } from '../../../components/ui/page-header';
import { DataTable } from '../../../components/ui/list-page/data-table';
import { ExportLink } from '../../../components/ui/list-page/export-link';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { formatDateTime } from '../../../lib/format';
import { isFiltered, listSearchCodec, useListSearch } from '../../../lib/list-search';
import { inventoryExportUrl, useInventory } from '../api/inventory';
import { CheckSummary } from './check-summary';
import { FindingsList } from './findings-list';
import { InventoryChart } from './inventory-chart';
import { InventoryFilters } from './inventory-filters';
import { useInventoryColumns } from './inventory-columns';
import { RegionFailures } from './region-failures';

const INVENTORY_SEARCH = listSearchCodec(inventoryRoutes.inventory.query);

/** The cross-region inventory: filters, failed regions, counts, checks and every gateway. */
export function InventoryPage() {
  const { t, i18n } = useTranslation();
  const [query, update] = useListSearch(INVENTORY_SEARCH);
  const inventory = useInventory(query);
  const columns = useInventoryColumns();
  const filtered = isFiltered(INVENTORY_SEARCH, query);
  const { search } = useLocation();

  return (
    <>
      <PageHeader
        title={t('inventory.title')}
        actions={
          <>
            <Button variant="default" onClick={() => void inventory.refetch()}>
              {t('common.refresh')}
            </Button>
            <ExportLink href={inventoryExportUrl('csv', query)} label={t('inventory.exportCsv')} />
            <ExportLink
              href={inventoryExportUrl('json', query)}
              label={t('inventory.exportJson')}
            />
            <Button component={Link} variant="default" to={{ pathname: 'report', search }}>
              {t('checks.report')}
            </Button>
          </>
        }
      />
      <InventoryFilters search={query} filtered={filtered} onChange={update} />
      {inventory.isPending ? (
        <TableSkeleton />
      ) : inventory.isError ? (
        <ErrorState error={inventory.error} onRetry={() => void inventory.refetch()} />
      ) : (
        <>
          <RegionFailures regions={inventory.data.regions} />
          <Group gap="xs" mb="xs">
            <Text fz="sm" role="status" data-testid="inventory-total">
              {t('polishWords.inventory.total', {
                count: inventory.data.total,
                regions: Object.values(inventory.data.counts.byRegion).filter((n) => n > 0).length,
                scanned: inventory.data.regions.length,
              })}
            </Text>
            <Text fz="xs" c="dimmed">
              {t('polishWords.inventory.readAt', {
                time: formatDateTime(inventory.data.generatedAt, i18n.language),
              })}
            </Text>
          </Group>
          <InventoryChart counts={inventory.data.counts} />
          <CheckSummary summary={inventory.data.summary} />
          <FindingsList inventory={inventory.data} />
          {inventory.data.items.length === 0 ? (
            <Stack align="flex-start" py="xl" role="status">
              <Text fw={500}>{filtered ? t('inventory.emptyFiltered') : t('inventory.empty')}</Text>
            </Stack>
          ) : (
            <DataTable
              label={t('inventory.tableLabel')}
              items={inventory.data.items}
              columns={columns}
              rowKey={(item) => `${item.type}/${item.id}`}
              rowProps={(item) => ({ 'data-gateway': item.id })}
              minWidth={1000}
            />
          )}
        </>
      )}
    </>
  );
}
