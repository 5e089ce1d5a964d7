// Issue 17: filtering, sorting and paging a region's list of 5,000 NAT gateways over the BFF's
// region index (sorted once per sort key) against sorting it per query (pageResources, what each
// list request did before), same queries, same process, interleaved.
//   pnpm exec tsx bench/region-index.ts
import { pathToFileURL } from 'node:url';
import type { NatGateway, NatGatewayListQuery } from '@gc/contracts';
import { buildView, pageView } from '../apps/bff/src/services/kit/indexed-view.ts';
import { pageResources } from '../apps/bff/src/services/kit/page-resources.ts';
import { NAT_GATEWAY_PAGE } from '../apps/bff/src/services/nat-gateway-query.ts';
import { round2 } from './lib/load.ts';
import { SEED_WORDS } from './lib/seed-nat-gateways.ts';

const QUERIES: NatGatewayListQuery[] = [
  { page: 1, pageSize: 100 },
  { page: 3, pageSize: 100, q: 'a' },
  { page: 1, pageSize: 100, q: 'alpha-nat-00', sort: 'name' },
  { page: 2, pageSize: 50, status: 'Available', sort: '-name' },
];

function gateways(n: number): NatGateway[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `ngw-bp1bench${String(i).padStart(6, '0')}0000000`;
    return {
      id,
      name: `${SEED_WORDS[i % SEED_WORDS.length]}-nat-${String(i).padStart(6, '0')}`,
      status: i % 7 === 0 ? 'Pending' : 'Available',
      vpcId: `vpc-${i % 9}`,
      creationTime: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    } as NatGateway;
  });
}

/** Median µs per query: index vs per-query sort; `firstSortMs` = building one sort order. */
export interface RegionIndexResult {
  items: number;
  indexedUs: number;
  perQuerySortUs: number;
  worstIndexedUs: number;
  firstSortMs: number;
  ratio: number;
}

/** Times every query on the index and with a per-query sort; medians over `rounds`. */
export function runRegionIndexBench(
  opts: { items?: number; rounds?: number } = {},
): RegionIndexResult {
  const items = gateways(opts.items ?? 5000);
  const view = buildView(items, NAT_GATEWAY_PAGE);
  let started = performance.now();
  pageView(view, { page: 1, pageSize: 1, sort: 'name' });
  const firstSortMs = performance.now() - started;
  for (const q of QUERIES) pageView(view, q); // every order built, as an index warms up
  const time = (run: (q: NatGatewayListQuery) => unknown, q: NatGatewayListQuery, n: number) => {
    started = performance.now();
    for (let i = 0; i < n; i++) run(q);
    return ((performance.now() - started) / n) * 1000;
  };
  const indexed: number[][] = QUERIES.map(() => []);
  const sorted: number[] = [];
  for (let r = 0; r < (opts.rounds ?? 15); r++) {
    QUERIES.forEach((q, k) => {
      indexed[k]?.push(time((x) => pageView(view, x), q, 50));
      sorted.push(time((x) => pageResources(items, x, NAT_GATEWAY_PAGE), q, 3));
    });
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const perQuery = indexed.map(median);
  const indexedUs = median(indexed.flat());
  const perQuerySortUs = median(sorted);
  return {
    items: items.length,
    indexedUs: round2(indexedUs),
    perQuerySortUs: round2(perQuerySortUs),
    worstIndexedUs: round2(Math.max(...perQuery)),
    firstSortMs: round2(firstSortMs),
    ratio: round2(perQuerySortUs / indexedUs),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(runRegionIndexBench());
}
