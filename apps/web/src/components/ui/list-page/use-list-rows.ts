import { useMemo, useState } from 'react';
import { narrowRows, type ListAnswer, type ListView } from './narrow-rows';

/** What the hook needs of a list query (a TanStack `useQuery` result fits). */
export interface ListRowsQuery<T> {
  data?: ListAnswer<T>;
  /** True while `data` is the previous view's answer (`placeholderData: keepPreviousData`). */
  isPlaceholderData?: boolean;
}

/**
 * The rows to show for `view`: its own answer; or, while that is on the way, the previous view's
 * rows narrowed in the browser (exact when the browser holds every match); else the previous
 * rows. `busy` says the rows on screen are not yet this view's answer. `ahead` is a view typed
 * but not yet asked of the BFF (not yet `query`'s): its rows are narrowed from the last answer at
 * once, when the browser can, else the rows on screen stay, busy.
 */
export function useListRows<T extends { id: string; name?: string }, V extends ListView>(
  view: V,
  query: ListRowsQuery<T>,
  ahead?: V,
): { rows: ListAnswer<T> | undefined; busy: boolean } {
  const [settled, setSettled] = useState<{ view: V; answer: ListAnswer<T> }>();
  const own = query.data !== undefined && query.isPlaceholderData !== true;
  // Remembers which view the last real answer was for (state set during render: React re-renders
  // at once, before the screen updates).
  if (own && query.data !== undefined && settled?.answer !== query.data) {
    setSettled({ view, answer: query.data });
  }
  return useMemo(() => {
    const last = own && query.data !== undefined ? { view, answer: query.data } : settled;
    const early = ahead && last ? narrowRows(last, ahead) : undefined;
    if (early !== undefined) return { rows: early, busy: !early.exact };
    const behind = ahead !== undefined && (ahead.q ?? '').trim() !== (view.q ?? '').trim();
    if (own || query.data === undefined) return { rows: query.data, busy: behind };
    const narrowed = settled === undefined ? undefined : narrowRows(settled, view);
    if (narrowed === undefined) return { rows: query.data, busy: true };
    return { rows: narrowed, busy: behind || !narrowed.exact };
  }, [own, query.data, settled, view, ahead]);
}
