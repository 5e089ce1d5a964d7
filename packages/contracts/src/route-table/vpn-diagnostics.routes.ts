import {
  connectionLogsQuerySchema,
  connectionLogsSchema,
  diagnosisParamsSchema,
  diagnosisSchema,
  diagnosisStartedSchema,
  startDiagnosisSchema,
} from '../vpn-diagnostics.ts';
import { vpnConnectionParamsSchema, vpnGatewayParamsSchema } from '../vpn-route-params.ts';
import { defineRoute } from './define-route.ts';

const R = '/api/regions/{regionId}';

/** VPN diagnostics: negotiation logs of a connection, one-click diagnosis of a gateway. */
export const vpnDiagnosticsRoutes = {
  connectionLogs: defineRoute({
    method: 'get',
    path: `${R}/vpn-connections/{id}/logs`,
    summary:
      'Negotiation log lines of an IPsec connection (from/to in Unix seconds, default: last hour)',
    params: vpnConnectionParamsSchema,
    query: connectionLogsQuerySchema,
    response: connectionLogsSchema,
  }),
  diagnose: defineRoute({
    method: 'post',
    path: `${R}/vpn-gateways/{id}/diagnose`,
    summary: 'Start a one-click diagnosis of one IPsec connection of the gateway',
    params: vpnGatewayParamsSchema,
    body: startDiagnosisSchema,
    response: diagnosisStartedSchema,
    audit: { action: 'DiagnoseVpnGateway', resourceParam: 'id' },
  }),
  diagnosis: defineRoute({
    method: 'get',
    path: `${R}/vpn-gateways/{id}/diagnose/{diagnoseId}`,
    summary: 'A diagnosis report (`latest`: the gateway’s latest); poll until finished',
    params: diagnosisParamsSchema,
    response: diagnosisSchema,
  }),
};
