import { ipv6GatewayRoutes } from '@gc/contracts';
import { ipv6GatewaysQueryOptions } from '../features/ipv6-gateways/api/ipv6-gateways';
import { listPrefetcher } from './boot-lists';

/** Asks for the list a IPV6 gateway list URL shows, under the key its page will read. */
export const prefetchList = listPrefetcher(ipv6GatewayRoutes.list, (client, regionId, view) =>
  client.prefetchQuery(ipv6GatewaysQueryOptions(regionId, view)),
);
