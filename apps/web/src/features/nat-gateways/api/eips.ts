import { eipListSchema, eipSchema, type AllocateEipRequest } from '@gc/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { bffClient } from '../../../lib/bff-client';
import { natKeys, natPath } from './nat-gateway-keys';

/** EIPs bound to nothing: the picker's choices. */
export const freeEipsQueryOptions = (regionId: string) =>
  queryOptions({
    queryKey: natKeys.freeEips(regionId),
    queryFn: ({ signal }) =>
      bffClient.request(`/api/regions/${encodeURIComponent(regionId)}/eips`, eipListSchema, {
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
      bffClient.request(`/api/regions/${encodeURIComponent(regionId)}/eips`, eipSchema, {
        method: 'POST',
        body,
        idempotencyKey,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: natKeys.freeEips(regionId) }),
  });
}

/** Binds a free EIP to the gateway. */
export function useBindEip(regionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (allocationId: string) =>
      bffClient.request(`${natPath(regionId, id)}/eips`, z.unknown(), {
        method: 'POST',
        body: { allocationId },
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: natKeys.all(regionId) }),
        queryClient.invalidateQueries({ queryKey: natKeys.freeEips(regionId) }),
      ]),
  });
}

/** Unbinds an EIP from the gateway. */
export function useUnbindEip(regionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (allocationId: string) =>
      bffClient.request(`${natPath(regionId, id)}/eips/${encodeURIComponent(allocationId)}`, null, {
        method: 'DELETE',
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: natKeys.all(regionId) }),
        queryClient.invalidateQueries({ queryKey: natKeys.freeEips(regionId) }),
      ]),
  });
}
