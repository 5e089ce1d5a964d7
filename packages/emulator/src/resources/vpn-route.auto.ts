import type { Store } from '../store.ts';
import { VPN_CONNECTION_KIND } from './vpn-connection.model.ts';
import type { VpnConnectionRecord } from './vpn-connection.model.ts';
import { routeStoreId, VPN_PBR_ROUTE_KIND, VPN_ROUTE_KIND } from './vpn-route.model.ts';
import type { VpnPbrRouteRecord, VpnRouteRecord } from './vpn-route.model.ts';

/** What AutoConfigRoute generates ([emulator choice], REFERENCE-2 §2.6: a guess, so switchable). */
export type AutoConfigRouteMode = 'pbr' | 'dbr' | 'off';

/**
 * The mode, from `VPC_EMULATOR_AUTO_CONFIG_ROUTE` read at each use (so a test or a demo can flip
 * it): `pbr` (default, the sheet's choice), `dbr` (destination routes for RemoteSubnet), `off`.
 */
export function autoConfigRouteMode(): AutoConfigRouteMode {
  const raw = process.env.VPC_EMULATOR_AUTO_CONFIG_ROUTE?.trim().toLowerCase();
  return raw === 'dbr' || raw === 'off' ? raw : 'pbr';
}

const ANY = '0.0.0.0/0';

/**
 * Called from the connection's completion effects (applied, removed). A removed connection takes
 * every route whose next hop it was with it ([emulator choice]: the real service's rule is not
 * documented). An applied connection with `AutoConfigRoute` gets its generated routes regenerated:
 * `pbr` mode = one published policy route per LocalSubnet × RemoteSubnet pair (weight 100, priority
 * 10) unless both are 0.0.0.0/0 (destination-routing mode); `dbr` mode = one published destination
 * route per RemoteSubnet. Routes the user created are never touched while the connection exists.
 */
export function applyConnectionRoutes(store: Store, regionId: string, connectionId: string): void {
  const conn = store.table<VpnConnectionRecord>(regionId, VPN_CONNECTION_KIND).get(connectionId);
  for (const kind of [VPN_ROUTE_KIND, VPN_PBR_ROUTE_KIND]) {
    const table = store.table(regionId, kind);
    for (const r of table.list() as VpnRouteRecord[])
      if (r.NextHop === connectionId && (!conn || r.Auto)) table.remove(r.id);
  }
  const mode = autoConfigRouteMode();
  if (!conn || conn.State === 'deleting' || !conn.AutoConfigRoute || mode === 'off') return;
  const locals = conn.LocalSubnet.split(',');
  const remotes = conn.RemoteSubnet.split(',');
  const base = {
    regionId,
    tags: [],
    VpnGatewayId: conn.VpnGatewayId,
    NextHop: conn.id,
    Weight: 100 as const,
    State: 'published' as const,
    Description: 'AutoConfigRoute',
    CreateTime: Date.now(),
    Auto: true,
  };
  if (mode === 'dbr') {
    const table = store.table<VpnRouteRecord>(regionId, VPN_ROUTE_KIND);
    for (const RouteDest of remotes.filter((c) => c !== ANY)) {
      const id = routeStoreId(conn.VpnGatewayId, { RouteDest, NextHop: conn.id });
      if (!table.get(id)) table.put({ ...base, id, RouteDest });
    }
    return;
  }
  if (locals.every((c) => c === ANY) && remotes.every((c) => c === ANY)) return;
  const table = store.table<VpnPbrRouteRecord>(regionId, VPN_PBR_ROUTE_KIND);
  for (const RouteSource of locals)
    for (const RouteDest of remotes) {
      const id = routeStoreId(conn.VpnGatewayId, { RouteSource, RouteDest, NextHop: conn.id });
      if (!table.get(id)) table.put({ ...base, id, RouteSource, RouteDest, Priority: 10 });
    }
}
