import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseVpnListSearch,
  serializeVpnListSearch,
  updateVpnListSearch,
  type VpnListSearch,
} from '../utils/vpn-list-search';

/** The VPN list view from the URL, and a setter that writes changes back to it. */
export function useVpnListSearch() {
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseVpnListSearch(params), [params]);
  const update = useCallback(
    (change: Partial<VpnListSearch>) =>
      setParams(
        (current) =>
          serializeVpnListSearch(updateVpnListSearch(parseVpnListSearch(current), change)),
        { replace: !('page' in change) },
      ),
    [setParams],
  );
  return [search, update] as const;
}
