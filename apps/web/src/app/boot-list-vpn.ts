import { vpnGatewayRoutes, routeUrl } from '@gc/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { vpnGatewaysQueryOptions } from '../features/vpn-gateways/api/vpn-gateways';
import { listSearchCodec } from '../lib/list-search';
import { adoptList, type EarlyList } from './boot-lists';

// The list page's own codec: the view, hence the query key, is the page's.
const codec = listSearchCodec(vpnGatewayRoutes.list.query);

/** Asks for the list a VPN gateway list URL shows, under the key its page will read. */
export function prefetchList(
  client: QueryClient,
  regionId: string,
  params: URLSearchParams,
  early?: EarlyList,
): void {
  const view = codec.parse(params);
  const path = routeUrl(vpnGatewayRoutes.list, { regionId });
  adoptList(vpnGatewayRoutes.list, path, view, params, early, () =>
    client.prefetchQuery(vpnGatewaysQueryOptions(regionId, view)),
  );
}
