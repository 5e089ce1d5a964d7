import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTypedSearch } from './use-typed-search';

interface View {
  q?: string;
  status?: string;
  page: number;
  pageSize: number;
}

const SETTLE = 300;

function setup(initial: View) {
  const update = vi.fn<(change: Partial<View>) => void>();
  const hook = renderHook(
    ({ search }: { search: View }) => useTypedSearch(search, update, SETTLE),
    {
      initialProps: { search: initial },
    },
  );
  return { ...hook, update };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useTypedSearch', () => {
  it('shows a keystroke at once and writes the URL once typing settles', () => {
    const { result, update } = setup({ page: 3, pageSize: 100 });
    act(() => result.current.type('x'));
    // The keystroke's own render: the rows' view has it (page 1), nothing reached the URL.
    expect(result.current.q).toBe('x');
    expect(result.current.ahead).toEqual({ q: 'x', page: 1, pageSize: 100 });
    act(() => result.current.type('xr '));
    act(() => vi.advanceTimersByTime(SETTLE - 1));
    expect(update).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(update.mock.calls).toEqual([[{ q: 'xr' }]]);
  });

  it('keeps typing ahead while the URL lands on an earlier keystroke, and stops once it has caught up', () => {
    const search: View = { page: 1, pageSize: 20 };
    const { result, rerender, update } = setup(search);
    act(() => result.current.type('x'));
    act(() => vi.advanceTimersByTime(SETTLE));
    act(() => result.current.type('xr'));
    rerender({ search: { ...search, q: 'x' } });
    expect(result.current.q).toBe('xr');
    expect(result.current.ahead?.q).toBe('xr');
    act(() => vi.advanceTimersByTime(SETTLE));
    expect(update).toHaveBeenLastCalledWith({ q: 'xr' });
    rerender({ search: { ...search, q: 'xr' } });
    expect(result.current).toMatchObject({ q: 'xr', ahead: undefined });
  });

  it('drops the typed search and its pending write when the URL moves elsewhere (Back, a link)', () => {
    const { result, rerender, update } = setup({ q: 'web', page: 1, pageSize: 20 });
    act(() => result.current.type('webx'));
    rerender({ search: { q: 'db', page: 1, pageSize: 20 } });
    expect(result.current).toMatchObject({ q: 'db', ahead: undefined });
    act(() => vi.advanceTimersByTime(SETTLE));
    expect(update).not.toHaveBeenCalled();
  });

  it('takes the typed search along with another filter, and "Clear" drops it', () => {
    const { result, update } = setup({ page: 1, pageSize: 20 });
    act(() => result.current.type('x'));
    act(() => result.current.change({ status: 'Available' }));
    expect(update).toHaveBeenLastCalledWith({ status: 'Available', q: 'x' });
    act(() => result.current.change({ q: undefined, status: undefined }));
    expect(update).toHaveBeenLastCalledWith({ q: undefined, status: undefined });
    expect(result.current).toMatchObject({ q: '', ahead: undefined });
    act(() => vi.advanceTimersByTime(SETTLE));
    expect(update).toHaveBeenCalledTimes(2);
  });
});
