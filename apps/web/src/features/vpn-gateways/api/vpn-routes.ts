import {
  vpnPolicyRouteRoutes,
  vpnRouteRoutes,
  type CreateVpnPolicyRouteRequest,
  type CreateVpnRouteRequest,
  type PublishVpnRouteRequest,
  type UpdateVpnPolicyRouteRequest,
  type VpnPolicyRoute,
  type VpnPolicyRouteKey,
  type VpnRoute,
  type VpnRouteKey,
  type VpnRouteWeightRequest,
} from '@gc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { bffClient } from '../../../lib/bff-client';
import { vpnKeys } from './vpn-keys';

const routesKey = (regionId: string, id: string) =>
  [...vpnKeys.all(regionId), 'routes', id] as const;

/** A route has no ID: its key (source, destination, next hop, weight) names its table row. */
export const routeRowId = (r: VpnRoute & { source?: string }) =>
  [r.source ?? '', r.destination, r.nextHop, r.weight].join('|');

// While the gateway applies a change, a route's publication state may still flip: poll.
const poll = (busy: boolean) => (busy ? 2_000 : false);

// The BFF's read cache keeps an answer 2 s (apps/bff app.ts): read again once it has expired.
const AFTER_CACHE_MS = 2_500;

/**
 * Reads the routes again when the gateway is back to active (the change is applied then: routes
 * have no state of their own to poll on, REFERENCE-2 §7.3), and once more after the read cache.
 */
function useRefetchWhenSettled(refetch: () => unknown, busy: boolean) {
  const wasBusy = useRef(busy);
  useEffect(() => {
    const settled = wasBusy.current && !busy;
    wasBusy.current = busy;
    if (!settled) return;
    void refetch();
    const timer = setTimeout(() => void refetch(), AFTER_CACHE_MS);
    return () => clearTimeout(timer);
  }, [busy, refetch]);
}

/** Which table: destination routes (`dbr`) or policy-based routes (`pbr`). */
export type RouteKind = 'dbr' | 'pbr';

/** A route of either table as a row: policy routes add `source` and `priority`. */
export type RouteRow = VpnRoute & { source?: string; priority?: number; id: string };

/** The gateway's routes of one table (policy routes in priority order), each with its key as id. */
export function useRouteRows(kind: RouteKind, regionId: string, id: string, gatewayBusy: boolean) {
  const query = useQuery({
    queryKey: [...routesKey(regionId, id), kind],
    queryFn: ({ signal }): Promise<{ items: (VpnRoute | VpnPolicyRoute)[] }> =>
      bffClient.call(kind === 'pbr' ? vpnPolicyRouteRoutes.list : vpnRouteRoutes.list, {
        params: { regionId, id },
        signal,
      }),
    select: (d) => ({ items: d.items.map((r): RouteRow => ({ ...r, id: routeRowId(r) })) }),
    refetchInterval: poll(gatewayBusy),
  });
  useRefetchWhenSettled(query.refetch, gatewayBusy);
  return query;
}

/**
 * One route write. Each puts the gateway in `updating` (REFERENCE-2 §7.1), so success refreshes
 * the whole VPN region cache: the header shows it, and the routes poll.
 */
function useRouteMutation<V, T>(regionId: string, mutationFn: (v: V) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: vpnKeys.all(regionId) }),
  });
}

/** A create's request with the idempotency key the BFF derives the ClientToken from. */
type Creating<B> = { request: B; idempotencyKey: string };

/** Every route write of one gateway, destination (`dbr`) and policy (`pbr`). */
export function useVpnRouteMutations(regionId: string, id: string) {
  const params = { regionId, id };
  const creating = <B>(v: Creating<B>) => ({
    params,
    body: v.request,
    idempotencyKey: v.idempotencyKey,
  });
  return {
    create: useRouteMutation(regionId, (v: Creating<CreateVpnRouteRequest>) =>
      bffClient.call(vpnRouteRoutes.create, creating(v)),
    ),
    createPolicy: useRouteMutation(regionId, (v: Creating<CreateVpnPolicyRouteRequest>) =>
      bffClient.call(vpnPolicyRouteRoutes.create, creating(v)),
    ),
    // A key with a source names a policy route.
    remove: useRouteMutation(regionId, (body: VpnRouteKey | VpnPolicyRouteKey) =>
      'source' in body
        ? bffClient.call(vpnPolicyRouteRoutes.remove, { params, body })
        : bffClient.call(vpnRouteRoutes.remove, { params, body }),
    ),
    publish: useRouteMutation(regionId, (body: PublishVpnRouteRequest) =>
      bffClient.call(vpnRouteRoutes.publish, { params, body }),
    ),
    weight: useRouteMutation(regionId, (body: VpnRouteWeightRequest) =>
      bffClient.call(vpnRouteRoutes.weight, { params, body }),
    ),
    updatePolicy: useRouteMutation(regionId, (body: UpdateVpnPolicyRouteRequest) =>
      bffClient.call(vpnPolicyRouteRoutes.update, { params, body }),
    ),
  };
}
