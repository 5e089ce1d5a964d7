import { useCallback } from 'react';
import type { z } from 'zod';
import { PAGE_SIZES } from './page-sizes';
import { useUrlState } from './use-url-state';

/** How a list's view is read from and written to the URL. */
export interface ListSearchCodec<T> {
  parse: (params: URLSearchParams) => T;
  serialize: (search: T) => URLSearchParams;
  /** The view of a bare URL: every field at its default. */
  defaults: T;
}

export interface ListSearchOptions {
  /** URL names that differ from the query's (the audit trail's `resource` is `resourceId`). */
  urlKeys?: Readonly<Record<string, string>>;
  /** Rows-per-page choices: any other `pageSize` falls back to the default. */
  pageSizes?: readonly number[];
}

const PAGING = new Set(['page', 'pageSize']);

/**
 * The URL codec of a list, derived from its route's query schema: each field is parsed on its
 * own, so one bad value falls back to its default instead of failing the view; blanks count as
 * absent, and defaults stay out of the URL so links stay short.
 */
export function listSearchCodec<S extends z.ZodObject>(
  schema: S,
  options: ListSearchOptions = {},
): ListSearchCodec<z.output<S>> {
  type T = z.output<S>;
  const pageSizes: readonly number[] = options.pageSizes ?? PAGE_SIZES;
  const fields = Object.entries(schema.shape as Record<string, z.ZodType>);
  // Filters first, then paging: `?q=web&page=2` reads better than `?page=2&q=web`.
  const ordered = [
    ...fields.filter(([key]) => !PAGING.has(key)),
    ...fields.filter(([key]) => PAGING.has(key)),
  ];
  const urlKey = (key: string) => options.urlKeys?.[key] ?? key;
  const fallback = (field: z.ZodType): unknown => field.safeParse(undefined).data;
  const read = (key: string, field: z.ZodType, raw: string | null): unknown => {
    const parsed = field.safeParse(raw === null || raw.trim() === '' ? undefined : raw);
    const value = parsed.success && parsed.data !== '' ? parsed.data : fallback(field);
    if (key === 'pageSize' && !pageSizes.includes(value as number)) return fallback(field);
    return value;
  };
  const parse = (params: URLSearchParams) =>
    Object.fromEntries(
      fields.map(([key, field]) => [key, read(key, field, params.get(urlKey(key)))]),
    ) as T;
  const defaults = parse(new URLSearchParams());
  const serialize = (search: T) => {
    const out = new URLSearchParams();
    const values = search as Record<string, unknown>;
    const defaultValues = defaults as Record<string, unknown>;
    for (const [key] of ordered) {
      const value = values[key];
      if (value === undefined || value === null || value === defaultValues[key]) continue;
      const text = String(value).trim();
      if (text !== '') out.set(urlKey(key), text);
    }
    return out;
  };
  return { parse, serialize, defaults };
}

/** Applies a change; on a paged list any change other than the page itself goes back to page 1. */
export function changeListSearch<T extends object>(search: T, change: Partial<T>): T {
  const resetsPage = 'page' in search && Object.keys(change).some((k) => k !== 'page');
  return { ...search, ...(resetsPage ? { page: 1 } : {}), ...change };
}

/** True when any filter (not the paging or the sort) differs from its default. */
export function isFiltered<T extends object>(codec: ListSearchCodec<T>, search: T): boolean {
  const values = search as Record<string, unknown>;
  const defaults = codec.defaults as Record<string, unknown>;
  return Object.keys(values).some(
    (key) =>
      !PAGING.has(key) && key !== 'sort' && values[key] !== defaults[key] && values[key] !== '',
  );
}

/** The next sort when a column header is clicked: ascending, descending, then none. */
export function nextSort<C extends string>(
  current: C | `-${C}` | undefined,
  column: C,
): C | `-${C}` | undefined {
  if (current === column) return `-${column}`;
  if (current === `-${column}`) return undefined;
  return column;
}

/**
 * The list view from the URL, and a setter that writes a change back to it. Filter changes on a
 * paged list replace the history entry (typing would flood it); page moves push one.
 */
export function useListSearch<T extends object>(codec: ListSearchCodec<T>) {
  const [search, setSearch] = useUrlState(codec.parse, codec.serialize);
  const update = useCallback(
    (change: Partial<T>) =>
      setSearch((current) => changeListSearch(current, change), {
        replace: 'page' in codec.defaults && !('page' in change),
      }),
    [codec, setSearch],
  );
  return [search, update] as const;
}
