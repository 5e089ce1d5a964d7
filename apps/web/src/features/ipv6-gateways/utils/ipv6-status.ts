import type { StatusTone } from '../../../components/ui/status-badge';
import { statusTone, type StatusTable } from '../../../lib/resource-status';

/** An IPv6 gateway's status colours and labels; Creating/Pending/Deleting end on their own (REFERENCE §4.5). */
export const IPV6_STATUS: StatusTable = {
  ok: 'Available',
  leaving: 'Deleting',
  transitional: new Set(['Creating', 'Pending', 'Deleting']),
  labelKey: (status) => `status.${status}`,
};

/** True when the status will change without user action. */
export function isIpv6Transitional(status: string): boolean {
  return IPV6_STATUS.transitional.has(status);
}

/** Colour of a status: green when usable, blue while changing, yellow while going away. */
export function ipv6StatusTone(status: string): StatusTone {
  return statusTone(IPV6_STATUS, status);
}
