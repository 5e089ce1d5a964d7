import { v } from './params.ts';

/** PageNumber/PageSize params: default 1/10, max 50 (100 for DescribeEipAddresses) (REFERENCE §2.2). */
export function pageParams(maxPageSize = 50) {
  return {
    PageNumber: v.int({ min: 1, max: 100_000 }).optional(),
    PageSize: v.int({ min: 1, max: maxPageSize }).optional(),
  };
}

/** One page of `items` with the TotalCount/PageNumber/PageSize echo. */
export function paginate<T>(
  items: readonly T[],
  page: { PageNumber?: number | undefined; PageSize?: number | undefined },
): { items: T[]; TotalCount: number; PageNumber: number; PageSize: number } {
  const PageNumber = page.PageNumber ?? 1;
  const PageSize = page.PageSize ?? 10;
  const start = (PageNumber - 1) * PageSize;
  return {
    items: items.slice(start, start + PageSize),
    TotalCount: items.length,
    PageNumber,
    PageSize,
  };
}

/** Splits a comma-separated ID filter (e.g. DescribeVpcs VpcId, up to 20 IDs) into a set. */
export function idSet(value: string | undefined): Set<string> | undefined {
  if (value === undefined || value === '') return undefined;
  return new Set(
    value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/** MaxResults/NextToken paging (REFERENCE-2 §0.3): an opaque offset token, '' on the last page. */
export function tokenPage<T>(
  items: readonly T[],
  p: { NextToken?: string | undefined; MaxResults?: number | undefined },
  malformed: () => Error,
): { items: T[]; NextToken: string } {
  let offset = 0;
  if (p.NextToken) {
    const m = /^offset:(\d+)$/.exec(Buffer.from(p.NextToken, 'base64url').toString('utf8'));
    if (!m) throw malformed();
    offset = Number(m[1]);
  }
  const max = p.MaxResults ?? 20;
  const next = offset + max < items.length;
  return {
    items: items.slice(offset, offset + max),
    NextToken: next ? Buffer.from(`offset:${offset + max}`).toString('base64url') : '',
  };
}
