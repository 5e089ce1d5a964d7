import type { ActionContext } from '../resource-module.ts';
import { VPN_GATEWAY_KIND } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';

/** A named completion effect to run once the gateway has applied a change. */
export interface GatewayChangeEffect {
  name: string;
  args: Record<string, unknown>;
}

/**
 * Every VPN sub-object write (connections, routes, SSL objects, customer-gateway keys) locks the
 * gateway: it goes `updating` until the change is applied, and other writers meanwhile get
 * `VpnGateway.Configuring` from `requireActiveVpnGateway` (REFERENCE-2 §7.1).
 */
export function lockVpnGateway(
  ctx: ActionContext,
  gw: VpnGatewayRecord,
  effect?: GatewayChangeEffect,
): void {
  gw.Status = 'updating';
  ctx.lifecycle.schedule({
    regionId: gw.regionId,
    kind: VPN_GATEWAY_KIND,
    resourceId: gw.id,
    duration: 'vpnConnection',
    set: { Status: 'active' },
    ...(effect ? { effect } : {}),
  });
}

/**
 * Dual-tunnel iff the gateway has a disaster-recovery vSwitch (created with both vSwitches, or an
 * enhanced gateway): the only signal the API gives (REFERENCE-2 §1.1, [emulator choice]).
 */
export function isDualTunnelGateway(gw: VpnGatewayRecord): boolean {
  return gw.DisasterRecoveryVSwitchId !== '';
}
