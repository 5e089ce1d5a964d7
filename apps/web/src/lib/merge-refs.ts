import { useMemo, type Ref, type RefCallback } from 'react';

type MaybeRef<T> = Ref<T> | undefined;
const NONE: never[] = [];

function merge<T>(refs: MaybeRef<T>[]): RefCallback<T> | null {
  if (refs.every((ref) => ref === null || ref === undefined)) return null;
  return (value: T | null) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(value);
      else if (ref !== null && ref !== undefined) ref.current = value;
    }
  };
}

/**
 * Stand-in for `@floating-ui/react`'s `useMergeRefs`, used only by Mantine's ScrollArea (see
 * vite.config.ts): ScrollArea needs this one hook, but importing it drags the whole floating-ui
 * library (shared with Popover/Select on other pages) into every page that shows a Table.
 */
export function useMergeRefs<T>(refs: MaybeRef<T>[]): RefCallback<T> | null {
  // ScrollArea passes three refs; more still work, only without memoisation.
  const [a, b, c] = refs;
  const rest = refs.length > 3 ? refs.slice(3) : NONE;
  return useMemo(() => merge([a, b, c, ...rest]), [a, b, c, rest]);
}
