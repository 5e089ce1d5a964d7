import type { Ipv6AddressListQuery, Ipv6GatewayListQuery } from '@gc/contracts';

/** Query keys of the IPv6 feature, nested so one region's data can be invalidated at once. */
export const ipv6Keys = {
  all: (regionId: string) => ['regions', regionId, 'ipv6'] as const,
  lists: (regionId: string) => [...ipv6Keys.all(regionId), 'gateways', 'list'] as const,
  list: (regionId: string, search: Ipv6GatewayListQuery) =>
    [...ipv6Keys.lists(regionId), search] as const,
  detail: (regionId: string, id: string) =>
    [...ipv6Keys.all(regionId), 'gateways', 'detail', id] as const,
  candidates: (regionId: string) => [...ipv6Keys.all(regionId), 'vpc-candidates'] as const,
  addresses: (regionId: string, filter: Ipv6AddressListQuery) =>
    [...ipv6Keys.all(regionId), 'addresses', filter] as const,
};
