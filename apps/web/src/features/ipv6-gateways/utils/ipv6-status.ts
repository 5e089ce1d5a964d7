import type { StatusTone } from '../../../components/ui/status-badge';

/** States an IPv6 gateway leaves on its own (REFERENCE §4.5): the UI polls while one is shown. */
const TRANSITIONAL: ReadonlySet<string> = new Set(['Creating', 'Pending', 'Deleting']);

/** True when the status will change without user action. */
export function isIpv6Transitional(status: string): boolean {
  return TRANSITIONAL.has(status);
}

/** Colour of a status: green when usable, blue while changing, yellow while going away. */
export function ipv6StatusTone(status: string): StatusTone {
  if (status === 'Available') return 'ok';
  if (status === 'Deleting') return 'warning';
  return isIpv6Transitional(status) ? 'progress' : 'neutral';
}
