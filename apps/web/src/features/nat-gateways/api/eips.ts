import { eipRoutes, type AllocateEipRequest, type UpdateEipRequest } from '@gc/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { pollWhile } from '../../../lib/poll-interval';
import { natKeys } from './nat-gateway-keys';

const moving = (list: { items: { status: string }[] }) =>
  list.items.some((e) => e.status === 'Associating' || e.status === 'Unassociating');

/** EIPs bound to the gateway; polls while one is still being bound or unbound. */
export const gatewayEipsQueryOptions = (regionId: string, id: string) =>
  queryOptions({
    queryKey: natKeys.eips(regionId, id),
    queryFn: ({ signal }) =>
      bffClient.call(eipRoutes.listBound, { params: { regionId, id }, signal }),
    refetchInterval: pollWhile(moving),
  });

/** The EIPs bound to a gateway. */
export const useGatewayEips = (regionId: string, id: string) =>
  useQuery(gatewayEipsQueryOptions(regionId, id));

/** EIPs bound to nothing: the picker's choices. */
export const freeEipsQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: natKeys.freeEips(regionId),
    queryFn: ({ signal }) =>
      bffClient.call(eipRoutes.list, {
        params: { regionId },
        query: { status: 'Available' },
        signal,
      }),
  });

/** The free EIPs of a region; idle until the picker opens. */
export const useFreeEips = (regionId: string, enabled: boolean) =>
  useQuery({ ...freeEipsQueryOptions(regionId), enabled });

/** Allocates a new EIP, which then shows in the picker. */
export function useAllocateEip(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: AllocateEipRequest; idempotencyKey: string }) =>
      bffClient.call(eipRoutes.allocate, { params: { regionId }, body, idempotencyKey }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: natKeys.freeEips(regionId) }),
  });
}

/** Binds a free EIP to the gateway. */
export function useBindEip(regionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (allocationId: string) =>
      bffClient.call(eipRoutes.bind, { params: { regionId, id }, body: { allocationId } }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: natKeys.all(regionId) }),
        queryClient.invalidateQueries({ queryKey: natKeys.freeEips(regionId) }),
      ]),
  });
}

/** Renames, re-describes or re-sizes an EIP; create-shaped for the kit's submit handler. */
export function useUpdateEip(regionId: string, id: string, allocationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: ({ request }: { request: UpdateEipRequest; idempotencyKey: string }) =>
      bffClient.call(eipRoutes.update, { params: { regionId, allocationId }, body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: natKeys.detail(regionId, id) }),
  });
}

/** Unbinds an EIP from the gateway. */
export function useUnbindEip(regionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (allocationId: string) =>
      bffClient.call(eipRoutes.unbind, { params: { regionId, id, allocationId } }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: natKeys.all(regionId) }),
        queryClient.invalidateQueries({ queryKey: natKeys.freeEips(regionId) }),
      ]),
  });
}

/**
 * The gateway's usable EIPs (bound and settled). The EIP list is fresher than the gateway's own
 * `eips` right after a bind, so it wins once loaded.
 */
export function useBoundEips(gateway: {
  regionId: string;
  id: string;
  eips: { allocationId: string; ipAddress: string }[];
}) {
  const { data } = useGatewayEips(gateway.regionId, gateway.id);
  if (!data) return gateway.eips;
  return data.items
    .filter((e) => e.status === 'InUse')
    .map((e) => ({ allocationId: e.allocationId, ipAddress: e.ipAddress }));
}
