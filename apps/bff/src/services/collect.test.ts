import { describe, expect, it } from 'vitest';
import { collectPages } from './collect.ts';

/** A fake paged list of `total()` numbered items that records the calls and their overlap. */
function pagedList(total: () => number) {
  const calls: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetchPage = async ({ PageNumber, PageSize }: { PageNumber: number; PageSize: number }) => {
    calls.push(PageNumber);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    // Later pages answer first, so order must come from the page numbers, not arrival.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 20 - PageNumber)));
    inFlight -= 1;
    const n = total();
    const start = (PageNumber - 1) * PageSize;
    const items = Array.from(
      { length: Math.max(0, Math.min(PageSize, n - start)) },
      (_, i) => start + i,
    );
    return { items, totalCount: n };
  };
  return { fetchPage, calls, maxInFlight: () => maxInFlight };
}

describe('collectPages', () => {
  it('reads sequentially by default', async () => {
    const list = pagedList(() => 23);
    expect(await collectPages(list.fetchPage, 5)).toEqual(Array.from({ length: 23 }, (_, i) => i));
    expect(list.calls).toEqual([1, 2, 3, 4, 5]);
    expect(list.maxInFlight()).toBe(1);
  });

  it('reads pages 2…N a bounded few at a time, in order', async () => {
    const list = pagedList(() => 103);
    const items = await collectPages(list.fetchPage, 5, { concurrency: 4 });
    expect(items).toEqual(Array.from({ length: 103 }, (_, i) => i));
    expect(list.calls).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(list.maxInFlight()).toBe(4);
  });

  it('asks one page when page 1 holds everything', async () => {
    const list = pagedList(() => 5);
    expect(await collectPages(list.fetchPage, 5, { concurrency: 4 })).toHaveLength(5);
    expect(list.calls).toEqual([1]);
  });

  it('reads on when the list grew after page 1', async () => {
    let n = 12;
    const list = pagedList(() => n);
    const grow = list.fetchPage;
    const items = await collectPages(
      async (page) => {
        const r = await grow(page);
        n = 17; // a create landed after the first page
        return r;
      },
      5,
      { concurrency: 4 },
    );
    expect(items).toEqual(Array.from({ length: 17 }, (_, i) => i));
    expect(list.calls).toEqual([1, 2, 3, 4]);
  });

  it('stops at a short page when the list shrank', async () => {
    let n = 20;
    const list = pagedList(() => n);
    const items = await collectPages(
      async (page) => {
        const r = await list.fetchPage(page);
        n = 12;
        return r;
      },
      5,
      { concurrency: 2 },
    );
    expect(items).toEqual(Array.from({ length: 12 }, (_, i) => i));
  });
});
