import type { Ipv6Gateway, Ipv6GatewayListQuery, Ipv6GatewayPage } from '@gc/contracts';

type SortKey = 'name' | 'creationTime' | 'status';

function compare(a: Ipv6Gateway, b: Ipv6Gateway, key: SortKey): number {
  if (key === 'creationTime') {
    return Date.parse(a.creationTime) - Date.parse(b.creationTime) || a.id.localeCompare(b.id);
  }
  return a[key].localeCompare(b[key], 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id);
}

/** Filters (`q` on name or ID, status, VPC), sorts and pages a region's full gateway list. */
export function pageIpv6Gateways(all: Ipv6Gateway[], query: Ipv6GatewayListQuery): Ipv6GatewayPage {
  const q = query.q?.toLowerCase();
  const matching = all.filter(
    (g) =>
      (!q || g.name.toLowerCase().includes(q) || g.id.toLowerCase().includes(q)) &&
      (!query.status || g.status === query.status) &&
      (!query.vpcId || g.vpcId === query.vpcId),
  );
  const sort = query.sort ?? '-creationTime';
  const descending = sort.startsWith('-');
  const key = (descending ? sort.slice(1) : sort) as SortKey;
  matching.sort((a, b) => (descending ? -1 : 1) * compare(a, b, key));
  const start = (query.page - 1) * query.pageSize;
  return {
    items: matching.slice(start, start + query.pageSize),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}
