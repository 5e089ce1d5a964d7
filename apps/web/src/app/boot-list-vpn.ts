import { vpnGatewayRoutes } from '@gc/contracts';
import { vpnGatewaysQueryOptions } from '../features/vpn-gateways/api/vpn-gateways';
import { listPrefetcher } from './boot-lists';

/** Asks for the list a VPN gateway list URL shows, under the key its page will read. */
export const prefetchList = listPrefetcher(vpnGatewayRoutes.list, (client, regionId, view) =>
  client.prefetchQuery(vpnGatewaysQueryOptions(regionId, view)),
);
