import type { SeedContext } from '../resource-module.ts';
import { VPN_CONNECTION_KIND } from './vpn-connection.model.ts';
import type { VpnConnectionRecord } from './vpn-connection.model.ts';
import { routeStoreId, VPN_PBR_ROUTE_KIND, VPN_ROUTE_KIND } from './vpn-route.model.ts';
import type { VpnPbrRouteRecord, VpnRouteRecord } from './vpn-route.model.ts';

type Seed = [region: string, connection: string, dest: string, weight: 0 | 100, published: boolean];

// An active/standby pair for the IDC (weights 100/0 on two connections of the single-tunnel
// hz-office-vpn), one published route, and one route on the dual-tunnel sh-branch-vpn.
const ROUTES: Seed[] = [
  ['cn-hangzhou', 'to-shanghai-office', '192.168.12.0/24', 100, true],
  ['cn-hangzhou', '杭州IDC主链路', '172.31.0.0/16', 100, false],
  ['cn-hangzhou', 'to-shanghai-office', '172.31.0.0/16', 0, false],
  ['cn-shanghai', 'suzhou-factory', '10.201.0.0/16', 100, false],
];
// [region, connection, source, dest, priority]
const PBR: [string, string, string, string, number][] = [
  ['cn-hangzhou', '杭州IDC主链路', '10.10.3.0/24', '172.30.8.0/24', 5],
];

/** Seeds a few routes on seeded VPN gateways (runs after the VPN seed). */
export function seedVpnRoutes(ctx: SeedContext): void {
  const conn = (regionId: string, name: string) => {
    const c = ctx.store
      .table<VpnConnectionRecord>(regionId, VPN_CONNECTION_KIND)
      .list()
      .find((x) => x.Name === name);
    if (!c) throw new Error(`seed: no VPN connection ${name} in ${regionId}`);
    return c;
  };
  const at = ctx.now.getTime() - 7 * 86_400_000;
  for (const [regionId, name, RouteDest, Weight, published] of ROUTES) {
    if (!ctx.regionIds.includes(regionId)) continue;
    const c = conn(regionId, name);
    const key = { RouteDest, NextHop: c.id };
    ctx.store.table<VpnRouteRecord>(regionId, VPN_ROUTE_KIND).put({
      id: routeStoreId(c.VpnGatewayId, key),
      regionId,
      tags: [],
      VpnGatewayId: c.VpnGatewayId,
      ...key,
      Weight,
      State: published ? 'published' : 'normal',
      Description: '',
      CreateTime: at,
    });
  }
  for (const [regionId, name, RouteSource, RouteDest, Priority] of PBR) {
    if (!ctx.regionIds.includes(regionId)) continue;
    const c = conn(regionId, name);
    const key = { RouteSource, RouteDest, NextHop: c.id };
    ctx.store.table<VpnPbrRouteRecord>(regionId, VPN_PBR_ROUTE_KIND).put({
      id: routeStoreId(c.VpnGatewayId, key),
      regionId,
      tags: [],
      VpnGatewayId: c.VpnGatewayId,
      ...key,
      Weight: 100,
      Priority,
      State: 'published',
      Description: '',
      CreateTime: at,
    });
  }
}
