import { useCallback } from 'react';
import { useUrlState } from '../../../lib/use-url-state';
import {
  parseIpv6Search,
  serializeIpv6Search,
  updateIpv6Search,
  type Ipv6ListSearch,
} from '../utils/ipv6-list-search';

/** The list view from the URL, and a setter that writes changes back to it. */
export function useIpv6Search() {
  const [search, setSearch] = useUrlState(parseIpv6Search, serializeIpv6Search);
  const update = useCallback(
    (change: Partial<Ipv6ListSearch>) =>
      setSearch((current) => updateIpv6Search(current, change), { replace: !('page' in change) }),
    [setSearch],
  );
  return [search, update] as const;
}
