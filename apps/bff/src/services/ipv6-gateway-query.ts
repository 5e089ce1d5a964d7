import type { Ipv6Gateway, Ipv6GatewayListQuery, Ipv6GatewayPage } from '@gc/contracts';
import { pageResources, timeValue, type PageSpec } from './kit/page-resources.ts';

/** How the IPv6 gateway list searches (`q` on name or ID), filters and sorts. */
export const IPV6_GATEWAY_PAGE: PageSpec<Ipv6Gateway> = {
  searchKeys: [(g) => g.name, (g) => g.id],
  filters: { status: (g) => g.status, vpcId: (g) => g.vpcId },
  sortKeys: {
    name: (g) => g.name,
    status: (g) => g.status,
    creationTime: (g) => timeValue(g.creationTime),
  },
  defaultSort: '-creationTime',
  tieBreak: (g) => g.id,
};

/** Filters (`q` on name or ID, status, VPC), sorts and pages a region's full gateway list. */
export function pageIpv6Gateways(all: Ipv6Gateway[], query: Ipv6GatewayListQuery): Ipv6GatewayPage {
  return pageResources(all, query, IPV6_GATEWAY_PAGE);
}
