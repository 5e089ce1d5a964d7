import { useCallback } from 'react';
import { useUrlState } from '../../../lib/use-url-state';
import {
  parseAuditSearch,
  serializeAuditSearch,
  updateAuditSearch,
  type AuditSearch,
} from '../utils/audit-search';

/** The audit view from the URL, and a setter that writes changes back to it. */
export function useAuditSearch() {
  const [search, setSearch] = useUrlState(parseAuditSearch, serializeAuditSearch);
  const update = useCallback(
    (change: Partial<AuditSearch>) =>
      setSearch((current) => updateAuditSearch(current, change), { replace: !('page' in change) }),
    [setSearch],
  );
  return [search, update] as const;
}
