import type { TunnelStatus } from '@gc/contracts';
import type { StatusTone } from '../../../components/ui/status-badge';

// init/provisioning/updating/deleting end on their own (REFERENCE §4.4): the UI polls meanwhile.
const TRANSITIONAL: ReadonlySet<string> = new Set(['init', 'provisioning', 'updating', 'deleting']);

/** True when a VPN gateway status will change without user action. */
export function isVpnTransitional(status: string): boolean {
  return TRANSITIONAL.has(status);
}

/** The NAT colours: green when usable, blue while changing, yellow while going away. */
export function vpnStatusTone(status: string): StatusTone {
  if (status === 'active') return 'ok';
  if (status === 'deleting') return 'warning';
  if (isVpnTransitional(status)) return 'progress';
  return 'neutral';
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
