import {
  ipv6GatewayRoutes,
  type Ipv6Gateway,
  type Ipv6GatewayListQuery,
  type Ipv6GatewayPage,
} from '@gc/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { pollWhile } from '../../../lib/poll-interval';
import { isIpv6Transitional } from '../utils/ipv6-status';
import { ipv6Keys } from './ipv6-keys';

/** True while any gateway on the page is in a transitional state. */
export function ipv6PageIsBusy(page: Ipv6GatewayPage): boolean {
  return page.items.some((g) => isIpv6Transitional(g.status));
}

/** One page of IPv6 gateways; polls with backoff while a visible gateway is changing. */
export const ipv6GatewaysQueryOptions = (regionId: string, search: Ipv6GatewayListQuery) =>
  queryOptions({
    queryKey: ipv6Keys.list(regionId, search),
    queryFn: ({ signal }) =>
      bffClient.call(ipv6GatewayRoutes.list, {
        params: { regionId },
        query: search,
        signal,
      }),
    placeholderData: keepPreviousData,
    refetchInterval: pollWhile(ipv6PageIsBusy),
  });

/** The IPv6 gateways of a region, for the list view in the URL. */
export function useIpv6Gateways(regionId: string, search: Ipv6GatewayListQuery) {
  return useQuery(ipv6GatewaysQueryOptions(regionId, search));
}

/** One IPv6 gateway by ID; polls while it is changing. */
export function useIpv6Gateway(regionId: string, id: string) {
  return useQuery({
    queryKey: ipv6Keys.detail(regionId, id),
    queryFn: ({ signal }) =>
      bffClient.call(ipv6GatewayRoutes.get, { params: { regionId, id }, signal }),
    refetchInterval: pollWhile((g: Ipv6Gateway) => isIpv6Transitional(g.status)),
  });
}

/** The create form's VPC picker: every VPC, eligible or with the reason it is not. */
export function useIpv6VpcCandidates(regionId: string) {
  return useQuery({
    queryKey: ipv6Keys.candidates(regionId),
    queryFn: ({ signal }) =>
      bffClient.call(ipv6GatewayRoutes.vpcCandidates, { params: { regionId }, signal }),
    staleTime: 0,
  });
}
