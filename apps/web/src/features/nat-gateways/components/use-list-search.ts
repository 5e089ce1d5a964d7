import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseListSearch,
  serializeListSearch,
  updateListSearch,
  type NatListSearch,
} from '../utils/list-search';

/** The list view from the URL, and a setter that writes changes back to it. */
export function useListSearch() {
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseListSearch(params), [params]);
  const update = useCallback(
    (change: Partial<NatListSearch>) =>
      setParams(
        (current) => serializeListSearch(updateListSearch(parseListSearch(current), change)),
        {
          replace: !('page' in change),
        },
      ),
    [setParams],
  );
  return [search, update] as const;
}
