import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_SIZE,
  nextSort,
  parseListSearch,
  serializeListSearch,
  toListQuery,
  updateListSearch,
} from './list-search';

const parse = (qs: string) => parseListSearch(new URLSearchParams(qs));

describe('list view in the URL', () => {
  it('reads every filter, the page, the page size and the sort', () => {
    expect(parse('q=prod&status=Creating&vpcId=vpc-abc1&page=3&pageSize=50&sort=-name')).toEqual({
      q: 'prod',
      status: 'Creating',
      vpcId: 'vpc-abc1',
      page: 3,
      pageSize: 50,
      sort: '-name',
    });
  });

  it('falls back to defaults for bad values instead of failing', () => {
    expect(parse('status=Broken&vpcId=abc&page=-2&pageSize=7&sort=size')).toEqual({
      q: '',
      status: undefined,
      vpcId: undefined,
      page: 1,
      pageSize: DEFAULT_PAGE_SIZE,
      sort: undefined,
    });
  });

  it('round-trips, leaving defaults out of the URL', () => {
    const qs = 'q=web&status=Available&sort=creationTime&page=2';
    expect(serializeListSearch(parse(qs)).toString()).toBe(qs);
    expect(serializeListSearch(parse('page=1&pageSize=20')).toString()).toBe('');
  });

  it('goes back to page 1 when a filter changes, but not when the page does', () => {
    const search = parse('page=4&q=a');
    expect(updateListSearch(search, { status: 'Deleting' }).page).toBe(1);
    expect(updateListSearch(search, { page: 5 }).page).toBe(5);
  });

  it('cycles a column through ascending, descending and unsorted', () => {
    expect(nextSort(undefined, 'name')).toBe('name');
    expect(nextSort('name', 'name')).toBe('-name');
    expect(nextSort('-name', 'name')).toBeUndefined();
    expect(nextSort('-name', 'status')).toBe('status');
  });

  it('sends an empty search as no q at all', () => {
    expect(toListQuery(parse('q=%20%20')).q).toBeUndefined();
  });
});
