import type { NatGateway, NatGatewayListQuery, NatGatewayPage } from '@gc/contracts';
import { pageResources, timeValue, type PageSpec } from './kit/page-resources.ts';

/** How the NAT list searches (`q` on name or ID), filters and sorts. */
export const NAT_GATEWAY_PAGE: PageSpec<NatGateway> = {
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

/** Filters (`q` on name or ID, status, VPC), sorts and pages a full gateway list. */
export function pageNatGateways(all: NatGateway[], query: NatGatewayListQuery): NatGatewayPage {
  return pageResources(all, query, NAT_GATEWAY_PAGE);
}
