import { Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state';
import { PageHeader } from '../../../components/ui/page-header';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { OperatorOnly } from '../../../lib/operator-only';
import { useNatGateways } from '../api/get-nat-gateways';
import { NatGatewaysFilters } from './nat-gateways-filters';
import { ListPagination } from '../../../components/ui/pagination';
import { NatGatewaysTable } from './nat-gateways-table';
import { useListSearch } from './use-list-search';

// The create form (with @mantine/form and the tag editor) loads on first open, off the list's
// initial bundle.
const CreateNatGatewayModal = lazy(() =>
  import('./create-nat-gateway-modal').then((m) => ({ default: m.CreateNatGatewayModal })),
);

/** The NAT gateways page: filters, table, pagination, refresh and create. */
export function NatGatewaysList({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const [search, update] = useListSearch();
  const query = useNatGateways(regionId, search);
  const [createOpened, createModal] = useDisclosure(false);
  const filtered = search.q !== '' || search.status !== undefined || search.vpcId !== undefined;

  return (
    <>
      <PageHeader
        title={t('nat.list.title')}
        actions={
          <>
            <Button variant="default" onClick={() => void query.refetch()}>
              {t('common.refresh')}
            </Button>
            <OperatorOnly>
              <Button onClick={createModal.open}>{t('nat.create.open')}</Button>
            </OperatorOnly>
          </>
        }
      />
      <NatGatewaysFilters regionId={regionId} search={search} onChange={update} />
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending ? (
        <TableSkeleton />
      ) : query.data === undefined ? null : query.data.items.length === 0 ? (
        <Stack align="flex-start" py="xl" role="status">
          <Text fw={500}>{filtered ? t('nat.list.emptyFiltered') : t('nat.list.empty')}</Text>
        </Stack>
      ) : (
        <>
          <NatGatewaysTable
            items={query.data.items}
            regionId={regionId}
            sort={search.sort}
            onSortChange={(sort) => update({ sort })}
          />
          <ListPagination
            page={search.page}
            pageSize={search.pageSize}
            total={query.data.total}
            onChange={update}
          />
        </>
      )}
      {createOpened && (
        <Suspense fallback={null}>
          <CreateNatGatewayModal regionId={regionId} onClose={createModal.close} />
        </Suspense>
      )}
    </>
  );
}
