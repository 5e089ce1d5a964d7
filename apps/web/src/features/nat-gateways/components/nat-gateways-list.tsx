import { natGatewayRoutes, natGatewayStatusSchema } from '@gc/contracts';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { GatewayFilters } from '../../../components/ui/list-page/gateway-filters';
import { ListPage } from '../../../components/ui/list-page/list-page';
import { isFiltered, listSearchCodec, nextSort, useListSearch } from '../../../lib/list-search';
import { useNatGateways } from '../api/get-nat-gateways';
import { NAT_STATUS } from '../utils/nat-status';
import { useNatColumns } from './nat-gateway-columns';

// The create form (with @mantine/form and the tag editor) loads on first open, off the list's
// initial bundle.
const CreateNatGatewayModal = lazy(() =>
  import('./create-nat-gateway-modal').then((m) => ({ default: m.CreateNatGatewayModal })),
);

/** The NAT list's view in the URL, read with the list route's query schema. */
const NAT_LIST_SEARCH = listSearchCodec(natGatewayRoutes.list.query);

/** The NAT gateways page: filters, table, pagination, refresh and create. */
export function NatGatewaysList({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const [search, update] = useListSearch(NAT_LIST_SEARCH);
  const query = useNatGateways(regionId, search);
  const columns = useNatColumns(regionId);
  const [createOpened, createModal] = useDisclosure(false);
  const filtered = isFiltered(NAT_LIST_SEARCH, search);

  return (
    <ListPage
      title={t('nat.list.title')}
      query={query}
      rows={query.data}
      create={{ label: t('nat.create.open'), onClick: createModal.open }}
      filtered={filtered}
      empty={{ text: t('nat.list.empty'), filteredText: t('nat.list.emptyFiltered') }}
      filters={
        <GatewayFilters
          ns="nat"
          regionId={regionId}
          statuses={natGatewayStatusSchema.options}
          statusTable={NAT_STATUS}
          search={search}
          filtered={filtered}
          onChange={update}
        />
      }
      table={{
        label: t('nat.list.tableLabel'),
        columns,
        rowKey: (g) => g.id,
        sort: search.sort,
        onSort: (column) => update({ sort: nextSort(search.sort, column) }),
      }}
      pagination={{ page: search.page, pageSize: search.pageSize, onChange: update }}
    >
      {createOpened && (
        <Suspense fallback={null}>
          <CreateNatGatewayModal regionId={regionId} onClose={createModal.close} />
        </Suspense>
      )}
    </ListPage>
  );
}
