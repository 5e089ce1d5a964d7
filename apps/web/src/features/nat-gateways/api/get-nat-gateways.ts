import {
  natGatewayRoutes,
  type NatGateway,
  type NatGatewayListQuery,
  type NatGatewayPage,
} from '@gc/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { pollWhile } from '../../../lib/poll-interval';
import { isTransitional } from '../utils/nat-status';
import { natKeys } from './nat-gateway-keys';

/** True while any gateway on the page is in a transitional state. */
export function pageIsBusy(page: NatGatewayPage): boolean {
  return page.items.some((g) => isTransitional(g.status));
}

/** One page of NAT gateways; polls with backoff while a visible gateway is changing. */
export const natGatewaysQueryOptions = (regionId: string, search: NatGatewayListQuery) =>
  queryOptions({
    queryKey: natKeys.list(regionId, search),
    queryFn: ({ signal }) =>
      bffClient.call(natGatewayRoutes.list, {
        params: { regionId },
        query: search,
        signal,
      }),
    placeholderData: keepPreviousData,
    refetchInterval: pollWhile(pageIsBusy),
  });

/** The NAT gateways of a region, for the list view in the URL. */
export function useNatGateways(regionId: string, search: NatGatewayListQuery) {
  return useQuery(natGatewaysQueryOptions(regionId, search));
}

/** One NAT gateway; polls while it is changing. */
export const natGatewayQueryOptions = (regionId: string, id: string) =>
  queryOptions({
    queryKey: natKeys.detail(regionId, id),
    queryFn: ({ signal }) =>
      bffClient.call(natGatewayRoutes.get, { params: { regionId, id }, signal }),
    refetchInterval: pollWhile((g: NatGateway) => isTransitional(g.status)),
  });

/** One NAT gateway by ID. */
export function useNatGateway(regionId: string, id: string) {
  return useQuery(natGatewayQueryOptions(regionId, id));
}
