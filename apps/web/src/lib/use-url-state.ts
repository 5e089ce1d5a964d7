import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';

/** Changes a view kept in the URL: `change` maps the latest view (pending changes included). */
export type SetUrlState<T> = (change: (current: T) => T, options?: NavigateOptions) => void;

interface Pending {
  /** The params of the render the change was asked from. */
  seen: URLSearchParams;
  /** What we navigated to from there, not rendered yet. */
  next: URLSearchParams;
}

/**
 * A view kept in the URL search params (filters, page), read with `parse` and written back with
 * `serialize`. Every list page goes through it, so two quick changes all land.
 */
export function useUrlState<T>(
  parse: (params: URLSearchParams) => T,
  serialize: (state: T) => URLSearchParams,
): readonly [T, SetUrlState<T>] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parse(params), [parse, params]);
  // react-router's functional `setSearchParams(prev => …)` hands over the params of the last
  // render, so a second change before the re-render (two selects in a row) dropped the first.
  // Build on what we asked for last, as long as no render has happened since: a new render
  // gives new params, and then they are the truth (back button, link, our own navigation).
  const pending = useRef<Pending | null>(null);
  const set = useCallback<SetUrlState<T>>(
    (change, options) => {
      const last = pending.current;
      const base = last !== null && last.seen === params ? last.next : params;
      const next = serialize(change(parse(base)));
      pending.current = { seen: params, next };
      setParams(next, options);
    },
    [params, parse, serialize, setParams],
  );
  return [state, set] as const;
}
