import type { Ipv6Gateway, Ipv6GatewayListQuery, Ipv6GatewayPage } from '@gc/contracts';
import { gatewayPageSpec, pageResources } from './kit/page-resources.ts';

/** How IPv6 gateway lists are searched, filtered and sorted. */
export const IPV6_GATEWAY_PAGE = gatewayPageSpec<Ipv6Gateway>();

/** Filters (`q` on name or ID, status, VPC), sorts and pages a region's full gateway list. */
export function pageIpv6Gateways(all: Ipv6Gateway[], query: Ipv6GatewayListQuery): Ipv6GatewayPage {
  return pageResources(all, query, IPV6_GATEWAY_PAGE);
}
