import { paginate } from '@gc/vpc-client';
import pLimit from 'p-limit';

type FetchPage<T> = (page: { PageNumber: number; PageSize: number }) => Promise<{
  items: T[];
  totalCount: number;
}>;

/** Options of {@link collectPages}. */
export interface CollectOptions {
  /**
   * Pages in flight after page 1 has told TotalCount; default 1 (strictly sequential). Only for
   * actions without `Throttling.DeepPageSkip` (DescribeVpcs, DescribeVSwitches and
   * DescribeEipAddresses have it, REFERENCE §2.2): pages are still asked for in ascending order.
   */
  concurrency?: number;
}

/** Every item of a PageNumber/PageSize list, in order; pages 2…N optionally a few at a time. */
export async function collectPages<T>(
  fetchPage: FetchPage<T>,
  pageSize = 50,
  opts: CollectOptions = {},
): Promise<T[]> {
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 1));
  if (concurrency === 1) return sequential(fetchPage, pageSize, 1, []);
  const first = await fetchPage({ PageNumber: 1, PageSize: pageSize });
  const out = [...first.items];
  // A short first page (the server capped PageSize) or a complete one: nothing to plan from.
  if (first.items.length < pageSize || out.length >= first.totalCount) return out;
  const lastPage = Math.ceil(first.totalCount / pageSize);
  const limit = pLimit(concurrency);
  const pages = await Promise.all(
    Array.from({ length: lastPage - 1 }, (_, i) =>
      limit(() => fetchPage({ PageNumber: i + 2, PageSize: pageSize })),
    ),
  );
  let total = first.totalCount;
  for (const page of pages) {
    out.push(...page.items);
    total = page.totalCount;
    // The list shrank meanwhile: later pages are empty or shifted, stop as paginate would.
    if (page.items.length < pageSize) return out;
  }
  // The list grew meanwhile: read on, one page at a time, until a short page or TotalCount.
  return out.length < total ? sequential(fetchPage, pageSize, lastPage + 1, out) : out;
}

async function sequential<T>(
  fetchPage: FetchPage<T>,
  pageSize: number,
  fromPage: number,
  out: T[],
): Promise<T[]> {
  if (fromPage === 1) {
    for await (const item of paginate(fetchPage, { pageSize })) out.push(item);
    return out;
  }
  for (let n = fromPage; ; n += 1) {
    const page = await fetchPage({ PageNumber: n, PageSize: pageSize });
    out.push(...page.items);
    if (page.items.length < pageSize || out.length >= page.totalCount) return out;
  }
}
