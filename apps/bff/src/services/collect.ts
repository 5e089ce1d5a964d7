import { paginate } from '@gc/vpc-client';

/** Every item of a PageNumber/PageSize list, page by page in order (sequential: no deep-page skips). */
export async function collectPages<T>(
  fetchPage: (page: { PageNumber: number; PageSize: number }) => Promise<{
    items: T[];
    totalCount: number;
  }>,
  pageSize = 50,
): Promise<T[]> {
  const out: T[] = [];
  for await (const item of paginate(fetchPage, { pageSize })) out.push(item);
  return out;
}
