import type { NatGatewayListQuery } from '@gc/contracts';

/** Query keys of the NAT feature, nested so one region's data can be invalidated at once. */
export const natKeys = {
  all: (regionId: string) => ['regions', regionId, 'nat-gateways'] as const,
  lists: (regionId: string) => [...natKeys.all(regionId), 'list'] as const,
  list: (regionId: string, search: NatGatewayListQuery) =>
    [...natKeys.lists(regionId), search] as const,
  detail: (regionId: string, id: string) => [...natKeys.all(regionId), 'detail', id] as const,
  snat: (regionId: string, id: string) => [...natKeys.detail(regionId, id), 'snat'] as const,
  dnat: (regionId: string, id: string) => [...natKeys.detail(regionId, id), 'dnat'] as const,
  eips: (regionId: string, id: string) => [...natKeys.detail(regionId, id), 'eips'] as const,
  attribute: (regionId: string, id: string) =>
    [...natKeys.detail(regionId, id), 'attribute'] as const,
  zones: (regionId: string, lang: string) => ['regions', regionId, 'nat-zones', lang] as const,
  freeEips: (regionId: string) => ['regions', regionId, 'eips', 'Available'] as const,
};
