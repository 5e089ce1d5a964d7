import { vpnGatewayRoutes, vpnGatewayStatusSchema } from '@gc/contracts';
import { lazy } from 'react';
import { gatewayListPage } from '../../../components/ui/list-page/gateway-list-page';
import { bffClient } from '../../../lib/bff-client';
import { listSearchCodec } from '../../../lib/list-search';
import { useVpnGateways } from '../api/vpn-gateways';
import { VPN_STATUS } from '../utils/vpn-status';
import { useVpnColumns } from './vpn-gateway-columns';
import { VpnSectionTabs } from './vpn-section-tabs';

// The delete plan loads when a bulk delete starts, off the list's initial bundle.
const DeleteModal = lazy(() =>
  import('./bulk-delete-vpn-gateway').then((m) => ({ default: m.BulkDeleteVpnGateway })),
);

/** The VPN gateways page: filters, table, pagination, refresh, create and bulk tag/delete. */
export const VpnGatewaysList = gatewayListPage({
  ns: 'vpn',
  search: listSearchCodec(vpnGatewayRoutes.list.query),
  useList: useVpnGateways,
  useColumns: useVpnColumns,
  statuses: vpnGatewayStatusSchema.options,
  statusTable: VPN_STATUS,
  // The create form loads on first open, off the list's initial bundle.
  createModal: lazy(() =>
    import('./create-vpn-gateway-modal').then((m) => ({ default: m.CreateVpnGatewayModal })),
  ),
  nav: (regionId) => <VpnSectionTabs regionId={regionId} current="gateways" />,
  bulk: (regionId) => ({
    replaceTags: (g, tags) =>
      bffClient.call(vpnGatewayRoutes.replaceTags, {
        params: { regionId, id: g.id },
        body: { tags },
      }),
    deleteModal: DeleteModal,
  }),
});
