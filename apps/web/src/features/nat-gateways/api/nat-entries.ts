import {
  natEntryRoutes,
  type CreateDnatEntryRequest,
  type CreateSnatEntryRequest,
  type DnatEntry,
  type SnatEntry,
} from '@gc/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { pollWhile } from '../../../lib/poll-interval';
import { natKeys } from './nat-gateway-keys';

const busy = (list: { items: { status: string }[] }) =>
  list.items.some((e) => e.status === 'Pending' || e.status === 'Deleting');

export type EntryKind = 'snat' | 'dnat';

/** SNAT entries of a gateway; polls while one is Pending or Deleting. */
export const snatEntriesQueryOptions = (regionId: string, id: string) =>
  queryOptions({
    queryKey: natKeys.snat(regionId, id),
    queryFn: ({ signal }) =>
      bffClient.call(natEntryRoutes.listSnat, { params: { regionId, id }, signal }),
    refetchInterval: pollWhile(busy),
  });

/** DNAT entries of a gateway; polls while one is Pending or Deleting. */
export const dnatEntriesQueryOptions = (regionId: string, id: string) =>
  queryOptions({
    queryKey: natKeys.dnat(regionId, id),
    queryFn: ({ signal }) =>
      bffClient.call(natEntryRoutes.listDnat, { params: { regionId, id }, signal }),
    refetchInterval: pollWhile(busy),
  });

/** The SNAT entries of a gateway. */
export const useSnatEntries = (regionId: string, id: string) =>
  useQuery(snatEntriesQueryOptions(regionId, id));

/** The DNAT entries of a gateway. */
export const useDnatEntries = (regionId: string, id: string) =>
  useQuery(dnatEntriesQueryOptions(regionId, id));

type CreateBody<K extends EntryKind> = K extends 'snat'
  ? CreateSnatEntryRequest
  : CreateDnatEntryRequest;

/** Creates a SNAT or DNAT entry (with an Idempotency-Key, like every create). */
export function useCreateNatEntry<K extends EntryKind>(regionId: string, id: string, kind: K) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: ({
      request,
      idempotencyKey,
    }: {
      request: CreateBody<K>;
      idempotencyKey: string;
    }): Promise<SnatEntry | DnatEntry> => {
      const params = { regionId, id };
      // `kind` fixes the body's type, but TypeScript cannot narrow K from it.
      return kind === 'snat'
        ? bffClient.call(natEntryRoutes.createSnat, {
            params,
            body: request as CreateSnatEntryRequest,
            idempotencyKey,
          })
        : bffClient.call(natEntryRoutes.createDnat, {
            params,
            body: request as CreateDnatEntryRequest,
            idempotencyKey,
          });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: natKeys.detail(regionId, id) }),
  });
}

/**
 * Edits a SNAT or DNAT entry. Shaped like the create mutation so the one entry form submits
 * either; a PATCH needs no key, and an SNAT entry's source is not sent (it cannot change).
 */
export function useUpdateNatEntry<K extends EntryKind>(
  regionId: string,
  id: string,
  kind: K,
  entryId: string,
) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: ({
      request,
    }: {
      request: CreateBody<K>;
      idempotencyKey: string;
    }): Promise<SnatEntry | DnatEntry> => {
      const params = { regionId, id, entryId };
      if (kind === 'dnat') {
        return bffClient.call(natEntryRoutes.updateDnat, {
          params,
          body: request as CreateDnatEntryRequest,
        });
      }
      const { name, snatIps } = request as CreateSnatEntryRequest;
      return bffClient.call(natEntryRoutes.updateSnat, { params, body: { name, snatIps } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: natKeys.detail(regionId, id) }),
  });
}

/** Deletes a SNAT or DNAT entry. */
export function useDeleteNatEntry(regionId: string, id: string, kind: EntryKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entryId: string) =>
      bffClient.call(kind === 'snat' ? natEntryRoutes.removeSnat : natEntryRoutes.removeDnat, {
        params: { regionId, id, entryId },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: natKeys.detail(regionId, id) }),
  });
}
