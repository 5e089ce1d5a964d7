import { gatewayTypeSchema, type GatewayType, type InventoryQuery } from '@gc/contracts';

/** The inventory view as it lives in the URL: every filter optional, empty = absent. */
export interface InventorySearch {
  type?: GatewayType;
  region?: string;
  status?: string;
  q: string;
  tag: string;
}

const REGION = /^[a-z]{2,}(-[a-z0-9]+){1,3}$/;

/** Reads the filters from the URL; unknown or malformed values are dropped, not sent. */
export function parseInventorySearch(params: URLSearchParams): InventorySearch {
  const type = gatewayTypeSchema.safeParse(params.get('type'));
  const region = params.get('region') ?? '';
  const status = (params.get('status') ?? '').trim();
  return {
    type: type.success ? type.data : undefined,
    region: REGION.test(region) ? region : undefined,
    status: status === '' ? undefined : status.slice(0, 64),
    q: (params.get('q') ?? '').slice(0, 128),
    tag: (params.get('tag') ?? '').slice(0, 257),
  };
}

/** The filters as URL parameters (absent ones left out, so links stay short). */
export function serializeInventorySearch(search: InventorySearch): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(toInventoryQuery(search))) {
    if (value !== undefined) out.set(key, value);
  }
  return out;
}

/** The BFF query of the view (`GET /api/inventory`, and its export). */
export function toInventoryQuery(search: InventorySearch): InventoryQuery {
  const q = search.q.trim();
  const tag = search.tag.trim();
  return {
    type: search.type,
    region: search.region,
    status: search.status,
    q: q === '' ? undefined : q,
    tag: tag === '' ? undefined : tag,
  };
}

/** True when any filter is set. */
export function isFiltered(search: InventorySearch): boolean {
  return Object.values(toInventoryQuery(search)).some((v) => v !== undefined);
}
