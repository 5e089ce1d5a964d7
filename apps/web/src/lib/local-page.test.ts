import { describe, expect, it } from 'vitest';
import { compareSortValues, pageLocally } from './local-page';

const items = [
  { name: 'beta', n: 10 },
  { name: 'Alpha', n: 9 },
  { name: 'gamma', n: 100 },
];
const keys = { name: (i: { name: string }) => i.name, n: (i: { n: number }) => i.n };

describe('pageLocally', () => {
  it('sorts text case-insensitively and numbers as numbers, both ways', () => {
    const names = (sort: 'name' | '-name' | 'n' | '-n') =>
      pageLocally(items, { sort, page: 1, pageSize: 10 }, keys).items.map((i) => i.name);
    expect(names('name')).toEqual(['Alpha', 'beta', 'gamma']);
    expect(names('-name')).toEqual(['gamma', 'beta', 'Alpha']);
    expect(names('n')).toEqual(['Alpha', 'beta', 'gamma']);
    expect(names('-n')).toEqual(['gamma', 'beta', 'Alpha']);
  });

  it('keeps the given order without a sort, and pages with the total', () => {
    const page = pageLocally(items, { page: 2, pageSize: 2 }, keys);
    expect(page).toEqual({ items: [items[2]], total: 3 });
  });

  it('orders digits inside text numerically', () => {
    expect(compareSortValues('gw-10', 'gw-9')).toBeGreaterThan(0);
  });
});
