import {
  ipv6GatewayRoutes,
  type CreateIpv6GatewayRequest,
  type Ipv6Gateway,
  type Ipv6GatewayPage,
  type Tag,
  type UpdateIpv6GatewayRequest,
} from '@gc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { ipv6Keys } from './ipv6-keys';

/** Puts a new gateway at the top of every cached first page that does not show it yet. */
export function insertIpv6Gateway(page: Ipv6GatewayPage | undefined, gateway: Ipv6Gateway) {
  if (!page || page.page !== 1 || page.items.some((g) => g.id === gateway.id)) return page;
  return { ...page, items: [gateway, ...page.items], total: page.total + 1 };
}

/** Marks a gateway Deleting in a cached page, so the list shows it going at once. */
export function markIpv6Deleting(page: Ipv6GatewayPage | undefined, id: string) {
  if (!page) return page;
  return {
    ...page,
    items: page.items.map((g) => (g.id === id ? { ...g, status: 'Deleting' as const } : g)),
  };
}

/** Creates the IPv6 gateway of a VPC; the row appears at once and polling takes over. */
export function useCreateIpv6Gateway(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: (v: { request: CreateIpv6GatewayRequest; idempotencyKey: string }) =>
      bffClient.call(ipv6GatewayRoutes.create, {
        params: { regionId },
        body: v.request,
        idempotencyKey: v.idempotencyKey,
      }),
    onSuccess: (gateway) => {
      queryClient.setQueriesData<Ipv6GatewayPage>({ queryKey: ipv6Keys.lists(regionId) }, (p) =>
        insertIpv6Gateway(p, gateway),
      );
      return queryClient.invalidateQueries({ queryKey: ipv6Keys.all(regionId) });
    },
  });
}

/** Renames a gateway and/or changes its description. */
export function useUpdateIpv6Gateway(regionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: (request: UpdateIpv6GatewayRequest) =>
      bffClient.call(ipv6GatewayRoutes.update, { params: { regionId, id }, body: request }),
    onSuccess: (gateway) => {
      queryClient.setQueryData(ipv6Keys.detail(regionId, id), gateway);
      return queryClient.invalidateQueries({ queryKey: ipv6Keys.lists(regionId) });
    },
  });
}

/** Replaces a gateway's tags (`PUT …/ipv6-gateways/:id/tags`). */
export function useUpdateIpv6GatewayTags(regionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: (tags: Tag[]) =>
      bffClient.call(ipv6GatewayRoutes.replaceTags, { params: { regionId, id }, body: { tags } }),
    onSuccess: (gateway) => {
      queryClient.setQueryData(ipv6Keys.detail(regionId, id), gateway);
      return queryClient.invalidateQueries({ queryKey: ipv6Keys.lists(regionId) });
    },
  });
}
