import { describe, expect, it } from 'vitest';
import { paginate, paginateByToken } from './paginate.ts';

const collect = async <T>(iterable: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
};

// A listing of `total` numbered items, served like a Describe* action.
const listing =
  (total: number, calls: { PageNumber: number; PageSize: number }[]) =>
  async (page: { PageNumber: number; PageSize: number }) => {
    calls.push(page);
    const start = (page.PageNumber - 1) * page.PageSize;
    const items = Array.from(
      { length: Math.max(0, Math.min(page.PageSize, total - start)) },
      (_, i) => start + i,
    );
    return { items, totalCount: total };
  };

describe('paginate', () => {
  it('walks every page in order and stops at TotalCount', async () => {
    const calls: { PageNumber: number; PageSize: number }[] = [];
    expect(await collect(paginate(listing(7, calls), { pageSize: 3 }))).toEqual([
      0, 1, 2, 3, 4, 5, 6,
    ]);
    expect(calls.map((c) => c.PageNumber)).toEqual([1, 2, 3]);
  });

  it('does not ask for a page past an exact multiple', async () => {
    const calls: { PageNumber: number; PageSize: number }[] = [];
    expect(await collect(paginate(listing(6, calls), { pageSize: 3 }))).toHaveLength(6);
    expect(calls).toHaveLength(2);
  });

  it('asks 50 a page by default and clamps larger page sizes to 50', async () => {
    const calls: { PageNumber: number; PageSize: number }[] = [];
    await collect(paginate(listing(120, calls)));
    await collect(paginate(listing(10, calls), { pageSize: 500 }));
    expect(calls.map((c) => c.PageSize)).toEqual([50, 50, 50, 50]);
  });

  it('stops on an empty page even when TotalCount claims more', async () => {
    let calls = 0;
    const lying = async () => ({ items: calls++ === 0 ? [1, 2] : [], totalCount: 1000 });
    expect(await collect(paginate(lying, { pageSize: 2 }))).toEqual([1, 2]);
    expect(calls).toBe(2);
  });

  it('stops on an empty first page', async () => {
    expect(await collect(paginate(async () => ({ items: [], totalCount: 0 })))).toEqual([]);
  });

  it('stops when aborted between pages', async () => {
    const controller = new AbortController();
    const calls: { PageNumber: number; PageSize: number }[] = [];
    const seen: number[] = [];
    const walk = async () => {
      for await (const item of paginate(listing(500, calls), {
        pageSize: 10,
        signal: controller.signal,
      })) {
        seen.push(item);
        if (item === 15) controller.abort(new Error('stop'));
      }
    };
    await expect(walk()).rejects.toThrow('stop');
    expect(calls).toHaveLength(2);
    expect(seen).toHaveLength(20);
  });
});

describe('paginateByToken', () => {
  it('follows NextToken until it is empty', async () => {
    const tokens: (string | undefined)[] = [];
    const pages: Record<string, { items: string[]; nextToken?: string }> = {
      first: { items: ['a', 'b'], nextToken: 't1' },
      t1: { items: ['c'], nextToken: 't2' },
      t2: { items: ['d'], nextToken: '' },
    };
    const fetchPage = async (token: string | undefined) => {
      tokens.push(token);
      return pages[token ?? 'first'] ?? { items: [] };
    };
    expect(await collect(paginateByToken(fetchPage))).toEqual(['a', 'b', 'c', 'd']);
    expect(tokens).toEqual([undefined, 't1', 't2']);
  });

  it('refuses a repeated token instead of looping forever', async () => {
    const fetchPage = async () => ({ items: [1], nextToken: 'same' });
    await expect(collect(paginateByToken(fetchPage))).rejects.toThrow('repeated NextToken "same"');
  });
});
