import { ipv6GatewayRoutes, routeUrl } from '@gc/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { ipv6GatewaysQueryOptions } from '../features/ipv6-gateways/api/ipv6-gateways';
import { listSearchCodec } from '../lib/list-search';
import { adoptList, type EarlyList } from './boot-lists';

// The list page's own codec: the view, hence the query key, is the page's.
const codec = listSearchCodec(ipv6GatewayRoutes.list.query);

/** Asks for the list a IPV6 gateway list URL shows, under the key its page will read. */
export function prefetchList(
  client: QueryClient,
  regionId: string,
  params: URLSearchParams,
  early?: EarlyList,
): void {
  const view = codec.parse(params);
  const path = routeUrl(ipv6GatewayRoutes.list, { regionId });
  adoptList(ipv6GatewayRoutes.list, path, view, params, early, () =>
    client.prefetchQuery(ipv6GatewaysQueryOptions(regionId, view)),
  );
}
