/** A list's view as the kit sees it: paging, the `q` search, a sort and other filters. */
export interface ListView {
  q?: string;
  page: number;
  pageSize: number;
}

/** An answer of the BFF for a view: the page's rows and the total of matching rows. */
export interface ListAnswer<T> {
  items: readonly T[];
  total: number;
}

/** Rows to show for a view before (or instead of) its own answer. */
export interface NarrowedRows<T> extends ListAnswer<T> {
  /** True when the rows are what the BFF would answer; false while they are only a preview. */
  exact: boolean;
}

// The BFF's `q` (apps/bff/src/services/kit/page-resources.ts): trimmed by the contract, then a
// case-insensitive substring of the name or the ID.
const needle = (q: string | undefined) => (q ?? '').trim().toLowerCase();

/** True when `item` matches `q` as the BFF's gateway lists match it. */
export function matchesQuery(item: { id: string; name?: string }, q: string | undefined): boolean {
  const n = needle(q);
  return (
    n === '' || item.id.toLowerCase().includes(n) || (item.name ?? '').toLowerCase().includes(n)
  );
}

/**
 * The rows for `next` worked out in the browser from the last answer (for `last.view`), when
 * `next` only narrows the search (a longer `q`, every other filter and the sort the same).
 * When that answer held every match of its view (one page), the result is exact: the matches
 * keep their order, so the first page of the narrower view is the first of them. Otherwise it
 * is a preview of the matching rows already on screen, until the BFF answers. `undefined` when
 * the browser knows nothing useful (then the previous rows stay).
 */
export function narrowRows<T extends { id: string; name?: string }, V extends ListView>(
  last: { view: V; answer: ListAnswer<T> },
  next: V,
): NarrowedRows<T> | undefined {
  const before = needle(last.view.q);
  const after = needle(next.q);
  if (after === before || !after.includes(before) || next.page !== 1) return undefined;
  const others = new Set([...Object.keys(last.view), ...Object.keys(next)]);
  for (const key of ['q', 'page']) others.delete(key);
  const record = (v: V) => v as unknown as Record<string, unknown>;
  if ([...others].some((key) => record(last.view)[key] !== record(next)[key])) return undefined;
  const matching = last.answer.items.filter((item) => matchesQuery(item, after));
  if (last.answer.items.length >= last.answer.total) {
    return { items: matching.slice(0, next.pageSize), total: matching.length, exact: true };
  }
  return matching.length === 0
    ? undefined
    : { items: matching, total: last.answer.total, exact: false };
}
