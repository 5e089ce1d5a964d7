/** Where a resource's page is and which BFF route tells whether it still exists. */
export interface ResourceLink {
  /** The SPA page of the resource. */
  to: string;
  /** The BFF route that answers 404 once the resource is gone. */
  probe: string;
}

const KINDS: { prefix: string; page: (r: string, id: string) => string; api: string }[] = [
  { prefix: 'ngw-', page: (r, id) => `/regions/${r}/nat-gateways/${id}`, api: 'nat-gateways' },
  { prefix: 'vpn-', page: (r, id) => `/regions/${r}/vpn-gateways/${id}`, api: 'vpn-gateways' },
  { prefix: 'ipv6gw-', page: (r, id) => `/regions/${r}/ipv6-gateways/${id}`, api: 'ipv6-gateways' },
  {
    prefix: 'cgw-',
    page: (r) => `/regions/${r}/vpn-gateways/customer-gateways`,
    api: 'customer-gateways',
  },
];

/**
 * The page of a resource the console shows (NAT, VPN, IPv6 and customer gateways), or undefined
 * for entries without a region or a resource of another kind (EIPs, entries, connections).
 */
export function resourceLink(
  regionId: string | undefined,
  resourceId: string | undefined,
): ResourceLink | undefined {
  if (!regionId || !resourceId) return undefined;
  const kind = KINDS.find((k) => resourceId.startsWith(k.prefix));
  if (!kind) return undefined;
  const r = encodeURIComponent(regionId);
  const id = encodeURIComponent(resourceId);
  return { to: kind.page(r, id), probe: `/api/regions/${r}/${kind.api}/${id}` };
}
