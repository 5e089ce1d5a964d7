import { vpnGatewayRoutes, vpnGatewayStatusSchema } from '@gc/contracts';
import { useDisclosure } from '@mantine/hooks';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { GatewayFilters } from '../../../components/ui/list-page/gateway-filters';
import { ListPage } from '../../../components/ui/list-page/list-page';
import { isFiltered, listSearchCodec, nextSort, useListSearch } from '../../../lib/list-search';
import { useVpnGateways } from '../api/vpn-gateways';
import { VPN_STATUS } from '../utils/vpn-status';
import { useVpnColumns } from './vpn-gateway-columns';
import { VpnSectionTabs } from './vpn-section-tabs';

// The create form loads on first open, off the list's initial bundle.
const CreateVpnGatewayModal = lazy(() =>
  import('./create-vpn-gateway-modal').then((m) => ({ default: m.CreateVpnGatewayModal })),
);

/** The VPN list's view in the URL, read with the list route's query schema. */
const VPN_LIST_SEARCH = listSearchCodec(vpnGatewayRoutes.list.query);

/** The VPN gateways page: filters, table, pagination, refresh and create. */
export function VpnGatewaysList({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const [search, update] = useListSearch(VPN_LIST_SEARCH);
  const query = useVpnGateways(regionId, search);
  const columns = useVpnColumns(regionId);
  const [createOpened, createModal] = useDisclosure(false);
  const filtered = isFiltered(VPN_LIST_SEARCH, search);

  return (
    <ListPage
      title={t('vpn.list.title')}
      query={query}
      rows={query.data}
      create={{ label: t('vpn.create.open'), onClick: createModal.open }}
      filtered={filtered}
      empty={{ text: t('vpn.list.empty'), filteredText: t('vpn.list.emptyFiltered') }}
      nav={<VpnSectionTabs regionId={regionId} current="gateways" />}
      filters={
        <GatewayFilters
          ns="vpn"
          regionId={regionId}
          statuses={vpnGatewayStatusSchema.options}
          statusTable={VPN_STATUS}
          search={search}
          filtered={filtered}
          onChange={update}
        />
      }
      table={{
        label: t('vpn.list.tableLabel'),
        columns,
        rowKey: (g) => g.id,
        sort: search.sort,
        onSort: (column) => update({ sort: nextSort(search.sort, column) }),
      }}
      pagination={{ page: search.page, pageSize: search.pageSize, onChange: update }}
    >
      {createOpened && (
        <Suspense fallback={null}>
          <CreateVpnGatewayModal regionId={regionId} onClose={createModal.close} />
        </Suspense>
      )}
    </ListPage>
  );
}
