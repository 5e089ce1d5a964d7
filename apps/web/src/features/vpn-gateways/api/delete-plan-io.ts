import {
  ipsecServerRoutes,
  sslVpnServerRoutes,
  vpnConnectionRoutes,
  vpnGatewayRoutes,
  vpnPolicyRouteRoutes,
  vpnRouteRoutes,
  type VpnGateway,
} from '@gc/contracts';
import { useMemo } from 'react';
import { bffClient } from '../../../lib/bff-client';
import type { DeletePlanIo, PlanRoute, StepState } from '../utils/delete-plan';
import { deleteVpnConnection } from './vpn-connections';

/** The delete plan's calls against the BFF for one gateway. */
export function useDeletePlanIo(
  gateway: VpnGateway,
  onStep: (index: number, state: StepState) => void,
): DeletePlanIo {
  const { regionId, id } = gateway;
  return useMemo(
    () => ({
      // Routes go before their connection (REFERENCE-2 §2: a next hop must exist).
      routesVia: async (connectionId) => {
        const params = { regionId, id };
        const [dbr, pbr] = await Promise.all([
          bffClient.call(vpnRouteRoutes.list, { params }),
          bffClient.call(vpnPolicyRouteRoutes.list, { params }),
        ]);
        const via = (r: { nextHop: string }) => r.nextHop === connectionId;
        return [
          ...pbr.items.filter(via).map((r): PlanRoute => ({ kind: 'pbr', key: r })),
          ...dbr.items.filter(via).map((r): PlanRoute => ({ kind: 'dbr', key: r })),
        ];
      },
      deleteRoute: async (route) => {
        const params = { regionId, id };
        const { destination, nextHop, weight } = route.key;
        if (route.kind === 'dbr')
          await bffClient.call(vpnRouteRoutes.remove, {
            params,
            body: { destination, nextHop, weight },
          });
        else
          await bffClient.call(vpnPolicyRouteRoutes.remove, {
            params,
            body: { destination, nextHop, weight, source: route.key.source },
          });
      },
      gatewayActive: async () =>
        (await bffClient.call(vpnGatewayRoutes.get, { params: { regionId, id } })).status ===
        'active',
      deleteServer: async (kind, serverId) => {
        const params = { regionId, id: serverId };
        if (kind === 'sslServer') await bffClient.call(sslVpnServerRoutes.remove, { params });
        else await bffClient.call(ipsecServerRoutes.remove, { params });
      },
      deleteConnection: async (connectionId) => {
        await deleteVpnConnection(regionId, connectionId);
      },
      deleteGateway: async (gatewayId) => {
        await bffClient.call(vpnGatewayRoutes.remove, { params: { regionId, id: gatewayId } });
      },
      settled: async (connectionId) => {
        // Gone from the list, and the gateway back to active: it takes the next change (§4.4).
        const [list, gw] = await Promise.all([
          bffClient.call(vpnConnectionRoutes.list, {
            params: { regionId },
            query: { vpnGatewayId: id },
          }),
          bffClient.call(vpnGatewayRoutes.get, { params: { regionId, id } }),
        ]);
        return gw.status === 'active' && !list.items.some((c) => c.id === connectionId);
      },
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      onStep,
    }),
    [regionId, id, onStep],
  );
}
