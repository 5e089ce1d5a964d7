import { vpnConnectionRoutes, vpnGatewayRoutes, type VpnGateway } from '@gc/contracts';
import { useMemo } from 'react';
import { bffClient } from '../../../lib/bff-client';
import type { DeletePlanIo, StepState } from '../utils/delete-plan';
import { deleteVpnConnection } from './vpn-connections';

/** The delete plan's calls against the BFF for one gateway. */
export function useDeletePlanIo(
  gateway: VpnGateway,
  onStep: (index: number, state: StepState) => void,
): DeletePlanIo {
  const { regionId, id } = gateway;
  return useMemo(
    () => ({
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
