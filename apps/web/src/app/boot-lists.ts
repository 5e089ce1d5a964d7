import {
  ipv6GatewayRoutes,
  natGatewayRoutes,
  routeUrl,
  vpnGatewayRoutes,
  type RouteDef,
} from '@gc/contracts';
import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { ipv6GatewaysQueryOptions } from '../features/ipv6-gateways/api/ipv6-gateways';
import { natGatewaysQueryOptions } from '../features/nat-gateways/api/get-nat-gateways';
import { vpnGatewaysQueryOptions } from '../features/vpn-gateways/api/vpn-gateways';
import { bffClient, buildUrl } from '../lib/bff-client';
import { listSearchCodec } from '../lib/list-search';

/** A list request index.html's boot script started: its path and its answer on the way. */
export interface EarlyList {
  path: string;
  response: Promise<Response>;
}

// The same codecs as the list pages': the view, hence the query key, is the page's own.
const nat = listSearchCodec(natGatewayRoutes.list.query);
const vpn = listSearchCodec(vpnGatewayRoutes.list.query);
const ipv6 = listSearchCodec(ipv6GatewayRoutes.list.query);

/** Asks for the list a gateway list URL shows, under the key its page will read. */
export function prefetchList(
  client: QueryClient,
  kind: string,
  regionId: string,
  params: URLSearchParams,
  early?: EarlyList,
): void {
  if (kind === 'nat') {
    const view = nat.parse(params);
    const path = routeUrl(natGatewayRoutes.list, { regionId });
    adoptList(natGatewayRoutes.list, path, view, params, early, () =>
      client.prefetchQuery(natGatewaysQueryOptions(regionId, view)),
    );
  }
  if (kind === 'vpn') {
    const view = vpn.parse(params);
    const path = routeUrl(vpnGatewayRoutes.list, { regionId });
    adoptList(vpnGatewayRoutes.list, path, view, params, early, () =>
      client.prefetchQuery(vpnGatewaysQueryOptions(regionId, view)),
    );
  }
  if (kind === 'ipv6') {
    const view = ipv6.parse(params);
    const path = routeUrl(ipv6GatewayRoutes.list, { regionId });
    adoptList(ipv6GatewayRoutes.list, path, view, params, early, () =>
      client.prefetchQuery(ipv6GatewaysQueryOptions(regionId, view)),
    );
  }
}

/** Runs the list's prefetch, answering it with the boot script's request when that asked the same. */
function adoptList(
  route: RouteDef & { query: z.ZodObject },
  path: string,
  view: Record<string, unknown>,
  params: URLSearchParams,
  early: EarlyList | undefined,
  prefetch: () => Promise<void>,
): void {
  const same = early !== undefined && early.path === path && asksTheSame(route, view, params);
  const url = buildUrl(path, view as Parameters<typeof buildUrl>[1]);
  bffClient.adopting(url, same ? early.response : undefined, () => void prefetch());
}

// Keys in a stable order, so two equal views print the same.
const canonical = (value: object) =>
  JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));

/**
 * True when the BFF answers the page URL's own query (what the boot script sent) as it answers
 * the page's view: the route's schema reads those params to the same values the page's codec
 * does. A URL the codec corrects (a bad page size, a blank filter) is asked for again.
 */
export function asksTheSame(
  route: { query: z.ZodObject },
  view: object,
  params: URLSearchParams,
): boolean {
  const keys = [...params.keys()];
  if (new Set(keys).size !== keys.length) return false;
  const asked = route.query.safeParse(Object.fromEntries(params));
  return asked.success && canonical(asked.data) === canonical(view);
}
