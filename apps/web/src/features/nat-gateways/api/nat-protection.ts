import { deletionProtectionRoutes, natGatewayRoutes, type NatGateway } from '@gc/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { natKeys } from './nat-gateway-keys';

/** What GetNatGatewayAttribute adds to the list item (protection, billing, private network…). */
export const natAttributeQueryOptions = (regionId: string, id: string) =>
  queryOptions({
    queryKey: natKeys.attribute(regionId, id),
    queryFn: ({ signal }) =>
      bffClient.call(natGatewayRoutes.attribute, { params: { regionId, id }, signal }),
  });

/** The extra attributes of one gateway; the detail page leaves them out while they are missing. */
export const useNatGatewayAttribute = (regionId: string, id: string) =>
  useQuery(natAttributeQueryOptions(regionId, id));

/** The zones a NAT gateway is sold in, named in the console's language (the API defaults to zh). */
export function useNatZones(regionId: string, language: string) {
  const lang = language.startsWith('zh') ? 'zh' : 'en';
  return useQuery({
    queryKey: natKeys.zones(regionId, lang),
    queryFn: ({ signal }) =>
      bffClient.call(natGatewayRoutes.availableZones, {
        params: { regionId },
        query: { lang },
        signal,
      }),
    staleTime: 5 * 60_000,
  });
}

/** Turns a gateway's deletion protection on or off; the answer is the gateway, read back. */
export function useSetNatProtection(regionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enabled: boolean) =>
      bffClient.call(deletionProtectionRoutes.natGateway, {
        params: { regionId, id },
        body: { enabled },
      }),
    onSuccess: (gateway: NatGateway) => {
      queryClient.setQueryData(natKeys.detail(regionId, id), gateway);
      return queryClient.invalidateQueries({ queryKey: natKeys.all(regionId) });
    },
  });
}

/** Turns a bound EIP's deletion protection on or off, then refreshes the gateway's EIP list. */
export function useSetEipProtection(regionId: string, gatewayId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ allocationId, enabled }: { allocationId: string; enabled: boolean }) =>
      bffClient.call(deletionProtectionRoutes.eip, {
        params: { regionId, allocationId },
        body: { enabled },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: natKeys.eips(regionId, gatewayId) }),
  });
}
