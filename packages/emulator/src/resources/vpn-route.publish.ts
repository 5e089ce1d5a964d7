import { paramsSchema, parseParams, v } from '../params.ts';
import type { EffectFn } from '../lifecycle.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import { requireActiveVpnGateway } from './vpn-gateway.model.ts';
import { lockVpnGateway } from './vpn-gateway.lock.ts';
import { requireRoute, routesOf, VPN_PBR_ROUTE_KIND, VPN_ROUTE_KIND } from './vpn-route.model.ts';
import type { VpnPbrRouteRecord, VpnRouteRecord } from './vpn-route.model.ts';
import { routeKeyParams } from './vpn-route.params.ts';

const publishParams = paramsSchema({
  ...routeKeyParams,
  RouteType: v.oneOf(['dbr', 'pbr'] as const, { ci: true }),
  PublishVpc: v.bool(),
});

/**
 * Publishes or withdraws every route of the table with this destination + next hop (PBR routes
 * have no RouteSource here, §2.5); withdrawing also withdraws the other table's published routes
 * with the same destination (§2.1). [emulator choice]: the gateway goes `updating`, then `State` flips.
 */
export function publishVpnRouteEntry(ctx: ActionContext) {
  const p = parseParams(publishParams, ctx.params);
  requireRegion(p.RegionId);
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  const kind = p.RouteType === 'pbr' ? VPN_PBR_ROUTE_KIND : VPN_ROUTE_KIND;
  const other = p.RouteType === 'pbr' ? VPN_ROUTE_KIND : VPN_PBR_ROUTE_KIND;
  const rows = routesOf(ctx.store, p.RegionId, kind, gw.id).filter(
    (r) => r.RouteDest === p.RouteDest && r.NextHop === p.NextHop,
  );
  if (rows.length === 0) requireRoute(ctx.store, kind, gw, { ...p, Weight: -1 });
  const coupled = p.PublishVpc
    ? []
    : routesOf(ctx.store, p.RegionId, other, gw.id).filter(
        (r) => r.RouteDest === p.RouteDest && r.State === 'published',
      );
  const targets = [...rows.map((r) => [kind, r.id]), ...coupled.map((r) => [other, r.id])];
  lockVpnGateway(ctx, gw, {
    name: 'vpn-route.published',
    args: { regionId: p.RegionId, targets, state: p.PublishVpc ? 'published' : 'normal' },
  });
  return {};
}

/** Flips the publication state of the routes a PublishVpnRouteEntry named, once applied. */
export const routePublished: EffectFn = (store, args) => {
  const { regionId, targets, state } = args as {
    regionId: string;
    targets: [string, string][];
    state: VpnRouteRecord['State'];
  };
  for (const [kind, id] of targets) {
    const row = store.table<VpnRouteRecord | VpnPbrRouteRecord>(regionId, kind).get(id);
    if (row) row.State = state;
  }
};
