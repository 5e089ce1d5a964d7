import type { RouteDef } from '@gc/contracts';
import type { z } from 'zod';
import { bffClient, buildUrl } from '../lib/bff-client';

// Shared by the boot-list-<kind>.ts chunks: each kind's prefetch is its own chunk, so a NAT list
// page never loads (nor builds the schemas of) the VPN and IPv6 lists' code at boot.

/** A list request index.html's boot script started: its path and its answer on the way. */
export interface EarlyList {
  path: string;
  response: Promise<Response>;
}

/**
 * Runs a list's prefetch, answering it with the boot script's request when that asked the same.
 * `path` is the list route's URL path for the region, `view` the page's view of `params`.
 */
export function adoptList(
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
