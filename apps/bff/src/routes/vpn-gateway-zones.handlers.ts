import type { vpnGatewayZoneRoutes } from '@gc/contracts';
import type { Handlers } from '../http/route-handler.ts';
import type { RouteDeps } from './route-deps.ts';

/** The zones a VPN gateway spec is sold in (read-only, not audited). */
export function vpnGatewayZoneHandlers({
  vpnGateways: svc,
}: Pick<RouteDeps, 'vpnGateways'>): Handlers<typeof vpnGatewayZoneRoutes> {
  return { list: ({ params, query }) => svc.zones(params.regionId, query) };
}
