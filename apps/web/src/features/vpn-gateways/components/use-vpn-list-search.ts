import { useCallback } from 'react';
import { useUrlState } from '../../../lib/use-url-state';
import {
  parseVpnListSearch,
  serializeVpnListSearch,
  updateVpnListSearch,
  type VpnListSearch,
} from '../utils/vpn-list-search';

/** The VPN list view from the URL, and a setter that writes changes back to it. */
export function useVpnListSearch() {
  const [search, setSearch] = useUrlState(parseVpnListSearch, serializeVpnListSearch);
  const update = useCallback(
    (change: Partial<VpnListSearch>) =>
      setSearch((current) => updateVpnListSearch(current, change), {
        replace: !('page' in change),
      }),
    [setSearch],
  );
  return [search, update] as const;
}
