import type { NatGatewayStatus } from '@gc/contracts';
import { statusTone, type StatusTable } from '../../../lib/resource-status';
import type { StatusTone } from '../../../components/ui/status-badge';

/** States a gateway leaves on its own (REFERENCE §4.1): the UI polls while any is shown. */
export const TRANSITIONAL_STATUSES: ReadonlySet<string> = new Set<NatGatewayStatus>([
  'Creating',
  'Modifying',
  'Deleting',
  'Converting',
]);

/** A NAT gateway's status colours and labels. */
export const NAT_STATUS: StatusTable = {
  ok: 'Available',
  leaving: 'Deleting',
  transitional: TRANSITIONAL_STATUSES,
  labelKey: (status) => `status.${status}`,
};

/** True when the status will change without user action. */
export function isTransitional(status: string): boolean {
  return TRANSITIONAL_STATUSES.has(status);
}

/** Colour of a status: green when usable, blue while changing, yellow while going away. */
export function natStatusTone(status: string): StatusTone {
  return statusTone(NAT_STATUS, status);
}
