import {
  ipv6GatewaySortSchema,
  ipv6GatewayStatusSchema,
  resourceId,
  type Ipv6GatewayListQuery,
} from '@gc/contracts';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../../../lib/page-sizes';

export type Ipv6Sort = NonNullable<Ipv6GatewayListQuery['sort']>;

/** The IPv6 list view as the URL carries it. */
export interface Ipv6ListSearch {
  page: number;
  pageSize: number;
  q: string;
  status: Ipv6GatewayListQuery['status'];
  vpcId: string | undefined;
  sort: Ipv6Sort | undefined;
}

const vpcIdSchema = resourceId('vpc');

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** Reads the list view from URL search params; a bad value falls back to its default. */
export function parseIpv6Search(params: URLSearchParams): Ipv6ListSearch {
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    q: (params.get('q') ?? '').slice(0, 128),
    status: ipv6GatewayStatusSchema.safeParse(params.get('status')).data,
    vpcId: vpcIdSchema.safeParse(params.get('vpcId')).data,
    sort: ipv6GatewaySortSchema.safeParse(params.get('sort')).data,
  };
}

/** Writes the list view to search params, leaving defaults out so links stay short. */
export function serializeIpv6Search(search: Ipv6ListSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q.trim() !== '') params.set('q', search.q.trim());
  if (search.status) params.set('status', search.status);
  if (search.vpcId) params.set('vpcId', search.vpcId);
  if (search.sort) params.set('sort', search.sort);
  if (search.page !== 1) params.set('page', String(search.page));
  if (search.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(search.pageSize));
  return params;
}

/** Applies a change; any change other than the page itself goes back to page 1. */
export function updateIpv6Search(
  search: Ipv6ListSearch,
  change: Partial<Ipv6ListSearch>,
): Ipv6ListSearch {
  const resetsPage = Object.keys(change).some((k) => k !== 'page');
  return { ...search, ...(resetsPage ? { page: 1 } : {}), ...change };
}

/** The BFF query for a list view. */
export function toIpv6ListQuery(search: Ipv6ListSearch) {
  return {
    page: search.page,
    pageSize: search.pageSize,
    q: search.q.trim() || undefined,
    status: search.status,
    vpcId: search.vpcId,
    sort: search.sort,
  };
}
