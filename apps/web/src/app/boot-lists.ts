import { routeUrl, type RouteDef } from '@gc/contracts';
import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { bffClient, buildUrl } from '../lib/bff-client';
import { listSearchCodec } from '../lib/list-search';

// Shared by the boot-list-<kind>.ts chunks: each kind's prefetch is its own chunk, so a NAT list
// page never loads (nor builds the schemas of) the VPN and IPv6 lists' code at boot.

/** A list request index.html's boot script started: its path and its answer on the way. */
export interface EarlyList {
  path: string;
  response: Promise<Response>;
}

/** A gateway list route: a region in the path, a view in the query. */
type ListRoute<S extends z.ZodObject> = RouteDef & {
  params: z.ZodObject<{ regionId: z.ZodType<string, string> }>;
  query: S;
};

/**
 * The boot prefetch of one list kind: reads the URL with the page's own codec (so the view, hence
 * the query key, is the page's) and runs `prefetch`, answering it with the boot script's request
 * when that asked the same.
 */
export function listPrefetcher<S extends z.ZodObject>(
  route: ListRoute<S>,
  prefetch: (client: QueryClient, regionId: string, view: z.output<S>) => Promise<void>,
) {
  const query: S = route.query;
  const codec = listSearchCodec(query);
  return (client: QueryClient, regionId: string, params: URLSearchParams, early?: EarlyList) => {
    const view = codec.parse(params);
    const path = routeUrl(route, { regionId });
    const same = early !== undefined && early.path === path && asksTheSame(query, view, params);
    const url = buildUrl(path, view as Parameters<typeof buildUrl>[1]);
    bffClient.adopting(url, same ? early.response : undefined, () => {
      void prefetch(client, regionId, view);
    });
  };
}

// Keys in a stable order, so two equal views print the same.
const canonical = (value: object) =>
  JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));

/**
 * True when the BFF answers the page URL's own query (what the boot script sent) as it answers
 * the page's view: the route's schema reads those params to the same values the page's codec
 * does. A URL the codec corrects (a bad page size, a blank filter) is asked for again.
 */
export function asksTheSame(query: z.ZodObject, view: object, params: URLSearchParams): boolean {
  const keys = [...params.keys()];
  if (new Set(keys).size !== keys.length) return false;
  const asked = query.safeParse(Object.fromEntries(params));
  return asked.success && canonical(asked.data) === canonical(view);
}
