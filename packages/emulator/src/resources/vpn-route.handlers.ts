import { z } from 'zod';
import type { EffectFn } from '../lifecycle.ts';
import { pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { vpnPbrRouteHandlers } from './vpn-pbr-route.handlers.ts';
import { publishVpnRouteEntry, routePublished } from './vpn-route.publish.ts';
import {
  checkRouteCidr,
  effectiveWeight,
  nextHopTunnelId,
  routesOf,
  VPN_ROUTE_KIND,
} from './vpn-route.model.ts';
import type { VpnRouteRecord } from './vpn-route.model.ts';
import { routeCreateParams, routeKeyParams, weightParam } from './vpn-route.params.ts';
import { seedVpnRoutes } from './vpn-route.seed.ts';
import { createRoute, deleteRoute, findRouteByKey } from './vpn-route.write.ts';
import { requireVpnGateway } from './vpn-gateway.model.ts';
import { isDualTunnelGateway, lockVpnGateway } from './vpn-gateway.lock.ts';

const createParams = paramsSchema({
  ...routeKeyParams,
  ...routeCreateParams,
  Weight: weightParam(),
});

function createVpnRouteEntry(ctx: ActionContext) {
  const p = parseParams(createParams, ctx.params);
  return createRoute(ctx, VPN_ROUTE_KIND, p, (gw) =>
    checkRouteCidr('RouteDest', p.RouteDest, gw, true),
  );
}

const deleteParams = paramsSchema({ ...routeKeyParams, Weight: weightParam() });

function deleteVpnRouteEntry(ctx: ActionContext) {
  return deleteRoute(ctx, VPN_ROUTE_KIND, parseParams(deleteParams, ctx.params));
}

const modifyWeightParams = paramsSchema({
  ...routeKeyParams,
  Weight: weightParam(),
  NewWeight: weightParam(),
});

// To flip an active/standby pair, delete the other route first (REFERENCE-2 §2.7): not enforced.
function modifyVpnRouteEntryWeight(ctx: ActionContext) {
  const p = parseParams(modifyWeightParams, ctx.params);
  const { gw, route } = findRouteByKey<VpnRouteRecord>(ctx, VPN_ROUTE_KIND, p);
  // Dual-tunnel: the call succeeds but the weight "does not take effect" (§2.7).
  route.Weight = effectiveWeight(gw, p.NewWeight);
  lockVpnGateway(ctx, gw);
  return {};
}

const describeParams = paramsSchema({
  ...ownerParams,
  ...pageParams(),
  RegionId: z.string(),
  VpnGatewayId: z.string(),
  RouteEntryType: v.oneOf(['custom', 'bgp'] as const, { ci: true }).optional(),
});

function describeVpnRouteEntries(ctx: ActionContext) {
  const p = parseParams(describeParams, ctx.params);
  requireRegion(p.RegionId);
  const gw = requireVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  const custom = routesOf<VpnRouteRecord>(ctx.store, p.RegionId, VPN_ROUTE_KIND, gw.id);
  // BGP-learned routes need a BGP peer; the emulator learns none.
  const rows = p.RouteEntryType === 'bgp' ? [] : custom;
  const page = paginate(rows, p);
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    VpnRouteEntries: { VpnRouteEntry: page.items.map((r) => renderRoute(ctx, r)) },
    // Returned only for dual-tunnel gateways (cs-sdk, REFERENCE-2 §2.4).
    ...(isDualTunnelGateway(gw)
      ? {
          VpnRouteCounts: {
            VpnRouteCount: [
              { RouteCount: custom.length, RouteEntryType: 'custom', Source: 'CLOUD' },
              { RouteCount: 0, RouteEntryType: 'bgp', Source: 'VPN_BGP' },
            ],
          },
        }
      : {}),
  };
}

function renderRoute(ctx: ActionContext, r: VpnRouteRecord) {
  const tunnel = nextHopTunnelId(ctx.store, r);
  return {
    RouteDest: r.RouteDest,
    NextHop: r.NextHop,
    Weight: r.Weight,
    State: r.State,
    CreateTime: r.CreateTime,
    VpnInstanceId: r.VpnGatewayId,
    // Request vocabulary `custom`, not cs-sdk's `Custom` ([emulator choice], §8).
    RouteEntryType: 'custom',
    Source: 'CLOUD',
    AsPath: '',
    Community: '',
    ...(tunnel ? { NextHopTunnelId: tunnel } : {}),
  };
}

const routeRemoved: EffectFn = (store, args) => {
  const { regionId, kind, id } = args as { regionId: string; kind: string; id: string };
  store.table(regionId, kind).remove(id);
};

/** VPN destination and policy-based routes (REFERENCE-2 §2); every write locks the gateway (§7.1). */
export const vpnRouteResource: ResourceModule = {
  name: 'vpn-route',
  handlers: {
    CreateVpnRouteEntry: createVpnRouteEntry,
    DeleteVpnRouteEntry: deleteVpnRouteEntry,
    DescribeVpnRouteEntries: describeVpnRouteEntries,
    ModifyVpnRouteEntryWeight: modifyVpnRouteEntryWeight,
    PublishVpnRouteEntry: publishVpnRouteEntry,
    ...vpnPbrRouteHandlers,
  },
  effects: {
    'vpn-route.removed': routeRemoved,
    'vpn-route.published': routePublished,
  },
  seed: seedVpnRoutes,
};
