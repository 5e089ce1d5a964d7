import type { NatGateway, NatGatewayListQuery, NatGatewayPage } from '@gc/contracts';

type SortKey = 'name' | 'creationTime' | 'status';

// One collator each, built once: `localeCompare` with options builds one per call (≈1.6 s to sort
// 5,000 gateways by name, issue 8 row 5). Same ordering as `localeCompare`.
const textOrder = new Intl.Collator('en', { sensitivity: 'base' }).compare;
const idOrder = new Intl.Collator().compare;

/** The sort key of each gateway, computed once per item rather than per comparison. */
function sortValue(g: NatGateway, key: SortKey): number | string {
  // Times arrive with or without seconds (REFERENCE §7): compare as dates.
  return key === 'creationTime' ? Date.parse(g.creationTime) : g[key];
}

function compare(x: number | string, y: number | string): number {
  return typeof x === 'number' && typeof y === 'number' ? x - y : textOrder(String(x), String(y));
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
  const sign = descending ? -1 : 1;
  const keyed = matching.map((g) => ({ g, v: sortValue(g, key) }));
  // IDs break ties (in the same direction, as before).
  keyed.sort((a, b) => sign * (compare(a.v, b.v) || idOrder(a.g.id, b.g.id)));
  const start = (query.page - 1) * query.pageSize;
  return {
    items: keyed.slice(start, start + query.pageSize).map((k) => k.g),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}
