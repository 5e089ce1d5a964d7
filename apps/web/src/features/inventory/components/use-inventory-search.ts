import { useCallback } from 'react';
import { useUrlState } from '../../../lib/use-url-state';
import {
  parseInventorySearch,
  serializeInventorySearch,
  type InventorySearch,
} from '../utils/inventory-search';

/** The inventory filters from the URL, and a setter that writes changes back to it. */
export function useInventorySearch() {
  const [search, setSearch] = useUrlState(parseInventorySearch, serializeInventorySearch);
  const update = useCallback(
    (change: Partial<InventorySearch>) => setSearch((current) => ({ ...current, ...change })),
    [setSearch],
  );
  return [search, update] as const;
}
