import type { NatGateway, NatGatewayListQuery, NatGatewayPage } from '@gc/contracts';
import { gatewayPageSpec, pageResources } from './kit/page-resources.ts';

/** How NAT gateway lists are searched, filtered and sorted. */
export const NAT_GATEWAY_PAGE = gatewayPageSpec<NatGateway>();

/** Filters (`q` on name or ID, status, VPC), sorts and pages a full gateway list. */
export function pageNatGateways(all: NatGateway[], query: NatGatewayListQuery): NatGatewayPage {
  return pageResources(all, query, NAT_GATEWAY_PAGE);
}
