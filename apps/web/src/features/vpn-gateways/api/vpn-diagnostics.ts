import {
  vpnConnectionRoutes,
  vpnDiagnosticsRoutes,
  type Diagnosis,
  type StartDiagnosisRequest,
} from '@gc/contracts';
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { bffClient } from '../../../lib/bff-client';
import { ApiError } from '../../../lib/api-error';
import { pollWhile } from '../../../lib/poll-interval';
import { vpnKeys } from './vpn-keys';

/** The log windows the SPA offers, in seconds. */
export const LOG_RANGES = { last15m: 900, last1h: 3600, last24h: 86_400 } as const;
/** One of {@link LOG_RANGES}. */
export type LogRange = keyof typeof LOG_RANGES;

const keys = {
  diagnosis: (regionId: string, gatewayId: string, diagnoseId: string) =>
    [...vpnKeys.all(regionId), 'diagnosis', gatewayId, diagnoseId] as const,
  logs: (regionId: string, id: string, range: LogRange, tunnelId: string) =>
    [...vpnKeys.all(regionId), 'logs', id, range, tunnelId] as const,
  connection: (regionId: string, id: string) =>
    [...vpnKeys.all(regionId), 'connection', id] as const,
};

/**
 * A diagnosis report, polled until it has finished. `latest` is the gateway's latest one; when
 * there is none yet the BFF answers 404, which reads as "no diagnosis" (`null`), not as an error.
 */
export const diagnosisQueryOptions = (regionId: string, gatewayId: string, diagnoseId: string) =>
  queryOptions({
    queryKey: keys.diagnosis(regionId, gatewayId, diagnoseId),
    queryFn: async ({ signal }): Promise<Diagnosis | null> => {
      try {
        return await bffClient.call(vpnDiagnosticsRoutes.diagnosis, {
          params: { regionId, id: gatewayId, diagnoseId },
          signal,
        });
      } catch (error) {
        if (diagnoseId === 'latest' && error instanceof ApiError && error.status === 404)
          return null;
        throw error;
      }
    },
    refetchInterval: pollWhile((d: Diagnosis | null) => d !== null && !d.finished),
  });

/** A diagnosis report (`latest`, or one the user started). */
export const useDiagnosis = (regionId: string, gatewayId: string, diagnoseId: string) =>
  useQuery(diagnosisQueryOptions(regionId, gatewayId, diagnoseId));

/** Starts a diagnosis of one connection of the gateway (operators; audited by the BFF). */
export function useStartDiagnosis(regionId: string, gatewayId: string) {
  return useMutation({
    meta: { handlesErrors: true },
    mutationFn: (body: StartDiagnosisRequest) =>
      bffClient.call(vpnDiagnosticsRoutes.diagnose, { params: { regionId, id: gatewayId }, body }),
  });
}

/** The log lines of the last `range`, recomputed from "now" on every fetch (so refresh moves on). */
export const connectionLogsQueryOptions = (
  regionId: string,
  id: string,
  range: LogRange,
  tunnelId: string,
) =>
  queryOptions({
    queryKey: keys.logs(regionId, id, range, tunnelId),
    queryFn: ({ signal }) => {
      const to = Math.floor(Date.now() / 1000);
      return bffClient.call(vpnDiagnosticsRoutes.connectionLogs, {
        params: { regionId, id },
        query: { from: to - LOG_RANGES[range], to, ...(tunnelId ? { tunnelId } : {}) },
        signal,
      });
    },
  });

/** One IPsec connection (for its tunnels). */
export const useVpnConnection = (regionId: string, id: string) =>
  useQuery({
    queryKey: keys.connection(regionId, id),
    queryFn: ({ signal }) =>
      bffClient.call(vpnConnectionRoutes.get, { params: { regionId, id }, signal }),
  });
