import { Button, Group, Pagination, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state';
import { PageHeader } from '../../../components/ui/page-header';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { OperatorOnly } from '../../../lib/operator-only';
import { useVpnGateways } from '../api/vpn-gateways';
import { useVpnListSearch } from './use-vpn-list-search';
import { VpnGatewaysFilters } from './vpn-gateways-filters';
import { VpnGatewaysTable } from './vpn-gateways-table';
import { VpnSectionTabs } from './vpn-section-tabs';

// The create form loads on first open, off the list's initial bundle.
const CreateVpnGatewayModal = lazy(() =>
  import('./create-vpn-gateway-modal').then((m) => ({ default: m.CreateVpnGatewayModal })),
);

/** The VPN gateways page: filters, table, pagination, refresh and create. */
export function VpnGatewaysList({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const [search, update] = useVpnListSearch();
  const query = useVpnGateways(regionId, search);
  const [createOpened, createModal] = useDisclosure(false);
  const filtered = search.q !== '' || search.status !== undefined || search.vpcId !== undefined;
  const pages = Math.max(1, Math.ceil((query.data?.total ?? 0) / search.pageSize));

  return (
    <>
      <PageHeader
        title={t('vpn.list.title')}
        actions={
          <>
            <Button variant="default" onClick={() => void query.refetch()}>
              {t('common.refresh')}
            </Button>
            <OperatorOnly>
              <Button onClick={createModal.open}>{t('vpn.create.open')}</Button>
            </OperatorOnly>
          </>
        }
      />
      <VpnSectionTabs regionId={regionId} current="gateways" />
      <VpnGatewaysFilters regionId={regionId} search={search} onChange={update} />
      {query.isPending ? (
        <TableSkeleton />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Stack align="flex-start" py="xl" role="status">
          <Text fw={500}>{filtered ? t('vpn.list.emptyFiltered') : t('vpn.list.empty')}</Text>
        </Stack>
      ) : (
        <>
          <VpnGatewaysTable items={query.data.items} regionId={regionId} />
          <Group justify="space-between" mt="md">
            <Text fz="sm" role="status">
              {t('vpn.list.total', { count: query.data.total })}
            </Text>
            <Pagination
              total={pages}
              value={Math.min(search.page, pages)}
              onChange={(page) => update({ page })}
              size="sm"
              getItemProps={(p) => ({ 'aria-label': t('vpn.list.goToPage', { page: p }) })}
              getControlProps={(control) => ({ 'aria-label': t(`vpn.list.${control}Page`) })}
            />
          </Group>
        </>
      )}
      {createOpened && (
        <Suspense fallback={null}>
          <CreateVpnGatewayModal regionId={regionId} onClose={createModal.close} />
        </Suspense>
      )}
    </>
  );
}
