import { describe, expect, it } from 'vitest';
import { pageResources, timeValue, type PageSpec } from './page-resources.ts';

interface Item {
  id: string;
  name: string;
  status: string;
  time: string;
}
const spec: PageSpec<Item> = {
  searchKeys: [(i) => i.name, (i) => i.id],
  filters: { status: (i) => i.status },
  sortKeys: { name: (i) => i.name, time: (i) => timeValue(i.time) },
  defaultSort: '-time',
  tieBreak: (i) => i.id,
};
const items: Item[] = [
  { id: 'x-3', name: 'beta', status: 'on', time: '2024-01-03T00:00Z' },
  { id: 'x-1', name: 'Alpha', status: 'off', time: '2024-01-01T00:00:00Z' },
  { id: 'x-2', name: 'alpha', status: 'on', time: '2024-01-02T00:00Z' },
  { id: 'x-4', name: 'Ärger', status: 'on', time: '2024-01-02T00:00Z' },
];
const ids = (p: { items: Item[] }) => p.items.map((i) => i.id);
const base = { page: 1, pageSize: 10 };

describe('pageResources', () => {
  it('sorts by the default key, newest first, ties by ID in the same direction', () => {
    expect(ids(pageResources(items, base, spec))).toEqual(['x-3', 'x-4', 'x-2', 'x-1']);
  });

  it('sorts text ignoring case and accents, IDs breaking ties', () => {
    const p = pageResources(items, { ...base, sort: 'name' }, spec);
    expect(ids(p)).toEqual(['x-1', 'x-2', 'x-4', 'x-3']);
  });

  it('keeps ties ascending on a descending sort when asked', () => {
    const p = pageResources(items, base, { ...spec, tieOrder: 'ascending' });
    expect(ids(p)).toEqual(['x-3', 'x-2', 'x-4', 'x-1']);
  });

  it('searches q in the search keys and applies only the filters given', () => {
    expect(ids(pageResources(items, { ...base, q: 'ALPH' }, spec))).toEqual(['x-2', 'x-1']);
    expect(ids(pageResources(items, { ...base, q: 'x-4' }, spec))).toEqual(['x-4']);
    const on = pageResources(items, { ...base, status: 'on', sort: 'name' }, spec);
    expect(ids(on)).toEqual(['x-2', 'x-4', 'x-3']);
  });

  it('pages after filtering and reports the total', () => {
    const p = pageResources(items, { page: 2, pageSize: 3 }, spec);
    expect([ids(p), p.total, p.page, p.pageSize]).toEqual([['x-1'], 4, 2, 3]);
  });

  it('sorts 5,000 items by name well under a second', () => {
    const many = Array.from({ length: 5000 }, (_, n) => ({
      id: `x-${n}`,
      name: `gw-${(n * 7919) % 5000}`,
      status: 'on',
      time: '2024-01-01T00:00Z',
    }));
    const started = performance.now();
    const p = pageResources(many, { page: 1, pageSize: 20, sort: 'name' }, spec);
    expect(performance.now() - started).toBeLessThan(500);
    expect(p.items[0]?.name).toBe('gw-0');
  });
});
