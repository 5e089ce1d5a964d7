import { natGatewayRoutes, routeUrl } from '@gc/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { natGatewaysQueryOptions } from '../features/nat-gateways/api/get-nat-gateways';
import { listSearchCodec } from '../lib/list-search';
import { adoptList, type EarlyList } from './boot-lists';

// The list page's own codec: the view, hence the query key, is the page's.
const codec = listSearchCodec(natGatewayRoutes.list.query);

/** Asks for the list a NAT gateway list URL shows, under the key its page will read. */
export function prefetchList(
  client: QueryClient,
  regionId: string,
  params: URLSearchParams,
  early?: EarlyList,
): void {
  const view = codec.parse(params);
  const path = routeUrl(natGatewayRoutes.list, { regionId });
  adoptList(natGatewayRoutes.list, path, view, params, early, () =>
    client.prefetchQuery(natGatewaysQueryOptions(regionId, view)),
  );
}
