import { Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state';
import { PageHeader } from '../../../components/ui/page-header';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { OperatorOnly } from '../../../lib/operator-only';
import { ListPagination } from '../../../components/ui/pagination';
import { useIpv6Gateways } from '../api/ipv6-gateways';
import { Ipv6GatewaysFilters } from './ipv6-gateways-filters';
import { Ipv6GatewaysTable } from './ipv6-gateways-table';
import { useIpv6Search } from './use-ipv6-search';

// The create form loads on first open, off the list's initial bundle.
const CreateIpv6GatewayModal = lazy(() =>
  import('./create-ipv6-gateway-modal').then((m) => ({ default: m.CreateIpv6GatewayModal })),
);

/** The IPv6 gateways page: filters, table, pagination, refresh and create. */
export function Ipv6GatewaysList({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const [search, update] = useIpv6Search();
  const query = useIpv6Gateways(regionId, search);
  const [createOpened, createModal] = useDisclosure(false);
  const filtered = search.q !== '' || search.status !== undefined || search.vpcId !== undefined;

  return (
    <>
      <PageHeader
        title={t('ipv6.list.title')}
        actions={
          <>
            <Button variant="default" onClick={() => void query.refetch()}>
              {t('common.refresh')}
            </Button>
            <OperatorOnly>
              <Button onClick={createModal.open}>{t('ipv6.create.open')}</Button>
            </OperatorOnly>
          </>
        }
      />
      <Ipv6GatewaysFilters regionId={regionId} search={search} onChange={update} />
      {query.isPending ? (
        <TableSkeleton />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Stack align="flex-start" py="xl" role="status">
          <Text fw={500}>{filtered ? t('ipv6.list.emptyFiltered') : t('ipv6.list.empty')}</Text>
        </Stack>
      ) : (
        <>
          <Ipv6GatewaysTable
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
          <CreateIpv6GatewayModal regionId={regionId} onClose={createModal.close} />
        </Suspense>
      )}
    </>
  );
}
