import { ipv6GatewayRoutes, ipv6GatewayStatusSchema } from '@gc/contracts';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { GatewayFilters } from '../../../components/ui/list-page/gateway-filters';
import { ListPage } from '../../../components/ui/list-page/list-page';
import { isFiltered, listSearchCodec, nextSort, useListSearch } from '../../../lib/list-search';
import { useIpv6Gateways } from '../api/ipv6-gateways';
import { IPV6_STATUS } from '../utils/ipv6-status';
import { useIpv6Columns } from './ipv6-gateway-columns';

// The create form loads on first open, off the list's initial bundle.
const CreateIpv6GatewayModal = lazy(() =>
  import('./create-ipv6-gateway-modal').then((m) => ({ default: m.CreateIpv6GatewayModal })),
);

/** The IPv6 list's view in the URL, read with the list route's query schema. */
const IPV6_LIST_SEARCH = listSearchCodec(ipv6GatewayRoutes.list.query);

/** The IPv6 gateways page: filters, table, pagination, refresh and create. */
export function Ipv6GatewaysList({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const [search, update] = useListSearch(IPV6_LIST_SEARCH);
  const query = useIpv6Gateways(regionId, search);
  const columns = useIpv6Columns(regionId);
  const [createOpened, createModal] = useDisclosure(false);
  const filtered = isFiltered(IPV6_LIST_SEARCH, search);

  return (
    <ListPage
      title={t('ipv6.list.title')}
      query={query}
      rows={query.data}
      create={{ label: t('ipv6.create.open'), onClick: createModal.open }}
      filtered={filtered}
      empty={{ text: t('ipv6.list.empty'), filteredText: t('ipv6.list.emptyFiltered') }}
      filters={
        <GatewayFilters
          ns="ipv6"
          regionId={regionId}
          statuses={ipv6GatewayStatusSchema.options}
          statusTable={IPV6_STATUS}
          search={search}
          filtered={filtered}
          onChange={update}
        />
      }
      table={{
        label: t('ipv6.list.tableLabel'),
        columns,
        rowKey: (g) => g.id,
        sort: search.sort,
        onSort: (column) => update({ sort: nextSort(search.sort, column) }),
      }}
      pagination={{ page: search.page, pageSize: search.pageSize, onChange: update }}
    >
      {createOpened && (
        <Suspense fallback={null}>
          <CreateIpv6GatewayModal regionId={regionId} onClose={createModal.close} />
        </Suspense>
      )}
    </ListPage>
  );
}
