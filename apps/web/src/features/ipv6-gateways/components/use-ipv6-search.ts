import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseIpv6Search,
  serializeIpv6Search,
  updateIpv6Search,
  type Ipv6ListSearch,
} from '../utils/ipv6-list-search';

/** The list view from the URL, and a setter that writes changes back to it. */
export function useIpv6Search() {
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseIpv6Search(params), [params]);
  const update = useCallback(
    (change: Partial<Ipv6ListSearch>) =>
      setParams(
        (current) => serializeIpv6Search(updateIpv6Search(parseIpv6Search(current), change)),
        {
          replace: !('page' in change),
        },
      ),
    [setParams],
  );
  return [search, update] as const;
}
