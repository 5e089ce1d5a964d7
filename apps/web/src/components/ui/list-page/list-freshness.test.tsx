import '../../../testing/setup';
import { act, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../../testing/render';
import { DEFAULT_REFRESH_MS, ListFreshness, listFreshness, useAutoRefresh } from './list-freshness';

afterEach(() => vi.useRealTimers());

describe('listFreshness', () => {
  it('takes the upstream read time and bound when the BFF sends them', () => {
    const at = Date.parse('2026-12-06T04:00:00Z');
    const answer = { items: [], indexedAt: '2026-12-06T03:59:56Z', staleAfterMs: 10_000 };
    expect(listFreshness(answer, at)).toEqual({
      readAt: at - 4000,
      staleAfterMs: 10_000,
      refreshEveryMs: 10_000,
    });
  });

  it('falls back to the time the browser got the answer, and a default rhythm', () => {
    expect(listFreshness({ items: [] }, 1234)).toEqual({
      readAt: 1234,
      refreshEveryMs: DEFAULT_REFRESH_MS,
    });
    expect(listFreshness(undefined, 1234)).toBeUndefined();
    expect(listFreshness({ items: [] }, 0)).toBeUndefined();
  });
});

describe('ListFreshness', () => {
  it('says how long ago the rows were read, and keeps it true', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-06T04:00:00Z') });
    const readAt = Date.now() - 12_000;
    renderWithApp(<ListFreshness freshness={{ readAt, refreshEveryMs: 30_000 }} />);
    expect(screen.getByText('Updated 12 s ago')).toBeTruthy();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('Updated 1 min ago')).toBeTruthy();
  });
});

describe('useAutoRefresh', () => {
  it('reads again on its rhythm only while the tab is visible', () => {
    vi.useFakeTimers();
    const refetch = vi.fn();
    let state: DocumentVisibilityState = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => state);
    renderHook(() => useAutoRefresh(refetch, 5000));
    act(() => vi.advanceTimersByTime(5000));
    expect(refetch).toHaveBeenCalledTimes(1);
    state = 'hidden';
    act(() => vi.advanceTimersByTime(15_000));
    expect(refetch).toHaveBeenCalledTimes(1);
  });
});
