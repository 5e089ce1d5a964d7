import { describe, expect, it } from 'vitest';
import { createCachedClient, ReadCache, stableStringify } from './cached-client.ts';

class FakeClient {
  calls: string[] = [];
  release: (() => void)[] = [];
  async describeThings(p: { RegionId: string; Tag?: { Key: string }[] }) {
    this.calls.push(`describe:${p.RegionId}`);
    await new Promise<void>((r) => this.release.push(r));
    return { n: this.calls.length };
  }
  async createThing(p: { RegionId: string }) {
    this.calls.push(`create:${p.RegionId}`);
    return { ok: true };
  }
  async call(action: string, p: { RegionId: string }) {
    this.calls.push(`${action}:${p.RegionId}`);
    return { action };
  }
}

const flush = () => new Promise((r) => setImmediate(r));

describe('createCachedClient', () => {
  it('coalesces identical concurrent reads and caches the answer', async () => {
    const fake = new FakeClient();
    const client = createCachedClient(fake, new ReadCache());
    const all = Array.from({ length: 50 }, () => client.describeThings({ RegionId: 'cn-a' }));
    await flush();
    expect(fake.calls).toEqual(['describe:cn-a']);
    fake.release.forEach((r) => r());
    const results = await Promise.all(all);
    expect(new Set(results.map((r) => r.n))).toEqual(new Set([1]));
    await client.describeThings({ RegionId: 'cn-a' });
    expect(fake.calls).toHaveLength(1);
  });

  it('keys by params (nested, order-insensitive) and region', async () => {
    expect(stableStringify({ b: 1, a: [{ y: 2, x: 1 }] })).toBe(
      stableStringify({ a: [{ x: 1, y: 2 }], b: 1 }),
    );
    const fake = new FakeClient();
    const client = createCachedClient(fake, new ReadCache());
    const a = client.describeThings({ RegionId: 'cn-a', Tag: [{ Key: 'x' }] });
    const b = client.describeThings({ RegionId: 'cn-a', Tag: [{ Key: 'y' }] });
    await flush();
    expect(fake.calls).toHaveLength(2);
    fake.release.forEach((r) => r());
    await Promise.all([a, b]);
  });

  it('a mutation invalidates its region, also a read still in flight', async () => {
    const fake = new FakeClient();
    const client = createCachedClient(fake, new ReadCache());
    const first = client.describeThings({ RegionId: 'cn-a' });
    const other = client.describeThings({ RegionId: 'cn-b' });
    await flush();
    await client.createThing({ RegionId: 'cn-a' });
    fake.release.forEach((r) => r());
    await Promise.all([first, other]);
    const again = client.describeThings({ RegionId: 'cn-a' });
    await client.describeThings({ RegionId: 'cn-b' });
    await flush();
    fake.release.slice(2).forEach((r) => r());
    await again;
    expect(fake.calls).toEqual(['describe:cn-a', 'describe:cn-b', 'create:cn-a', 'describe:cn-a']);
  });

  it('treats call() of Describe/List actions as reads and others as mutations', async () => {
    const fake = new FakeClient();
    const client = createCachedClient(fake, new ReadCache());
    await client.call('DescribeX', { RegionId: 'r' });
    await client.call('DescribeX', { RegionId: 'r' });
    await client.call('DeleteX', { RegionId: 'r' });
    await client.call('DescribeX', { RegionId: 'r' });
    expect(fake.calls).toEqual(['DescribeX:r', 'DeleteX:r', 'DescribeX:r']);
  });

  it('expires entries after the TTL and never caches failures', async () => {
    let fail = true;
    let n = 0;
    const cache = new ReadCache({ ttlMs: 20 });
    const load = async () => {
      n += 1;
      if (fail) throw new Error('boom');
      return n;
    };
    await expect(cache.read('r', 'k', load)).rejects.toThrow('boom');
    fail = false;
    expect(await cache.read('r', 'k', load)).toBe(2);
    expect(await cache.read('r', 'k', load)).toBe(2);
    await new Promise((r) => setTimeout(r, 30));
    expect(await cache.read('r', 'k', load)).toBe(3);
  });
});

describe('ReadCache with ttlMs 0', () => {
  it('coalesces but keeps nothing', async () => {
    let n = 0;
    const cache = new ReadCache({ ttlMs: 0 });
    const load = async () => {
      n += 1;
      await new Promise((r) => setTimeout(r, 5));
      return n;
    };
    expect(await Promise.all([cache.read('r', 'k', load), cache.read('r', 'k', load)])).toEqual([
      1, 1,
    ]);
    expect(await cache.read('r', 'k', load)).toBe(2);
  });
});
