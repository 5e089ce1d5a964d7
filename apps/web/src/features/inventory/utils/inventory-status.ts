import type { StatusTone } from '../../../components/ui/status-badge';

const OK = new Set(['Available', 'active']);
const GOING = new Set(['Deleting', 'deleting']);
const CHANGING = new Set([
  'Creating',
  'Modifying',
  'Converting',
  'Pending',
  'init',
  'provisioning',
  'updating',
]);

/**
 * Statuses offered by the filter (the BFF matches any case, so `Deleting` also finds VPN's
 * `deleting`); all of them and `deleting` have a translation (`inventory.status.*`).
 */
export const KNOWN_STATUSES = [...OK, ...CHANGING, 'Deleting'];

/** Colour of any gateway type's status (NAT/IPv6 capitalised, VPN lower-case, REFERENCE §4). */
export function inventoryStatusTone(status: string): StatusTone {
  if (OK.has(status)) return 'ok';
  if (GOING.has(status)) return 'warning';
  if (CHANGING.has(status)) return 'progress';
  return 'neutral';
}

/** The page a row opens: the gateway's own detail page. */
export function gatewayPath(type: 'nat' | 'vpn' | 'ipv6', regionId: string, id: string): string {
  const segment = { nat: 'nat-gateways', vpn: 'vpn-gateways', ipv6: 'ipv6-gateways' }[type];
  return `/regions/${encodeURIComponent(regionId)}/${segment}/${encodeURIComponent(id)}`;
}

/** The topology page of a VPC. */
export function topologyPath(regionId: string, vpcId: string): string {
  return `/regions/${encodeURIComponent(regionId)}/vpcs/${encodeURIComponent(vpcId)}/topology`;
}
