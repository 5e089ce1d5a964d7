import { natGatewayRoutes, natGatewayStatusSchema } from '@gc/contracts';
import { lazy } from 'react';
import { gatewayListPage } from '../../../components/ui/list-page/gateway-list-page';
import { bffClient } from '../../../lib/bff-client';
import { listSearchCodec } from '../../../lib/list-search';
import { useNatGateways } from '../api/get-nat-gateways';
import { NAT_STATUS } from '../utils/nat-status';
import { useNatColumns } from './nat-gateway-columns';

// The delete plan loads when a bulk delete starts, off the list's initial bundle.
const DeleteModal = lazy(() =>
  import('./delete-nat-gateway-modal').then((m) => ({ default: m.DeleteNatGatewayModal })),
);

/** The NAT gateways page: filters, table, pagination, refresh, create and bulk tag/delete. */
export const NatGatewaysList = gatewayListPage({
  ns: 'nat',
  search: listSearchCodec(natGatewayRoutes.list.query),
  useList: useNatGateways,
  useColumns: useNatColumns,
  statuses: natGatewayStatusSchema.options,
  statusTable: NAT_STATUS,
  // The create form loads on first open, off the list's initial bundle.
  createModal: lazy(() =>
    import('./create-nat-gateway-modal').then((m) => ({ default: m.CreateNatGatewayModal })),
  ),
  bulk: (regionId) => ({
    replaceTags: (g, tags) =>
      bffClient.call(natGatewayRoutes.replaceTags, {
        params: { regionId, id: g.id },
        body: { tags },
      }),
    deleteModal: DeleteModal,
  }),
});
