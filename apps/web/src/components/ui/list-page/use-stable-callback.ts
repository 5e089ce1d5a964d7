import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function of stable identity that calls the latest `f`: memoised parts (a table's head, a
 * filter, the pager) take it as a prop and skip a keystroke's render, yet act on the props of
 * the last one. For event handlers only: during a render it would call the previous `f`.
 */
export function useStableCallback<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  const latest = useRef(f);
  useLayoutEffect(() => {
    latest.current = f;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
