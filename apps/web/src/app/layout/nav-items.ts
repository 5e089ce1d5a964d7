import type { ParseKeys } from 'i18next';

export interface NavItem {
  /** Path under `/regions/:regionId/`. */
  segment: string;
  labelKey: ParseKeys;
  /** Slots for features still to come (issue 7) stay hidden until their routes exist. */
  enabled: boolean;
}

/** The console's sections, in menu order. */
export const NAV_ITEMS: NavItem[] = [
  { segment: 'nat-gateways', labelKey: 'nav.natGateways', enabled: true },
  { segment: 'vpn-gateways', labelKey: 'nav.vpnGateways', enabled: true },
  { segment: 'ipv6-gateways', labelKey: 'nav.ipv6Gateways', enabled: true },
  { segment: 'inventory', labelKey: 'nav.inventory', enabled: true },
  { segment: 'audit', labelKey: 'nav.audit', enabled: true },
];

/** The section a pathname belongs to (`/regions/x/nat-gateways/ngw-1` → `nat-gateways`). */
export function sectionOf(pathname: string): string {
  return pathname.split('/')[3] ?? 'nat-gateways';
}
