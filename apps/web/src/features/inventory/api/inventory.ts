import {
  deletionProtectionRoutes,
  inventoryRoutes,
  routeUrl,
  type CheckFixAction,
  type InventoryExportFormat,
  type InventoryQuery,
} from '@gc/contracts';
import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';

/** The cross-region inventory for the filters in the URL (the BFF filters it). */
export const inventoryQueryOptions = (query: InventoryQuery) =>
  queryOptions({
    queryKey: ['inventory', query] as const,
    queryFn: ({ signal }) => bffClient.call(inventoryRoutes.inventory, { query, signal }),
    placeholderData: keepPreviousData,
    // A fan-out over every region: keep it a little longer than single-region lists.
    staleTime: 15_000,
  });

/** The inventory view. */
export function useInventory(query: InventoryQuery) {
  return useQuery(inventoryQueryOptions(query));
}

/** URL of the export file for the same filters (the BFF answers it as an attachment). */
export function inventoryExportUrl(format: InventoryExportFormat, query: InventoryQuery): string {
  return routeUrl(inventoryRoutes.export, {}, { format, ...query });
}

/** Applies a finding's one-click fix through the normal (audited) route, then re-reads the inventory. */
export function useApplyFix() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ action, regionId, resourceId }: FixRequest): Promise<void> => {
      if (action === 'nat-deletion-protection') {
        await bffClient.call(deletionProtectionRoutes.natGateway, {
          params: { regionId, id: resourceId },
          body: { enabled: true },
        });
      } else {
        await bffClient.call(deletionProtectionRoutes.eip, {
          params: { regionId, allocationId: resourceId },
          body: { enabled: true },
        });
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['inventory'] }),
  });
}

/** One fix: what to change on which resource. */
export interface FixRequest {
  action: CheckFixAction;
  regionId: string;
  resourceId: string;
}
