/** One page of a PageNumber/PageSize listing. */
export interface Page<T> {
  items: T[];
  totalCount: number;
}

/** Options of `paginate()`. */
export interface PaginateOptions {
  /** Items per page, 1–50 (the API's usual maximum, REFERENCE §2.2); default 50. */
  pageSize?: number;
  signal?: AbortSignal;
}

/** The largest PageSize most Describe* actions accept. */
export const MAX_PAGE_SIZE = 50;

/**
 * Iterates every item of a PageNumber/PageSize listing, page by page in order (sequential
 * paging avoids `Throttling.DeepPageSkip`, REFERENCE §2.2). Stops once TotalCount items were
 * seen, or at the first empty or short page, so a changing or wrong TotalCount never loops.
 */
export async function* paginate<T>(
  fetchPage: (page: { PageNumber: number; PageSize: number }) => Promise<Page<T>>,
  opts: PaginateOptions = {},
): AsyncGenerator<T> {
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(opts.pageSize ?? MAX_PAGE_SIZE)));
  let seen = 0;
  for (let pageNumber = 1; ; pageNumber++) {
    opts.signal?.throwIfAborted();
    const page = await fetchPage({ PageNumber: pageNumber, PageSize: pageSize });
    for (const item of page.items) yield item;
    seen += page.items.length;
    if (page.items.length === 0 || page.items.length < pageSize || seen >= page.totalCount) return;
  }
}

/** Options of `paginateByToken()`. */
export interface PaginateByTokenOptions {
  signal?: AbortSignal;
}

/**
 * Iterates a NextToken listing (ListTagResources): stops when NextToken is empty or absent
 * (REFERENCE §2.2); a token repeated by the server is an error instead of an endless loop.
 */
export async function* paginateByToken<T>(
  fetchPage: (token: string | undefined) => Promise<{ items: T[]; nextToken?: string }>,
  opts: PaginateByTokenOptions = {},
): AsyncGenerator<T> {
  const seen = new Set<string>();
  let token: string | undefined;
  for (;;) {
    opts.signal?.throwIfAborted();
    const page = await fetchPage(token);
    for (const item of page.items) yield item;
    if (!page.nextToken) return;
    if (seen.has(page.nextToken)) {
      throw new Error(`paginateByToken: the server repeated NextToken "${page.nextToken}"`);
    }
    seen.add(page.nextToken);
    token = page.nextToken;
  }
}
