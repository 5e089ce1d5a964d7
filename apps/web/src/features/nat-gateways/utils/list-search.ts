import {
  natGatewaySortSchema,
  natGatewayStatusSchema,
  resourceId,
  type NatGatewayListQuery,
} from '@gc/contracts';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../../../lib/page-sizes';

export { DEFAULT_PAGE_SIZE };

export type NatSort = NonNullable<NatGatewayListQuery['sort']>;

/** The list view as the URL carries it. */
export interface NatListSearch {
  page: number;
  pageSize: number;
  q: string;
  status: NatGatewayListQuery['status'];
  vpcId: string | undefined;
  sort: NatSort | undefined;
}

const vpcIdSchema = resourceId('vpc');

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** Reads the list view from URL search params; a bad value falls back to its default. */
export function parseListSearch(params: URLSearchParams): NatListSearch {
  const pageSize = positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE);
  const status = natGatewayStatusSchema.safeParse(params.get('status'));
  const vpcId = vpcIdSchema.safeParse(params.get('vpcId'));
  const sort = natGatewaySortSchema.safeParse(params.get('sort'));
  return {
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    q: (params.get('q') ?? '').slice(0, 128),
    status: status.success ? status.data : undefined,
    vpcId: vpcId.success ? vpcId.data : undefined,
    sort: sort.success ? sort.data : undefined,
  };
}

/** Writes the list view to search params, leaving defaults out so links stay short. */
export function serializeListSearch(search: NatListSearch): URLSearchParams {
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
export function updateListSearch(
  search: NatListSearch,
  change: Partial<NatListSearch>,
): NatListSearch {
  const resetsPage = Object.keys(change).some((k) => k !== 'page');
  return { ...search, ...(resetsPage ? { page: 1 } : {}), ...change };
}

/** The next sort when a column header is clicked: ascending, descending, then none. */
export function nextSort(current: NatSort | undefined, column: 'name' | 'creationTime' | 'status') {
  if (current === column) return `-${column}` as NatSort;
  if (current === `-${column}`) return undefined;
  return column;
}

/** The BFF query for a list view. */
export function toListQuery(search: NatListSearch) {
  return {
    page: search.page,
    pageSize: search.pageSize,
    q: search.q.trim() || undefined,
    status: search.status,
    vpcId: search.vpcId,
    sort: search.sort,
  };
}
