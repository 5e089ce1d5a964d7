import { describe, expect, it } from 'vitest';
import { Store, type BaseRecord } from './store.ts';

function record(id: string): BaseRecord {
  return { id, regionId: 'cn-hangzhou', tags: [] };
}

describe('Table.list', () => {
  it('follows puts and removes after a listing was kept', () => {
    const store = new Store();
    const table = store.table('cn-hangzhou', 'things');
    table.put(record('a'));
    table.put(record('b'));
    expect(table.list().map((r) => r.id)).toEqual(['a', 'b']);
    // A new Table over the same rows shares the kept listing, and sees later changes.
    store.table('cn-hangzhou', 'things').put(record('c'));
    expect(table.list().map((r) => r.id)).toEqual(['a', 'b', 'c']);
    table.remove('a');
    expect(
      store
        .table('cn-hangzhou', 'things')
        .list()
        .map((r) => r.id),
    ).toEqual(['b', 'c']);
    const replaced = { ...record('b'), Name: 'new' };
    table.put(replaced);
    expect(table.list()).toContain(replaced);
  });

  it('hands out a copy that callers may reorder', () => {
    const table = new Store().table('cn-hangzhou', 'things');
    table.put(record('a'));
    table.put(record('b'));
    table.list().reverse();
    table.list().splice(0, 2);
    expect(table.list().map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('starts afresh after restore', () => {
    const store = new Store();
    store.table('cn-hangzhou', 'things').put(record('a'));
    const snap = store.snapshot();
    store.table('cn-hangzhou', 'things').put(record('b'));
    expect(store.table('cn-hangzhou', 'things').list()).toHaveLength(2);
    store.restore(snap);
    expect(
      store
        .table('cn-hangzhou', 'things')
        .list()
        .map((r) => r.id),
    ).toEqual(['a']);
  });
});
