import { natGatewayRoutes } from '@gc/contracts';
import { natGatewaysQueryOptions } from '../features/nat-gateways/api/get-nat-gateways';
import { listPrefetcher } from './boot-lists';

/** Asks for the list a NAT gateway list URL shows, under the key its page will read. */
export const prefetchList = listPrefetcher(natGatewayRoutes.list, (client, regionId, view) =>
  client.prefetchQuery(natGatewaysQueryOptions(regionId, view)),
);
