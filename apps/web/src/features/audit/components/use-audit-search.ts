import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseAuditSearch,
  serializeAuditSearch,
  updateAuditSearch,
  type AuditSearch,
} from '../utils/audit-search';

/** The audit view from the URL, and a setter that writes changes back to it. */
export function useAuditSearch() {
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseAuditSearch(params), [params]);
  const update = useCallback(
    (change: Partial<AuditSearch>) =>
      setParams(
        (current) => serializeAuditSearch(updateAuditSearch(parseAuditSearch(current), change)),
        { replace: !('page' in change) },
      ),
    [setParams],
  );
  return [search, update] as const;
}
