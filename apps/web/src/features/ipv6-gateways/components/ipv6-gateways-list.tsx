import { ipv6GatewayRoutes, ipv6GatewayStatusSchema } from '@gc/contracts';
import { lazy } from 'react';
import { gatewayListPage } from '../../../components/ui/list-page/gateway-list-page';
import { listSearchCodec } from '../../../lib/list-search';
import { useIpv6Gateways } from '../api/ipv6-gateways';
import { IPV6_STATUS } from '../utils/ipv6-status';
import { useIpv6Columns } from './ipv6-gateway-columns';

/** The IPv6 gateways page: filters, table, pagination, refresh and create. */
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
});
