import type { VpnGatewayListQuery } from '@gc/contracts';

/** Query keys of the VPN feature, nested so one region's VPN data can be invalidated at once. */
export const vpnKeys = {
  all: (regionId: string) => ['regions', regionId, 'vpn'] as const,
  lists: (regionId: string) => [...vpnKeys.all(regionId), 'gateways'] as const,
  list: (regionId: string, search: VpnGatewayListQuery) =>
    [...vpnKeys.lists(regionId), search] as const,
  detail: (regionId: string, id: string) => [...vpnKeys.all(regionId), 'gateway', id] as const,
  connections: (regionId: string, vpnGatewayId: string) =>
    [...vpnKeys.all(regionId), 'connections', vpnGatewayId] as const,
  customerGateways: (regionId: string) => [...vpnKeys.all(regionId), 'customer-gateways'] as const,
};
