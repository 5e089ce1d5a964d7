import { describe, expect, it } from 'vitest';
import { matchesQuery, narrowRows } from './narrow-rows';

const gw = (id: string, name: string) => ({ id, name });
const a = gw('ngw-1', 'xray-a');
const c = gw('ngw-3', 'XRAY-b');
const d = gw('ngw-x4', 'b');
const items = [a, gw('ngw-2', 'alpha'), c, d];
const view = (q: string | undefined, extra: Record<string, unknown> = {}) => ({
  q,
  page: 1,
  pageSize: 2,
  ...extra,
});

describe('matchesQuery', () => {
  it('matches name or ID, case-insensitive, trimmed, as the BFF does', () => {
    expect(matchesQuery(gw('ngw-1', 'Web'), ' wE ')).toBe(true);
    expect(matchesQuery(gw('ngw-abc', 'web'), 'ABC')).toBe(true);
    expect(matchesQuery(gw('ngw-abc', 'web'), 'z')).toBe(false);
    expect(matchesQuery(gw('ngw-abc', 'web'), undefined)).toBe(true);
  });
});

describe('narrowRows', () => {
  it('answers exactly from a complete answer: order kept, first page, total of matches', () => {
    const last = { view: view(undefined, { pageSize: 10 }), answer: { items, total: 4 } };
    expect(narrowRows(last, view('x', { pageSize: 10 }))).toEqual({
      items: [a, c, d],
      total: 3,
      exact: true,
    });
    const paged = { view: view('x'), answer: { items: [a, c], total: 2 } };
    expect(narrowRows(paged, view('xr'))).toEqual({
      items: [a, c],
      total: 2,
      exact: true,
    });
  });

  it('previews the matching rows on screen when the answer was one page of more', () => {
    const last = { view: view(undefined), answer: { items: items.slice(0, 2), total: 4 } };
    expect(narrowRows(last, view('xray'))).toEqual({ items: [a], total: 4, exact: false });
    // Nothing on screen matches: the browser knows nothing, the previous rows stay.
    expect(narrowRows(last, view('zzz'))).toBeUndefined();
  });

  it('knows nothing when the view widens or another filter, the sort or the size changed', () => {
    const last = { view: view('xr'), answer: { items: [a], total: 1 } };
    expect(narrowRows(last, view('x'))).toBeUndefined();
    expect(narrowRows(last, view('ab'))).toBeUndefined();
    expect(narrowRows(last, view('xr'))).toBeUndefined();
    expect(narrowRows(last, view('xra', { status: 'Available' }))).toBeUndefined();
    expect(narrowRows(last, view('xra', { pageSize: 50 }))).toBeUndefined();
    expect(narrowRows(last, { ...view('xra'), page: 2 })).toBeUndefined();
  });
});
