import { useCallback, useEffect, useMemo, useState } from 'react';
import { FILTER_DEBOUNCE_MS } from './list-filters';
import type { ListView } from './narrow-rows';

/**
 * A search typed but not yet in the URL. `via`: the URL values on the way to `q` (the URL's, and
 * the searches typed before `q`: the URL may land on one of them while the user types on, which
 * is not a Back or a link).
 */
interface Typed {
  q: string;
  via: readonly string[];
}

/** The views of a list whose name/ID search is typed ahead of the URL; see {@link useTypedSearch}. */
export interface TypedSearch<V> {
  /** The search box's text: the typed search, else the URL's. */
  q: string;
  /** The view the rows show: the URL's with the typed search (page 1), while one is pending. */
  ahead: V | undefined;
  /** A keystroke. */
  type: (q: string) => void;
  /** Any other filter change (status, VPC, "Clear"), a sort or a page: carries the typed search. */
  change: (change: Partial<V>) => void;
}

/**
 * A name/ID search that shows its rows in the keystroke's own frame: the keystroke is an urgent
 * state change here, and the rows are narrowed from the answer on screen; nothing else runs
 * before that frame is painted. Then the list query follows (its request for the previous
 * keystroke is cancelled, its rows stay until the answer), and the URL when typing settles
 * (`settleMs` after the last key): a URL change re-renders the route, and react-router applies it
 * in a transition, which delayed the narrowed rows by 100+ ms when each key wrote the URL.
 * A URL change from elsewhere (Back, a link) drops the typed search.
 */
export function useTypedSearch<V extends ListView>(
  search: V,
  update: (change: Partial<V>) => void,
  settleMs = FILTER_DEBOUNCE_MS,
): TypedSearch<V> {
  const urlQ = search.q ?? '';
  const [typed, setTyped] = useState<Typed>();
  // The URL caught up with what was typed, or moved elsewhere: from here it is the truth again.
  if (typed !== undefined && (urlQ === typed.q || !typed.via.includes(urlQ))) setTyped(undefined);

  const typedQ = typed?.q;
  useEffect(() => {
    if (typedQ === undefined) return undefined;
    const timer = setTimeout(() => update({ q: typedQ || undefined } as Partial<V>), settleMs);
    return () => clearTimeout(timer);
  }, [typedQ, update, settleMs]);

  const type = useCallback(
    (text: string) => {
      const q = text.trim();
      setTyped((t) =>
        t?.q === q ? t : { q, via: [...(t?.via ?? []).slice(-8), urlQ, t?.q ?? urlQ] },
      );
    },
    [urlQ],
  );
  const change = useCallback(
    (next: Partial<V>) => {
      // "Clear" says what the search becomes; any other change takes the typed one along.
      const carried =
        'q' in next || typedQ === undefined ? next : { ...next, q: typedQ || undefined };
      if ('q' in next) setTyped(undefined);
      update(carried);
    },
    [update, typedQ],
  );
  const ahead = useMemo(
    () => (typedQ === undefined ? undefined : { ...search, q: typedQ || undefined, page: 1 }),
    [search, typedQ],
  );
  return { q: typedQ ?? urlQ, ahead, type, change };
}
