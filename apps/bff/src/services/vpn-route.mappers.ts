import type { VpnPolicyRoute, VpnRoute } from '@gc/contracts';
import type { VpnPbrRouteEntry, VpnRouteEntry } from '@gc/vpc-client';

type Entry = Pick<VpnRouteEntry, 'RouteDest' | 'NextHop' | 'Weight' | 'State' | 'CreateTime'> & {
  VpnInstanceId?: string;
  NextHopTunnelId?: string;
};

/** A destination route of the API → contracts (weights other than 0 read as 100, §2.1). */
export function toVpnRoute(r: Entry, gatewayId: string): VpnRoute {
  return {
    vpnGatewayId: r.VpnInstanceId || gatewayId,
    destination: r.RouteDest,
    nextHop: r.NextHop,
    ...(r.NextHopTunnelId ? { nextHopTunnelId: r.NextHopTunnelId } : {}),
    weight: r.Weight === 0 ? 0 : 100,
    state: r.State === 'published' ? 'published' : 'normal',
    creationTime: r.CreateTime ? new Date(r.CreateTime).toISOString() : '',
  };
}

/** A policy route of the API → contracts (priority 10, the default, when absent). */
export function toVpnPolicyRoute(
  r: Entry & Pick<VpnPbrRouteEntry, 'RouteSource' | 'Priority'>,
  gatewayId: string,
): VpnPolicyRoute {
  return { ...toVpnRoute(r, gatewayId), source: r.RouteSource, priority: r.Priority ?? 10 };
}
