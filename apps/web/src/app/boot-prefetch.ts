import type { QueryClient } from '@tanstack/react-query';
import { sessionQueryOptions } from '../lib/auth';
import { bffClient } from '../lib/bff-client';
import { regionsQueryOptions } from '../lib/lookups/regions';
import { dropEarlyRequests, takeEarlyRequest } from './early-requests';

const GATEWAY_LIST = /^\/regions\/([^/]+)\/(nat|vpn|ipv6)-gateways\/?$/;
// One small chunk per kind (preloaded by the BFF with the route, see apps/bff/src/spa): the list
// queries stay out of the login page's bundle, and each list page loads only its own.
const BOOT_LISTS = {
  nat: () => import('./boot-list-nat'),
  vpn: () => import('./boot-list-vpn'),
  ipv6: () => import('./boot-list-ipv6'),
};

/**
 * Asks at once, in parallel, for what the first screen needs: the session, the regions and, on a
 * gateway list URL, its first page. Without this each waits for the one before it and for React
 * (session → shell → route code → list). Requests index.html's boot script already started are
 * adopted, not repeated. A logged-out visitor's list request answers 401, which the session
 * query says anyway. The login page asks for nothing. `take` hands over answers already in (the
 * boot script's; the server's when it renders the page); the promise settles once every
 * request has been made.
 */
export function prefetchBoot(
  client: QueryClient,
  location: Pick<Location, 'pathname' | 'search'>,
  take: (url: string) => Promise<Response> | undefined = takeEarlyRequest,
): Promise<void> {
  if (location.pathname === '/login') {
    dropEarlyRequests();
    return Promise.resolve();
  }
  const adoptEarly = (url: string, run: () => void) => bffClient.adopting(url, take(url), run);
  adoptEarly('/api/session', () => void client.prefetchQuery(sessionQueryOptions));
  adoptEarly('/api/regions', () => void client.prefetchQuery(regionsQueryOptions));
  const list = GATEWAY_LIST.exec(location.pathname);
  if (list === null) {
    dropEarlyRequests();
    return Promise.resolve();
  }
  const [, regionId = '', kind = 'nat'] = list;
  const params = new URLSearchParams(location.search);
  const earlyPath = `/api${location.pathname.replace(/\/$/, '')}`;
  const early = take(earlyPath + location.search);
  dropEarlyRequests();
  return BOOT_LISTS[kind as keyof typeof BOOT_LISTS]().then((m) =>
    m.prefetchList(client, regionId, params, early && { path: earlyPath, response: early }),
  );
}
