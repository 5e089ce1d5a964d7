import type { NatGatewayStatus } from '@gc/contracts';
import type { StatusTone } from '../../../components/ui/status-badge';

/** States a gateway leaves on its own (REFERENCE §4.1): the UI polls while any is shown. */
export const TRANSITIONAL_STATUSES: ReadonlySet<string> = new Set<NatGatewayStatus>([
  'Creating',
  'Modifying',
  'Deleting',
  'Converting',
]);

/** True when the status will change without user action. */
export function isTransitional(status: string): boolean {
  return TRANSITIONAL_STATUSES.has(status);
}

/** Colour of a status: green when usable, blue while changing, yellow while going away. */
export function natStatusTone(status: string): StatusTone {
  if (status === 'Available') return 'ok';
  if (status === 'Deleting') return 'warning';
  if (isTransitional(status)) return 'progress';
  return 'neutral';
}
