import {
  routeUrl,
  sslVpnClientCertRoutes,
  sslVpnServerRoutes,
  type CreateSslVpnServerRequest,
  type UpdateSslVpnServerRequest,
} from '@gc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { parseApiError, toApiError } from '../../../lib/api-error';
import { bffClient } from '../../../lib/bff-client';
import { vpnKeys } from '../api/vpn-keys';

const sslKey = (regionId: string) => [...vpnKeys.all(regionId), 'ssl'] as const;

// While the gateway applies a change the SSL objects may still change: poll, else read once.
const poll = (gatewayBusy: boolean) => (gatewayBusy ? 2_000 : false);

/** The SSL servers of one VPN gateway. */
export const useSslVpnServers = (regionId: string, vpnGatewayId: string, gatewayBusy: boolean) =>
  useQuery({
    queryKey: [...sslKey(regionId), 'servers', vpnGatewayId],
    queryFn: ({ signal }) =>
      bffClient.call(sslVpnServerRoutes.list, {
        params: { regionId },
        query: { vpnGatewayId },
        signal,
      }),
    refetchInterval: poll(gatewayBusy),
  });

/** One SSL server. */
export const useSslVpnServer = (regionId: string, id: string, gatewayBusy: boolean) =>
  useQuery({
    queryKey: [...sslKey(regionId), 'server', id],
    queryFn: ({ signal }) =>
      bffClient.call(sslVpnServerRoutes.get, { params: { regionId, id }, signal }),
    refetchInterval: poll(gatewayBusy),
  });

/** The server's client certificates (never key material). */
export const useSslVpnCerts = (regionId: string, id: string, gatewayBusy: boolean) =>
  useQuery({
    queryKey: [...sslKey(regionId), 'certs', id],
    queryFn: ({ signal }) =>
      bffClient.call(sslVpnClientCertRoutes.list, { params: { regionId, id }, signal }),
    refetchInterval: poll(gatewayBusy),
  });

/** The server's connected clients; refreshed every 10 s as clients come and go. */
export const useSslVpnClients = (regionId: string, id: string) =>
  useQuery({
    queryKey: [...sslKey(regionId), 'clients', id],
    queryFn: ({ signal }) =>
      bffClient.call(sslVpnServerRoutes.clients, { params: { regionId, id }, signal }),
    refetchInterval: 10_000,
  });

/** Server log lines of the last `hours` hours. */
export const useSslVpnLogs = (regionId: string, id: string, hours: number) =>
  useQuery({
    queryKey: [...sslKey(regionId), 'logs', id, hours],
    queryFn: ({ signal }) => {
      const to = Math.floor(Date.now() / 1000);
      return bffClient.call(sslVpnServerRoutes.logs, {
        params: { regionId, id },
        query: { from: to - hours * 3600, to },
        signal,
      });
    },
  });

/**
 * Every SSL write of one region. Each puts the gateway in `updating` (REFERENCE-2 §7.1), so success
 * refreshes the region's VPN cache: the gateway shows it, and the SSL queries poll until active.
 */
export function useSslVpnMutations(regionId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: vpnKeys.all(regionId) });
  const meta = { handlesErrors: true };
  return {
    createServer: useMutation({
      meta,
      mutationFn: (v: { request: CreateSslVpnServerRequest; idempotencyKey: string }) =>
        bffClient.call(sslVpnServerRoutes.create, {
          params: { regionId },
          body: v.request,
          idempotencyKey: v.idempotencyKey,
        }),
      onSuccess: refresh,
    }),
    updateServer: useMutation({
      meta,
      mutationFn: (v: { id: string; request: UpdateSslVpnServerRequest }) =>
        bffClient.call(sslVpnServerRoutes.update, {
          params: { regionId, id: v.id },
          body: v.request,
        }),
      onSuccess: refresh,
    }),
    removeServer: useMutation({
      meta,
      mutationFn: (id: string) =>
        bffClient.call(sslVpnServerRoutes.remove, { params: { regionId, id } }),
      onSuccess: refresh,
    }),
    createCert: useMutation({
      meta,
      mutationFn: (v: { id: string; request: { name: string }; idempotencyKey: string }) =>
        bffClient.call(sslVpnClientCertRoutes.create, {
          params: { regionId, id: v.id },
          body: v.request,
          idempotencyKey: v.idempotencyKey,
        }),
      onSuccess: refresh,
    }),
    renameCert: useMutation({
      meta,
      mutationFn: (v: { id: string; certId: string; name: string }) =>
        bffClient.call(sslVpnClientCertRoutes.rename, {
          params: { regionId, id: v.id, certId: v.certId },
          body: { name: v.name },
        }),
      onSuccess: refresh,
    }),
    removeCert: useMutation({
      meta,
      mutationFn: (v: { id: string; certId: string }) =>
        bffClient.call(sslVpnClientCertRoutes.remove, { params: { regionId, ...v } }),
      onSuccess: refresh,
    }),
  };
}

/**
 * The client's `.ovpn` file (with its private key), fetched on click outside react-query's caches
 * so the key is not kept in memory after the download.
 */
export async function fetchClientConfig(
  regionId: string,
  id: string,
  certId: string,
): Promise<string> {
  const url = routeUrl(sslVpnClientCertRoutes.config, { regionId, id, certId });
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw toApiError(error);
  }
  const text = await res.text();
  if (!res.ok) {
    throw parseApiError(res.status, text, res.headers.get('X-Request-Id'), null);
  }
  return text;
}
