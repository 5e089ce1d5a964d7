import {
  dnatEntryListSchema,
  snatEntryListSchema,
  type CreateDnatEntryRequest,
  type CreateSnatEntryRequest,
} from '@gc/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { bffClient } from '../../../lib/bff-client';
import { pollWhile } from '../../../lib/poll-interval';
import { natKeys, natPath } from './nat-gateway-keys';

const busy = (list: { items: { status: string }[] }) =>
  list.items.some((e) => e.status === 'Pending' || e.status === 'Deleting');

export type EntryKind = 'snat' | 'dnat';
const SEGMENT: Record<EntryKind, string> = { snat: 'snat-entries', dnat: 'dnat-entries' };

/** SNAT entries of a gateway; polls while one is Pending or Deleting. */
export const snatEntriesQueryOptions = (regionId: string, id: string) =>
  queryOptions({
    queryKey: natKeys.snat(regionId, id),
    queryFn: ({ signal }) =>
      bffClient.request(`${natPath(regionId, id)}/snat-entries`, snatEntryListSchema, { signal }),
    refetchInterval: pollWhile(busy),
  });

/** DNAT entries of a gateway; polls while one is Pending or Deleting. */
export const dnatEntriesQueryOptions = (regionId: string, id: string) =>
  queryOptions({
    queryKey: natKeys.dnat(regionId, id),
    queryFn: ({ signal }) =>
      bffClient.request(`${natPath(regionId, id)}/dnat-entries`, dnatEntryListSchema, { signal }),
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
    mutationFn: ({ body, idempotencyKey }: { body: CreateBody<K>; idempotencyKey: string }) =>
      bffClient.request(`${natPath(regionId, id)}/${SEGMENT[kind]}`, z.unknown(), {
        method: 'POST',
        body,
        idempotencyKey,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: natKeys.detail(regionId, id) }),
  });
}

/** Deletes a SNAT or DNAT entry. */
export function useDeleteNatEntry(regionId: string, id: string, kind: EntryKind) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entryId: string) =>
      bffClient.request(
        `${natPath(regionId, id)}/${SEGMENT[kind]}/${encodeURIComponent(entryId)}`,
        null,
        { method: 'DELETE' },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: natKeys.detail(regionId, id) }),
  });
}
