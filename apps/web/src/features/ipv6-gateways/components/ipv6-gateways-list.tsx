import { ipv6GatewayRoutes, ipv6GatewayStatusSchema } from '@gc/contracts';
import { lazy } from 'react';
import { gatewayListPage } from '../../../components/ui/list-page/gateway-list-page';
import { bffClient } from '../../../lib/bff-client';
import { listSearchCodec } from '../../../lib/list-search';
import { useIpv6Gateways } from '../api/ipv6-gateways';
import { IPV6_STATUS } from '../utils/ipv6-status';
import { useIpv6Columns } from './ipv6-gateway-columns';

// The delete plan loads when a bulk delete starts, off the list's initial bundle.
const DeleteModal = lazy(() =>
  import('./delete-ipv6-gateway-modal').then((m) => ({ default: m.DeleteIpv6GatewayModal })),
);

/** The IPv6 gateways page: filters, table, pagination, refresh, create and bulk tag/delete. */
export const Ipv6GatewaysList = gatewayListPage({
  ns: 'ipv6',
  search: listSearchCodec(ipv6GatewayRoutes.list.query),
  useList: useIpv6Gateways,
  useColumns: useIpv6Columns,
  statuses: ipv6GatewayStatusSchema.options,
  statusTable: IPV6_STATUS,
  // The create form loads on first open, off the list's initial bundle.
  createModal: lazy(() =>
    import('./create-ipv6-gateway-modal').then((m) => ({ default: m.CreateIpv6GatewayModal })),
  ),
  bulk: (regionId) => ({
    replaceTags: (g, tags) =>
      bffClient.call(ipv6GatewayRoutes.replaceTags, {
        params: { regionId, id: g.id },
        body: { tags },
      }),
    deleteModal: DeleteModal,
  }),
});
