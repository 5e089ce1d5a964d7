import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseInventorySearch,
  serializeInventorySearch,
  type InventorySearch,
} from '../utils/inventory-search';

/** The inventory filters from the URL, and a setter that writes changes back to it. */
export function useInventorySearch() {
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseInventorySearch(params), [params]);
  // Two changes before the next render (two selects in a row) must both land: the router's
  // functional update reads the params of the last render, so keep what we asked for last.
  const pending = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    pending.current = null;
  }, [params]);
  const update = useCallback(
    (change: Partial<InventorySearch>) => {
      const base = parseInventorySearch(pending.current ?? params);
      const next = serializeInventorySearch({ ...base, ...change });
      pending.current = next;
      setParams(next);
    },
    [params, setParams],
  );
  return [search, update] as const;
}
