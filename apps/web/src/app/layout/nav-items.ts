import type { ParseKeys } from 'i18next';

export interface NavItem {
  /** Path under `/regions/:regionId/`. */
  segment: string;
  labelKey: ParseKeys;
}

/** The console's sections, in menu order. */
export const NAV_ITEMS: NavItem[] = [
  { segment: 'nat-gateways', labelKey: 'nav.natGateways' },
  { segment: 'vpn-gateways', labelKey: 'nav.vpnGateways' },
  { segment: 'ipv6-gateways', labelKey: 'nav.ipv6Gateways' },
  { segment: 'inventory', labelKey: 'nav.inventory' },
  { segment: 'audit', labelKey: 'nav.audit' },
];

/** The section a pathname belongs to (`/regions/x/nat-gateways/ngw-1` → `nat-gateways`). */
export function sectionOf(pathname: string): string {
  return pathname.split('/')[3] ?? 'nat-gateways';
}
