import {
  natGatewayRoutes,
  type NatGateway,
  type NatGatewayPage,
  type Tag,
  type UpdateNatGatewayRequest,
} from '@gc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { natKeys } from './nat-gateway-keys';

/** Renames a gateway and/or changes its description. */
export function useUpdateNatGateway(regionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: (request: UpdateNatGatewayRequest) =>
      bffClient.call(natGatewayRoutes.update, { params: { regionId, id }, body: request }),
    onSuccess: (_data, request) => {
      queryClient.setQueryData<NatGateway>(natKeys.detail(regionId, id), (g) =>
        g ? { ...g, ...request } : g,
      );
      return queryClient.invalidateQueries({ queryKey: natKeys.all(regionId) });
    },
  });
}

/** Replaces a gateway's tags (`PUT …/nat-gateways/:id/tags`). */
export function useUpdateNatGatewayTags(regionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: (tags: Tag[]) =>
      bffClient.call(natGatewayRoutes.replaceTags, { params: { regionId, id }, body: { tags } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: natKeys.all(regionId) }),
  });
}

/** Marks a gateway Deleting in every cached page, so the list shows it going at once. */
export function markDeleting(page: NatGatewayPage | undefined, id: string) {
  if (!page) return page;
  return {
    ...page,
    items: page.items.map((g) => (g.id === id ? { ...g, status: 'Deleting' as const } : g)),
  };
}

/** Deletes a gateway; `force` also removes its entries and unbinds its EIPs. */
export function useDeleteNatGateway(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: ({ id, force }: { id: string; force: boolean }) =>
      bffClient.call(natGatewayRoutes.remove, {
        params: { regionId, id },
        query: force ? { force: 'true' } : {},
      }),
    onSuccess: (_data, { id }) => {
      queryClient.setQueriesData<NatGatewayPage>({ queryKey: natKeys.lists(regionId) }, (page) =>
        markDeleting(page, id),
      );
      queryClient.removeQueries({ queryKey: natKeys.detail(regionId, id) });
      return queryClient.invalidateQueries({ queryKey: natKeys.lists(regionId) });
    },
  });
}
