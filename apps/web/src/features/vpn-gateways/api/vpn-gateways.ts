import {
  vpnGatewayRoutes,
  type CreateVpnGatewayRequest,
  type Tag,
  type UpdateVpnGatewayRequest,
  type VpnGateway,
  type VpnGatewayListQuery,
  type VpnGatewayPage,
} from '@gc/contracts';
import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { pollWhile } from '../../../lib/poll-interval';
import { isVpnTransitional } from '../utils/vpn-status';
import { vpnKeys } from './vpn-keys';

/** One page of VPN gateways; polls with backoff while a visible gateway is changing. */
export const vpnGatewaysQueryOptions = (regionId: string, search: VpnGatewayListQuery) =>
  queryOptions({
    queryKey: vpnKeys.list(regionId, search),
    queryFn: ({ signal }) =>
      bffClient.call(vpnGatewayRoutes.list, {
        params: { regionId },
        query: search,
        signal,
      }),
    placeholderData: keepPreviousData,
    refetchInterval: pollWhile((p: VpnGatewayPage) =>
      p.items.some((g) => isVpnTransitional(g.status)),
    ),
  });

/** The VPN gateways of a region for the list view in the URL. */
export const useVpnGateways = (regionId: string, search: VpnGatewayListQuery) =>
  useQuery(vpnGatewaysQueryOptions(regionId, search));

/** One VPN gateway; polls while it is changing (provisioning, updating, deleting). */
export const vpnGatewayQueryOptions = (regionId: string, id: string) =>
  queryOptions({
    queryKey: vpnKeys.detail(regionId, id),
    queryFn: ({ signal }) =>
      bffClient.call(vpnGatewayRoutes.get, { params: { regionId, id }, signal }),
    refetchInterval: pollWhile((g: VpnGateway) => isVpnTransitional(g.status)),
  });

/** One VPN gateway by ID. */
export const useVpnGateway = (regionId: string, id: string) =>
  useQuery(vpnGatewayQueryOptions(regionId, id));

/** Puts a new gateway at the top of every cached first page that does not show it yet. */
export function insertIntoVpnPage(page: VpnGatewayPage | undefined, gateway: VpnGateway) {
  if (!page || page.page !== 1 || page.items.some((g) => g.id === gateway.id)) return page;
  return { ...page, items: [gateway, ...page.items], total: page.total + 1 };
}

/** Creates a VPN gateway; its row appears at once (provisioning) and polling takes over. */
export function useCreateVpnGateway(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: ({
      request,
      idempotencyKey,
    }: {
      request: CreateVpnGatewayRequest;
      idempotencyKey: string;
    }) =>
      bffClient.call(vpnGatewayRoutes.create, {
        params: { regionId },
        body: request,
        idempotencyKey,
      }),
    onSuccess: async (gateway) => {
      queryClient.setQueriesData<VpnGatewayPage>({ queryKey: vpnKeys.lists(regionId) }, (page) =>
        insertIntoVpnPage(page, gateway),
      );
      await queryClient.invalidateQueries({ queryKey: vpnKeys.lists(regionId) });
    },
  });
}

/** Renames a gateway and/or changes its description. */
export function useUpdateVpnGateway(regionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: (request: UpdateVpnGatewayRequest) =>
      bffClient.call(vpnGatewayRoutes.update, { params: { regionId, id }, body: request }),
    onSuccess: (gateway) => {
      queryClient.setQueryData(vpnKeys.detail(regionId, id), gateway);
      return queryClient.invalidateQueries({ queryKey: vpnKeys.lists(regionId) });
    },
  });
}

/** Replaces a gateway's tags (`PUT …/vpn-gateways/:id/tags`). */
export function useUpdateVpnGatewayTags(regionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: (tags: Tag[]) =>
      bffClient.call(vpnGatewayRoutes.replaceTags, { params: { regionId, id }, body: { tags } }),
    onSuccess: (gateway) => {
      queryClient.setQueryData(vpnKeys.detail(regionId, id), gateway);
      return queryClient.invalidateQueries({ queryKey: vpnKeys.lists(regionId) });
    },
  });
}
