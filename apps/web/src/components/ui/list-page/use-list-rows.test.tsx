import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ListAnswer } from './narrow-rows';
import { useListRows } from './use-list-rows';

interface Probe {
  view: { q?: string; page: number; pageSize: number };
  data?: ListAnswer<{ id: string; name: string }>;
  isPlaceholderData: boolean;
}

const all = {
  items: [
    { id: 'ngw-1', name: 'xray' },
    { id: 'ngw-2', name: 'alpha' },
  ],
  total: 2,
};

describe('useListRows', () => {
  it('shows a view its own answer, then the last answer narrowed while the next one loads', () => {
    const first: Probe = { view: { page: 1, pageSize: 20 }, data: all, isPlaceholderData: false };
    const { result, rerender } = renderHook((p: Probe) => useListRows(p.view, p), {
      initialProps: first,
    });
    expect(result.current).toEqual({ rows: all, busy: false });
    // A keystroke: TanStack hands the previous answer as placeholder; the browser holds every
    // match of it, so the narrowed rows are exact and nothing is marked busy.
    rerender({ view: { q: 'x', page: 1, pageSize: 20 }, data: all, isPlaceholderData: true });
    expect(result.current.rows?.items.map((g) => g.id)).toEqual(['ngw-1']);
    expect(result.current).toMatchObject({ rows: { total: 1 }, busy: false });
    // Widening the search: the browser knows nothing, the old rows stay and are marked busy.
    const narrow = { items: [all.items[0]!], total: 1 };
    rerender({ view: { q: 'x', page: 1, pageSize: 20 }, data: narrow, isPlaceholderData: false });
    rerender({ view: { q: '', page: 1, pageSize: 20 }, data: narrow, isPlaceholderData: true });
    expect(result.current).toEqual({ rows: narrow, busy: true });
  });

  it('marks a preview busy when the last answer was one page of more', () => {
    const page = { items: all.items, total: 40 };
    const first: Probe = { view: { page: 1, pageSize: 2 }, data: page, isPlaceholderData: false };
    const { result, rerender } = renderHook((p: Probe) => useListRows(p.view, p), {
      initialProps: first,
    });
    rerender({ view: { q: 'alp', page: 1, pageSize: 2 }, data: page, isPlaceholderData: true });
    expect(result.current.busy).toBe(true);
    expect(result.current.rows?.items.map((g) => g.id)).toEqual(['ngw-2']);
  });

  it('narrows a view typed ahead of the URL from the answer on screen, at once', () => {
    const view: Probe['view'] = { page: 1, pageSize: 20 };
    const { result } = renderHook(() =>
      useListRows(view, { data: all, isPlaceholderData: false }, { ...view, q: 'xr' }),
    );
    expect(result.current.rows?.items.map((g) => g.id)).toEqual(['ngw-1']);
    expect(result.current.busy).toBe(false);
  });
});
