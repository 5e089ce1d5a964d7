import { useCallback } from 'react';
import { useUrlState } from '../../../lib/use-url-state';
import {
  parseListSearch,
  serializeListSearch,
  updateListSearch,
  type NatListSearch,
} from '../utils/list-search';

/** The list view from the URL, and a setter that writes changes back to it. */
export function useListSearch() {
  const [search, setSearch] = useUrlState(parseListSearch, serializeListSearch);
  const update = useCallback(
    (change: Partial<NatListSearch>) =>
      setSearch((current) => updateListSearch(current, change), { replace: !('page' in change) }),
    [setSearch],
  );
  return [search, update] as const;
}
