import { ipv6GatewayRoutes, natGatewayRoutes, vpnGatewayRoutes } from '@gc/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { ipv6GatewaysQueryOptions } from '../features/ipv6-gateways/api/ipv6-gateways';
import { natGatewaysQueryOptions } from '../features/nat-gateways/api/get-nat-gateways';
import { vpnGatewaysQueryOptions } from '../features/vpn-gateways/api/vpn-gateways';
import { listSearchCodec } from '../lib/list-search';

// The same codecs as the list pages': the view, hence the query key, is the page's own.
const nat = listSearchCodec(natGatewayRoutes.list.query);
const vpn = listSearchCodec(vpnGatewayRoutes.list.query);
const ipv6 = listSearchCodec(ipv6GatewayRoutes.list.query);

/** Asks for the list a gateway list URL shows, under the key its page will read. */
export function prefetchList(
  client: QueryClient,
  kind: string,
  regionId: string,
  params: URLSearchParams,
): void {
  if (kind === 'nat')
    void client.prefetchQuery(natGatewaysQueryOptions(regionId, nat.parse(params)));
  if (kind === 'vpn')
    void client.prefetchQuery(vpnGatewaysQueryOptions(regionId, vpn.parse(params)));
  if (kind === 'ipv6')
    void client.prefetchQuery(ipv6GatewaysQueryOptions(regionId, ipv6.parse(params)));
}
