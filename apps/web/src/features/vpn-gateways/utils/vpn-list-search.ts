import { vpnGatewayStatusSchema, type VpnGatewayStatus } from '@gc/contracts';

/** The VPN list view, as kept in the URL. */
export interface VpnListSearch {
  q: string;
  status: VpnGatewayStatus | undefined;
  vpcId: string | undefined;
  page: number;
  pageSize: number;
}

export const VPN_PAGE_SIZE = 20;

/** Reads the list view from URL parameters; bad values fall back to the defaults. */
export function parseVpnListSearch(params: URLSearchParams): VpnListSearch {
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    status: vpnGatewayStatusSchema.safeParse(params.get('status')).data,
    vpcId: params.get('vpcId') || undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: VPN_PAGE_SIZE,
  };
}

/** Writes the view back, leaving defaults out so links stay short. */
export function serializeVpnListSearch(search: VpnListSearch): URLSearchParams {
  const out = new URLSearchParams();
  if (search.q) out.set('q', search.q);
  if (search.status) out.set('status', search.status);
  if (search.vpcId) out.set('vpcId', search.vpcId);
  if (search.page > 1) out.set('page', String(search.page));
  return out;
}

/** Applies a change; any filter change goes back to page 1. */
export function updateVpnListSearch(
  current: VpnListSearch,
  change: Partial<VpnListSearch>,
): VpnListSearch {
  const next = { ...current, ...change };
  if (!('page' in change)) next.page = 1;
  return next;
}
