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

/** The gateway's destination routes, each with a row id made of its key. */
export function useVpnRoutes(regionId: string, id: string, gatewayBusy: boolean) {
  const query = useQuery({
    queryKey: [...routesKey(regionId, id), 'dbr'],
    queryFn: ({ signal }) =>
      bffClient.call(vpnRouteRoutes.list, { params: { regionId, id }, signal }),
    select: (d) => ({ items: d.items.map((r) => ({ ...r, id: routeRowId(r) })) }),
    refetchInterval: poll(gatewayBusy),
  });
  useRefetchWhenSettled(query.refetch, gatewayBusy);
  return query;
}

/** The gateway's policy-based routes, in priority order. */
export function useVpnPolicyRoutes(regionId: string, id: string, gatewayBusy: boolean) {
  const query = useQuery({
    queryKey: [...routesKey(regionId, id), 'pbr'],
    queryFn: ({ signal }) =>
      bffClient.call(vpnPolicyRouteRoutes.list, { params: { regionId, id }, signal }),
    select: (d) => ({ items: d.items.map((r) => ({ ...r, id: routeRowId(r) })) }),
    refetchInterval: poll(gatewayBusy),
  });
  useRefetchWhenSettled(query.refetch, gatewayBusy);
  return query;
}

/** A destination route as a table row. */
export type VpnRouteRow = VpnRoute & { id: string };
/** A policy route as a table row. */
export type VpnPolicyRouteRow = VpnPolicyRoute & { id: string };

/**
 * Every route write of one gateway. Each puts the gateway in `updating` (REFERENCE-2 §7.1), so
 * success refreshes the whole VPN region cache: the header shows it, and the routes poll.
 */
export function useVpnRouteMutations(regionId: string, id: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: vpnKeys.all(regionId) });
  const params = { regionId, id };
  const meta = { handlesErrors: true };
  return {
    create: useMutation({
      meta,
      mutationFn: (v: { request: CreateVpnRouteRequest; idempotencyKey: string }) =>
        bffClient.call(vpnRouteRoutes.create, {
          params,
          body: v.request,
          idempotencyKey: v.idempotencyKey,
        }),
      onSuccess: refresh,
    }),
    createPolicy: useMutation({
      meta,
      mutationFn: (v: { request: CreateVpnPolicyRouteRequest; idempotencyKey: string }) =>
        bffClient.call(vpnPolicyRouteRoutes.create, {
          params,
          body: v.request,
          idempotencyKey: v.idempotencyKey,
        }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      meta,
      mutationFn: (body: VpnRouteKey) => bffClient.call(vpnRouteRoutes.remove, { params, body }),
      onSuccess: refresh,
    }),
    removePolicy: useMutation({
      meta,
      mutationFn: (body: VpnPolicyRouteKey) =>
        bffClient.call(vpnPolicyRouteRoutes.remove, { params, body }),
      onSuccess: refresh,
    }),
    publish: useMutation({
      meta,
      mutationFn: (body: PublishVpnRouteRequest) =>
        bffClient.call(vpnRouteRoutes.publish, { params, body }),
      onSuccess: refresh,
    }),
    weight: useMutation({
      meta,
      mutationFn: (body: VpnRouteWeightRequest) =>
        bffClient.call(vpnRouteRoutes.weight, { params, body }),
      onSuccess: refresh,
    }),
    updatePolicy: useMutation({
      meta,
      mutationFn: (body: UpdateVpnPolicyRouteRequest) =>
        bffClient.call(vpnPolicyRouteRoutes.update, { params, body }),
      onSuccess: refresh,
    }),
  };
}
