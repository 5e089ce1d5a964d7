import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state';
import { PageHeader } from '../../../components/ui/page-header';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { inventoryExportUrl, useInventory } from '../api/inventory';
import { isFiltered, toInventoryQuery } from '../utils/inventory-search';
import { CheckSummary } from './check-summary';
import { InventoryChart } from './inventory-chart';
import { InventoryFilters } from './inventory-filters';
import { InventoryTable } from './inventory-table';
import { RegionFailures } from './region-failures';
import { useInventorySearch } from './use-inventory-search';

/** The cross-region inventory: filters, failed regions, counts, checks and every gateway. */
export function InventoryPage() {
  const { t } = useTranslation();
  const [search, update] = useInventorySearch();
  const query = toInventoryQuery(search);
  const inventory = useInventory(query);

  return (
    <>
      <PageHeader
        title={t('inventory.title')}
        actions={
          <>
            <Button variant="default" onClick={() => void inventory.refetch()}>
              {t('common.refresh')}
            </Button>
            <Button
              component="a"
              variant="default"
              href={inventoryExportUrl('csv', query)}
              download
            >
              {t('inventory.exportCsv')}
            </Button>
            <Button
              component="a"
              variant="default"
              href={inventoryExportUrl('json', query)}
              download
            >
              {t('inventory.exportJson')}
            </Button>
          </>
        }
      />
      <InventoryFilters search={search} onChange={update} />
      {inventory.isPending ? (
        <TableSkeleton />
      ) : inventory.isError ? (
        <ErrorState error={inventory.error} onRetry={() => void inventory.refetch()} />
      ) : (
        <>
          <RegionFailures regions={inventory.data.regions} />
          <Group gap="xs" mb="xs">
            <Text fz="sm" role="status" data-testid="inventory-total">
              {t('inventory.total', {
                count: inventory.data.total,
                regions: inventory.data.regions.length,
              })}
            </Text>
            <Text fz="xs" c="gray.7">
              {t('inventory.generatedAt', { time: inventory.data.generatedAt })}
            </Text>
          </Group>
          <InventoryChart counts={inventory.data.counts} />
          <CheckSummary summary={inventory.data.summary} />
          {inventory.data.items.length === 0 ? (
            <Stack align="flex-start" py="xl" role="status">
              <Text fw={500}>
                {isFiltered(search) ? t('inventory.emptyFiltered') : t('inventory.empty')}
              </Text>
            </Stack>
          ) : (
            <InventoryTable items={inventory.data.items} />
          )}
        </>
      )}
    </>
  );
}
