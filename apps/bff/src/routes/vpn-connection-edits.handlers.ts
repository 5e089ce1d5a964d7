import type {
  UpdateCustomerGatewayInput,
  UpdateTunnelInput,
  UpdateVpnConnectionRequest,
  vpnConnectionEditRoutes,
} from '@gc/contracts';
import type { Handlers } from '../http/route-handler.ts';
import type { RouteDeps } from './route-deps.ts';

/** A tunnel edit for the audit trail: never the key, only whether one was entered. */
function auditableTunnel<T extends UpdateTunnelInput>(t: T) {
  const { psk, ...rest } = t;
  return { ...rest, keyOrigin: psk === undefined ? 'unchanged' : 'entered' };
}

/** A connection edit for the audit trail: keys replaced by `keyOrigin` (connection and tunnels). */
export function auditableConnectionEdit(body: UpdateVpnConnectionRequest) {
  const { tunnels, ...single } = body;
  return {
    ...auditableTunnel(single),
    ...(tunnels ? { tunnels: tunnels.map(auditableTunnel) } : {}),
  };
}

/** A customer gateway edit for the audit trail: the BGP key never, only that it was set. */
export function auditableCustomerGatewayEdit(body: UpdateCustomerGatewayInput) {
  const { authKey, ...rest } = body;
  return { ...rest, authKeySet: authKey !== undefined };
}

/** Connection, tunnel and customer-gateway edits (issue 12). */
export function vpnConnectionEditHandlers({
  vpnConnections,
  customerGateways,
}: Pick<RouteDeps, 'vpnConnections' | 'customerGateways'>): Handlers<
  typeof vpnConnectionEditRoutes
> {
  return {
    updateConnection: {
      audit: ({ body }) => ({ params: auditableConnectionEdit(body) }),
      handle: ({ params, body }) => vpnConnections.update(params.regionId, params.id, body),
    },
    updateTunnel: {
      audit: ({ params, body }) => ({
        params: { vpnConnectionId: params.id, ...auditableTunnel(body) },
      }),
      handle: ({ params, body }) =>
        vpnConnections.updateTunnel(params.regionId, params.id, params.tunnelId, body),
    },
    updateCustomerGateway: {
      audit: ({ body }) => ({ params: auditableCustomerGatewayEdit(body) }),
      handle: ({ params, body }) => customerGateways.update(params.regionId, params.id, body),
    },
  };
}
