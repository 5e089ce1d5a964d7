import { z } from 'zod';
import { missingNamed } from '../errors.ts';
import { pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ActionHandler } from '../resource-module.ts';
import {
  checkRouteCidr,
  effectiveWeight,
  nextHopTunnelId,
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
import { createRoute, deleteRoute, findRouteByKey } from './vpn-route.write.ts';
import { requireVpnGateway } from './vpn-gateway.model.ts';
import { isDualTunnelGateway, lockVpnGateway } from './vpn-gateway.lock.ts';

const pbrKeyParams = { ...routeKeyParams, RouteSource: z.string(), Weight: weightParam() };

const createParams = paramsSchema({
  ...pbrKeyParams,
  ...routeCreateParams,
  Priority: priorityParam().optional(),
});

function createVpnPbrRouteEntry(ctx: ActionContext) {
  const p = parseParams(createParams, ctx.params);
  return createRoute(ctx, VPN_PBR_ROUTE_KIND, p, (gw) => {
    checkRouteCidr('RouteSource', p.RouteSource, gw, false);
    // 0.0.0.0/0 is refused for PBR on single-tunnel gateways only (REFERENCE-2 §2.1).
    checkRouteCidr('RouteDest', p.RouteDest, gw, !isDualTunnelGateway(gw));
  });
}

const deleteParams = paramsSchema({ ...pbrKeyParams, Priority: priorityParam().optional() });

function deleteVpnPbrRouteEntry(ctx: ActionContext) {
  return deleteRoute(ctx, VPN_PBR_ROUTE_KIND, parseParams(deleteParams, ctx.params));
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
    const { gw, route } = findRouteByKey<VpnPbrRouteRecord>(ctx, VPN_PBR_ROUTE_KIND, p);
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
