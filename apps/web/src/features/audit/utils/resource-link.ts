import {
  customerGatewayRoutes,
  ipv6GatewayRoutes,
  natGatewayRoutes,
  routeUrl,
  vpnGatewayRoutes,
} from '@gc/contracts';

/** Where a resource's page is and which BFF route tells whether it still exists. */
export interface ResourceLink {
  /** The SPA page of the resource. */
  to: string;
  /** The BFF route that answers 404 once the resource is gone. */
  probe: string;
}

// Each probe is a resource's GET-one route: all four take `{ regionId, id }`.
type ProbeRoute =
  | typeof natGatewayRoutes.get
  | typeof vpnGatewayRoutes.get
  | typeof ipv6GatewayRoutes.get
  | typeof customerGatewayRoutes.get;

const KINDS: { prefix: string; page: (r: string, id: string) => string; api: ProbeRoute }[] = [
  {
    prefix: 'ngw-',
    page: (r, id) => `/regions/${r}/nat-gateways/${id}`,
    api: natGatewayRoutes.get,
  },
  {
    prefix: 'vpn-',
    page: (r, id) => `/regions/${r}/vpn-gateways/${id}`,
    api: vpnGatewayRoutes.get,
  },
  {
    prefix: 'ipv6gw-',
    page: (r, id) => `/regions/${r}/ipv6-gateways/${id}`,
    api: ipv6GatewayRoutes.get,
  },
  {
    prefix: 'cgw-',
    page: (r) => `/regions/${r}/vpn-gateways/customer-gateways`,
    api: customerGatewayRoutes.get,
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
  const page = kind.page(encodeURIComponent(regionId), encodeURIComponent(resourceId));
  return { to: page, probe: routeUrl(kind.api, { regionId, id: resourceId }) };
}
