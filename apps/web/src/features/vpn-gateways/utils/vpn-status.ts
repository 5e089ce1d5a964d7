import type { TunnelStatus } from '@gc/contracts';
import type { StatusTone } from '../../../components/ui/status-badge';
import type { StatusTable } from '../../../lib/resource-status';

/** A VPN gateway's lower-case status: init/provisioning/updating/deleting end on their own (REFERENCE §4.4). */
export const VPN_STATUS: StatusTable = {
  ok: 'active',
  leaving: 'deleting',
  transitional: new Set(['init', 'provisioning', 'updating', 'deleting']),
  labelKey: (status) => `vpn.status.${status}`,
};

/** True when a VPN gateway status will change without user action. */
export function isVpnTransitional(status: string): boolean {
  return VPN_STATUS.transitional.has(status);
}

/** Tunnel state: green once IPsec SAs are up, blue half-way, grey while waiting for the peer. */
export function tunnelTone(status: TunnelStatus): StatusTone {
  if (status === 'ipsec_sa_established') return 'ok';
  if (status === 'ike_sa_established') return 'progress';
  return 'neutral';
}

/** A connection the gateway is still applying or removing (attachment state, REFERENCE §4.4). */
export function isConnectionSettling(state: string): boolean {
  return state === 'init' || state === 'deleting';
}
