import { auditRoutes, routeUrl, type AuditExportFormat, type AuditListQuery } from '@gc/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { resourceLink } from '../utils/resource-link';

/** Query keys of the audit feature. */
export const auditKeys = {
  all: ['audit'] as const,
  list: (search: AuditListQuery) => [...auditKeys.all, 'list', search] as const,
  exists: (probe: string) => [...auditKeys.all, 'exists', probe] as const,
};

/** One page of the trail for the view in the URL; never cached (new entries arrive all the time). */
export const auditEntriesQueryOptions = (search: AuditListQuery) =>
  queryOptions({
    queryKey: auditKeys.list(search),
    queryFn: ({ signal }) => bffClient.call(auditRoutes.list, { query: search, signal }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

/** The audit trail page for a view. */
export function useAuditEntries(search: AuditListQuery) {
  return useQuery(auditEntriesQueryOptions(search));
}

/** The download URL of the view's export (a plain link: the session cookie goes with it). */
export function auditExportUrl(search: AuditListQuery, format: AuditExportFormat): string {
  // The export has every matching entry: no paging.
  const { page: _page, pageSize: _pageSize, ...filter } = search;
  return routeUrl(auditRoutes.export, {}, { format, ...filter });
}

/**
 * Whether an entry's resource still exists: a read of its page's route, where 404 means gone.
 * Undefined while unknown or for resources without a page.
 */
export function useResourceExists(regionId: string | undefined, resourceId: string | undefined) {
  const link = resourceLink(regionId, resourceId);
  const probe = link?.probe ?? '';
  const query = useQuery({
    queryKey: auditKeys.exists(probe),
    queryFn: async ({ signal }) => {
      try {
        await bffClient.request(probe, null, { signal });
        return true;
      } catch (error) {
        if ((error as { status?: number }).status === 404) return false;
        throw error;
      }
    },
    enabled: link !== undefined,
    staleTime: 60_000,
    retry: false,
  });
  return { link, exists: query.data };
}
