import type { NatGateway, NatGatewayListQuery, NatGatewayPage } from '@gc/contracts';

type SortKey = 'name' | 'creationTime' | 'status';

function compare(a: NatGateway, b: NatGateway, key: SortKey): number {
  const x = a[key];
  const y = b[key];
  if (key === 'creationTime') {
    // Times arrive with or without seconds (REFERENCE §7): compare as dates, IDs break ties.
    return Date.parse(x) - Date.parse(y) || a.id.localeCompare(b.id);
  }
  return x.localeCompare(y, 'en', { sensitivity: 'base' }) || a.id.localeCompare(b.id);
}

/** Filters (`q` on name or ID, status, VPC), sorts and pages a full gateway list. */
export function pageNatGateways(all: NatGateway[], query: NatGatewayListQuery): NatGatewayPage {
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
