import {
  customerGatewayRoutes,
  vpnConnectionEditRoutes,
  vpnConnectionRoutes,
  type UpdateCustomerGatewayInput,
  type UpdateVpnConnectionInput,
} from '@gc/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { vpnKeys } from './vpn-keys';

// Tunnels change on their own (a peer fails, traffic fails over): the detail polls steadily.
const DETAIL_POLL_MS = 3000;

/** One IPsec connection with its tunnels; polls so a failover shows within seconds. */
export const vpnConnectionQueryOptions = (regionId: string, id: string) =>
  queryOptions({
    queryKey: [...vpnKeys.all(regionId), 'connection', id] as const,
    queryFn: ({ signal }) =>
      bffClient.call(vpnConnectionRoutes.get, { params: { regionId, id }, signal }),
    refetchInterval: DETAIL_POLL_MS,
  });

/** One IPsec connection. */
export const useVpnConnection = (regionId: string, id: string) =>
  useQuery(vpnConnectionQueryOptions(regionId, id));

/**
 * Edits a connection (either form). Shaped like a create mutation (`{ request, idempotencyKey }`)
 * so the create dialog's submit handler serves the edit dialog too; a PATCH needs no key.
 */
export function useUpdateVpnConnection(regionId: string, vpnGatewayId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    // The variables may hold a new pre-shared key: not kept once the form closes.
    gcTime: 0,
    mutationFn: ({ request }: { request: UpdateVpnConnectionInput; idempotencyKey: string }) =>
      bffClient.call(vpnConnectionEditRoutes.updateConnection, {
        params: { regionId, id },
        body: request,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: vpnKeys.detail(regionId, vpnGatewayId) }),
        queryClient.invalidateQueries({ queryKey: vpnKeys.connections(regionId, vpnGatewayId) }),
        queryClient.invalidateQueries({ queryKey: [...vpnKeys.all(regionId), 'connection', id] }),
      ]),
  });
}

/** Renames / re-describes a customer gateway or sets its BGP key (which never comes back). */
export function useUpdateCustomerGateway(regionId: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    gcTime: 0,
    mutationFn: ({ request }: { request: UpdateCustomerGatewayInput; idempotencyKey: string }) =>
      bffClient.call(vpnConnectionEditRoutes.updateCustomerGateway, {
        params: { regionId, id },
        body: request,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: vpnKeys.customerGateways(regionId) }),
  });
}

/** The route of one customer gateway, for links. */
export const customerGatewayRoute = customerGatewayRoutes.get;
