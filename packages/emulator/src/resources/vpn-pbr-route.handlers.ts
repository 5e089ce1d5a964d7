import { z } from 'zod';
import { dryRunOperation, missingNamed } from '../errors.ts';
import { pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ActionHandler } from '../resource-module.ts';
import {
  checkNewRoute,
  checkNextHop,
  checkRouteCidr,
  effectiveWeight,
  nextHopTunnelId,
  requireRoute,
  routeRemoval,
  routeStoreId,
  routesOf,
  VPN_PBR_ROUTE_KIND,
} from './vpn-route.model.ts';
import type { VpnPbrRouteRecord } from './vpn-route.model.ts';
import {
  priorityParam,
  routeCreateParams,
  routeKeyParams,
  weightParam,
} from './vpn-route.params.ts';
import { epochMs, requireActiveVpnGateway, requireVpnGateway } from './vpn-gateway.model.ts';
import { isDualTunnelGateway, lockVpnGateway } from './vpn-gateway.lock.ts';

const pbrKeyParams = { ...routeKeyParams, RouteSource: z.string(), Weight: weightParam() };

const createParams = paramsSchema({
  ...pbrKeyParams,
  ...routeCreateParams,
  Priority: priorityParam().optional(),
});

function createVpnPbrRouteEntry(ctx: ActionContext) {
  const p = parseParams(createParams, ctx.params);
  requireRegion(p.RegionId);
  const found = requireVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  checkRouteCidr('RouteSource', p.RouteSource, found, false);
  // 0.0.0.0/0 is refused for PBR on single-tunnel gateways only (REFERENCE-2 §2.1).
  checkRouteCidr('RouteDest', p.RouteDest, found, !isDualTunnelGateway(found));
  checkNextHop(ctx.store, found, p.NextHop);
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, found.id);
  const id = routeStoreId(gw.id, p);
  checkNewRoute(
    ctx.store,
    VPN_PBR_ROUTE_KIND,
    gw,
    id,
    `${p.RouteSource} → ${p.RouteDest} via ${p.NextHop}`,
  );
  if (p.DryRun) throw dryRunOperation();
  const route: VpnPbrRouteRecord = {
    id,
    regionId: p.RegionId,
    tags: [],
    VpnGatewayId: gw.id,
    RouteSource: p.RouteSource,
    RouteDest: p.RouteDest,
    NextHop: p.NextHop,
    Weight: effectiveWeight(gw, p.Weight),
    Priority: p.Priority ?? 10,
    State: p.PublishVpc ? 'published' : 'normal',
    Description: p.Description ?? '',
    CreateTime: epochMs(ctx.now),
  };
  ctx.store.table<VpnPbrRouteRecord>(p.RegionId, VPN_PBR_ROUTE_KIND).put(route);
  lockVpnGateway(ctx, gw);
  const { id: _id, regionId: _r, tags: _t, VpnGatewayId, ...rest } = route;
  return { ...rest, OverlayMode: 'Ipsec', VpnInstanceId: VpnGatewayId };
}

const deleteParams = paramsSchema({ ...pbrKeyParams, Priority: priorityParam().optional() });

function deleteVpnPbrRouteEntry(ctx: ActionContext) {
  const p = parseParams(deleteParams, ctx.params);
  requireRegion(p.RegionId);
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  const route = requireRoute(ctx.store, VPN_PBR_ROUTE_KIND, gw, p);
  lockVpnGateway(ctx, gw, routeRemoval(VPN_PBR_ROUTE_KIND, route));
  return {};
}

const modifyParams = paramsSchema({
  ...pbrKeyParams,
  Priority: priorityParam().optional(),
  NewPriority: priorityParam().optional(),
  NewWeight: weightParam().optional(),
});
type ModifyInput = z.output<typeof modifyParams>;

/**
 * The three PBR modify actions share one body; `need` names what each requires (§2.11):
 * Attribute needs `Priority` and at least one new value, Priority needs `NewPriority`, Weight
 * needs `NewWeight`. A new weight on a dual-tunnel gateway has no effect.
 */
function modifyPbr(need: (p: ModifyInput) => string | undefined) {
  return (ctx: ActionContext) => {
    const p = parseParams(modifyParams, ctx.params);
    const missing = need(p);
    if (missing) throw missingNamed(missing);
    requireRegion(p.RegionId);
    const gw = requireActiveVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
    const route = requireRoute<VpnPbrRouteRecord>(ctx.store, VPN_PBR_ROUTE_KIND, gw, p);
    if (p.NewPriority !== undefined) route.Priority = p.NewPriority;
    if (p.NewWeight !== undefined) route.Weight = effectiveWeight(gw, p.NewWeight);
    lockVpnGateway(ctx, gw);
    return {};
  };
}

const describeParams = paramsSchema({
  ...ownerParams,
  ...pageParams(),
  RegionId: z.string(),
  VpnGatewayId: z.string(),
});

function describeVpnPbrRouteEntries(ctx: ActionContext) {
  const p = parseParams(describeParams, ctx.params);
  requireRegion(p.RegionId);
  const gw = requireVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  // Matched in priority order (smaller first), then by creation (REFERENCE-2 §2.1).
  const rows = routesOf<VpnPbrRouteRecord>(ctx.store, p.RegionId, VPN_PBR_ROUTE_KIND, gw.id).sort(
    (a, b) => a.Priority - b.Priority,
  );
  const page = paginate(rows, p);
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    // No Description / OverlayMode in the list items (§2.10).
    VpnPbrRouteEntries: {
      VpnPbrRouteEntry: page.items.map((r) => {
        const tunnel = nextHopTunnelId(ctx.store, r);
        return {
          RouteSource: r.RouteSource,
          RouteDest: r.RouteDest,
          NextHop: r.NextHop,
          Weight: r.Weight,
          Priority: r.Priority,
          State: r.State,
          CreateTime: r.CreateTime,
          VpnInstanceId: r.VpnGatewayId,
          ...(tunnel ? { NextHopTunnelId: tunnel } : {}),
        };
      }),
    },
  };
}

/** The policy-based route actions (REFERENCE-2 §2.8–§2.11), mounted by the VPN route module. */
export const vpnPbrRouteHandlers: Record<string, ActionHandler> = {
  CreateVpnPbrRouteEntry: createVpnPbrRouteEntry,
  DeleteVpnPbrRouteEntry: deleteVpnPbrRouteEntry,
  DescribeVpnPbrRouteEntries: describeVpnPbrRouteEntries,
  ModifyVpnPbrRouteEntryAttribute: modifyPbr((p) =>
    p.Priority === undefined
      ? 'Priority'
      : p.NewPriority === undefined && p.NewWeight === undefined
        ? 'NewPriority'
        : undefined,
  ),
  ModifyVpnPbrRouteEntryPriority: modifyPbr((p) =>
    p.NewPriority === undefined ? 'NewPriority' : undefined,
  ),
  ModifyVpnPbrRouteEntryWeight: modifyPbr((p) =>
    p.NewWeight === undefined ? 'NewWeight' : undefined,
  ),
};
