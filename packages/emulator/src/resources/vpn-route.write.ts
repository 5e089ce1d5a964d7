import { dryRunOperation } from '../errors.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import { epochMs, requireActiveVpnGateway, requireVpnGateway } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';
import { lockVpnGateway } from './vpn-gateway.lock.ts';
import {
  checkNewRoute,
  checkNextHop,
  effectiveWeight,
  requireRoute,
  routeKey,
  routeRemoval,
  routeStoreId,
} from './vpn-route.model.ts';
import type { VpnPbrRouteRecord, VpnRouteRecord } from './vpn-route.model.ts';

/** A route's full key as a write names it; `RouteSource` and `Priority` are PBR-only. */
export interface RouteKeyInput {
  RegionId: string;
  VpnGatewayId: string;
  RouteDest: string;
  NextHop: string;
  Weight: number;
  RouteSource?: string;
  Priority?: number | undefined;
}

/** A create call: the key plus the create-only params. */
export interface RouteCreateInput extends RouteKeyInput {
  PublishVpc: boolean;
  Description?: string | undefined;
  DryRun?: boolean | undefined;
}

/**
 * The active gateway and the route with this full key (404 `InvalidRouteEntry.NotFound`
 * otherwise): the lookup every delete and modify of either table starts with.
 */
export function findRouteByKey<T extends VpnRouteRecord>(
  ctx: ActionContext,
  kind: string,
  p: RouteKeyInput,
): { gw: VpnGatewayRecord; route: T } {
  requireRegion(p.RegionId);
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  return { gw, route: requireRoute<T>(ctx.store, kind, gw, p) };
}

/**
 * Creates a route of either table: `checkCidrs` holds the table's CIDR rules; the next hop,
 * duplicates and quota are checked before the gateway lock (REFERENCE-2 §2.1, §7.1).
 */
export function createRoute(
  ctx: ActionContext,
  kind: string,
  p: RouteCreateInput,
  checkCidrs: (gw: VpnGatewayRecord) => void,
) {
  requireRegion(p.RegionId);
  const found = requireVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  checkCidrs(found);
  checkNextHop(ctx.store, found, p.NextHop);
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, found.id);
  const id = routeStoreId(gw.id, p);
  checkNewRoute(ctx.store, kind, gw, id, routeKey(p));
  if (p.DryRun) throw dryRunOperation();
  const route: VpnRouteRecord | VpnPbrRouteRecord = {
    id,
    regionId: p.RegionId,
    tags: [],
    VpnGatewayId: gw.id,
    ...(p.RouteSource === undefined ? {} : { RouteSource: p.RouteSource }),
    RouteDest: p.RouteDest,
    NextHop: p.NextHop,
    Weight: effectiveWeight(gw, p.Weight),
    ...(p.RouteSource === undefined ? {} : { Priority: p.Priority ?? 10 }),
    State: p.PublishVpc ? 'published' : 'normal',
    Description: p.Description ?? '',
    CreateTime: epochMs(ctx.now),
  };
  ctx.store.table<VpnRouteRecord>(p.RegionId, kind).put(route);
  lockVpnGateway(ctx, gw);
  const { id: _id, regionId: _r, tags: _t, VpnGatewayId, ...rest } = route;
  return { ...rest, OverlayMode: 'Ipsec', VpnInstanceId: VpnGatewayId };
}

/** Deletes the route with this full key once the gateway has applied it (§7.1). */
export function deleteRoute(ctx: ActionContext, kind: string, p: RouteKeyInput) {
  const { gw, route } = findRouteByKey(ctx, kind, p);
  lockVpnGateway(ctx, gw, routeRemoval(kind, route));
  return {};
}
