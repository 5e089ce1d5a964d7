import { vpnConnectionRoutes, type CreateVpnConnectionRequest } from '@gc/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { pollWhile } from '../../../lib/poll-interval';
import { isConnectionSettling } from '../utils/vpn-status';
import { vpnKeys } from './vpn-keys';

/** The IPsec connections of one VPN gateway; polls while one is being applied or removed. */
export const vpnConnectionsQueryOptions = (regionId: string, vpnGatewayId: string) =>
  queryOptions({
    queryKey: vpnKeys.connections(regionId, vpnGatewayId),
    queryFn: ({ signal }) =>
      bffClient.call(vpnConnectionRoutes.list, {
        params: { regionId },
        query: { vpnGatewayId },
        signal,
      }),
    refetchInterval: pollWhile((list: { items: { state: string }[] }) =>
      list.items.some((c) => isConnectionSettling(c.state)),
    ),
  });

/** The IPsec connections of a VPN gateway. */
export const useVpnConnections = (regionId: string, vpnGatewayId: string) =>
  useQuery(vpnConnectionsQueryOptions(regionId, vpnGatewayId));

/** The IPsec connections that use a customer gateway (each names its VPN gateway, for links). */
export const useCustomerGatewayConnections = (regionId: string, customerGatewayId: string) =>
  useQuery({
    queryKey: [...vpnKeys.customerGateways(regionId), customerGatewayId, 'connections'],
    queryFn: ({ signal }) =>
      bffClient.call(vpnConnectionRoutes.list, {
        params: { regionId },
        query: { customerGatewayId },
        signal,
      }),
  });

/**
 * Creates an IPsec connection. The gateway goes `updating` → `active` meanwhile (REFERENCE §4.4),
 * so its detail is refetched and polls until it settles.
 */
export function useCreateVpnConnection(regionId: string, vpnGatewayId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    // The variables hold the pre-shared key: dropped from the mutation cache once the form closes.
    gcTime: 0,
    mutationFn: ({
      request,
      idempotencyKey,
    }: {
      request: CreateVpnConnectionRequest;
      idempotencyKey: string;
    }) =>
      bffClient.call(vpnConnectionRoutes.create, {
        params: { regionId },
        body: request,
        idempotencyKey,
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: vpnKeys.detail(regionId, vpnGatewayId) }),
        queryClient.invalidateQueries({ queryKey: vpnKeys.connections(regionId, vpnGatewayId) }),
        queryClient.invalidateQueries({ queryKey: vpnKeys.customerGateways(regionId) }),
      ]),
  });
}

/** Deletes one IPsec connection. */
export function useDeleteVpnConnection(regionId: string, vpnGatewayId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: (id: string) => deleteVpnConnection(regionId, id),
    // The gateway goes `updating` while the connection is removed (REFERENCE §4.4).
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: vpnKeys.detail(regionId, vpnGatewayId) }),
        queryClient.invalidateQueries({ queryKey: vpnKeys.connections(regionId, vpnGatewayId) }),
        queryClient.invalidateQueries({ queryKey: vpnKeys.customerGateways(regionId) }),
      ]),
  });
}

/** DELETE of one connection (also a step of the gateway's delete plan). */
export const deleteVpnConnection = (regionId: string, id: string) =>
  bffClient.call(vpnConnectionRoutes.remove, { params: { regionId, id } });

/** The peer configuration of a connection (the key masked for auditors). */
export const fetchPeerConfig = (regionId: string, id: string) =>
  bffClient.call(vpnConnectionRoutes.peerConfig, { params: { regionId, id } });
