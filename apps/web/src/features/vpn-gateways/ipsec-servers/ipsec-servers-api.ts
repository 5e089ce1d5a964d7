import {
  ipsecServerRoutes,
  type CreateIpsecServerInput,
  type UpdateIpsecServerInput,
} from '@gc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { vpnKeys } from '../api/vpn-keys';

const serversKey = (regionId: string, gatewayId: string) =>
  [...vpnKeys.all(regionId), 'ipsec-servers', gatewayId] as const;

/** The IPsec servers of one VPN gateway (at most one). */
export function useIpsecServers(regionId: string, gatewayId: string) {
  return useQuery({
    queryKey: serversKey(regionId, gatewayId),
    queryFn: ({ signal }) =>
      bffClient.call(ipsecServerRoutes.list, {
        params: { regionId },
        query: { vpnGatewayId: gatewayId },
        signal,
      }),
  });
}

/** The last hour of one server's log lines, read when the logs dialog opens. */
export function useIpsecServerLogs(regionId: string, id: string) {
  return useQuery({
    queryKey: [...vpnKeys.all(regionId), 'ipsec-server-logs', id],
    queryFn: ({ signal }) =>
      bffClient.call(ipsecServerRoutes.logs, { params: { regionId, id }, query: {}, signal }),
  });
}

/**
 * Create, update and delete. Each write puts the gateway in `updating`, so the gateway is
 * refetched too: its detail page shows the busy state and polls until it is active again.
 */
export function useIpsecServerMutations(regionId: string, gatewayId: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: serversKey(regionId, gatewayId) }),
      queryClient.invalidateQueries({ queryKey: vpnKeys.detail(regionId, gatewayId) }),
    ]);
  const create = useMutation({
    meta: { handlesErrors: true },
    mutationFn: (v: { request: CreateIpsecServerInput; idempotencyKey: string }) =>
      bffClient.call(ipsecServerRoutes.create, {
        params: { regionId },
        body: v.request,
        idempotencyKey: v.idempotencyKey,
      }),
    onSuccess: refresh,
  });
  const update = useMutation({
    meta: { handlesErrors: true },
    mutationFn: (v: { request: UpdateIpsecServerInput & { id: string } }) => {
      const { id, ...body } = v.request;
      return bffClient.call(ipsecServerRoutes.update, { params: { regionId, id }, body });
    },
    onSuccess: refresh,
  });
  const remove = useMutation({
    meta: { handlesErrors: true },
    mutationFn: (id: string) =>
      bffClient.call(ipsecServerRoutes.remove, { params: { regionId, id } }),
    onSuccess: refresh,
  });
  return { create, update, remove };
}
