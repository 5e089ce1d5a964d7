import { composeInterceptors, isReadAction } from '@gc/vpc-client';
import type { InterceptorContext } from '@gc/vpc-client';
import { describe, expect, it } from 'vitest';
import { ReadCache, readCacheInterceptor, stableStringify } from './cached-client.ts';

type P = { RegionId: string; Tag?: { Key: string }[] };

/** The upstream behind the interceptor: lists wait to be released, everything else answers. */
class FakeUpstream {
  calls: string[] = [];
  release: (() => void)[] = [];
  async handle(ctx: InterceptorContext): Promise<Record<string, unknown>> {
    const region = String(ctx.params.RegionId);
    if (ctx.action === 'DescribeNatGateways') {
      this.calls.push(`describe:${region}`);
      await new Promise<void>((r) => this.release.push(r));
      return { n: this.calls.length };
    }
    if (ctx.action === 'CreateNatGateway') {
      this.calls.push(`create:${region}`);
      return { ok: true };
    }
    this.calls.push(`${ctx.action}:${region}`);
    return { action: ctx.action };
  }
}

/** What `VpcClient` does with its interceptors: one context per call, isRead from the table. */
function cachedClient(fake: FakeUpstream, cache: ReadCache) {
  const run = composeInterceptors([readCacheInterceptor(cache)], (ctx) => fake.handle(ctx));
  const call = (action: string, params: P) =>
    run({ action, params, isRead: isReadAction(action), options: {} });
  return {
    describeThings: (p: P) => call('DescribeNatGateways', p) as Promise<{ n: number }>,
    createThing: (p: P) => call('CreateNatGateway', p),
    call,
  };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('readCacheInterceptor', () => {
  it('coalesces identical concurrent reads and caches the answer', async () => {
    const fake = new FakeUpstream();
    const client = cachedClient(fake, new ReadCache());
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
    const fake = new FakeUpstream();
    const client = cachedClient(fake, new ReadCache());
    const a = client.describeThings({ RegionId: 'cn-a', Tag: [{ Key: 'x' }] });
    const b = client.describeThings({ RegionId: 'cn-a', Tag: [{ Key: 'y' }] });
    await flush();
    expect(fake.calls).toHaveLength(2);
    fake.release.forEach((r) => r());
    await Promise.all([a, b]);
  });

  it('a mutation invalidates its region, also a read still in flight', async () => {
    const fake = new FakeUpstream();
    const client = cachedClient(fake, new ReadCache());
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

  it('treats reads of the action table as reads and others as mutations', async () => {
    const fake = new FakeUpstream();
    const client = cachedClient(fake, new ReadCache());
    await client.call('DescribeVpcs', { RegionId: 'r' });
    await client.call('DescribeVpcs', { RegionId: 'r' });
    await client.call('DeleteVpnGateway', { RegionId: 'r' });
    await client.call('DescribeVpcs', { RegionId: 'r' });
    expect(fake.calls).toEqual(['DescribeVpcs:r', 'DeleteVpnGateway:r', 'DescribeVpcs:r']);
  });

  it('treats an action outside the table as a mutation (safe default)', async () => {
    const fake = new FakeUpstream();
    const client = cachedClient(fake, new ReadCache());
    await client.call('DescribeVpcs', { RegionId: 'r' });
    await client.call('DescribeRouteTables', { RegionId: 'r' });
    await client.call('DescribeRouteTables', { RegionId: 'r' });
    await client.call('DescribeVpcs', { RegionId: 'r' });
    expect(fake.calls).toEqual([
      'DescribeVpcs:r',
      'DescribeRouteTables:r',
      'DescribeRouteTables:r',
      'DescribeVpcs:r',
    ]);
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

describe('ReadCache.onInvalidate', () => {
  it('tells listeners the region and the origin, and stops after unsubscribe', async () => {
    const cache = new ReadCache();
    const seen: string[] = [];
    const off = cache.onInvalidate((scope, origin) => seen.push(`${scope ?? '*'}:${origin}`));
    let n = 0;
    await cache.read('cn-a', 'k', async () => ++n);
    cache.invalidate('cn-a');
    cache.invalidate('cn-b', 'remote');
    cache.invalidate();
    off();
    cache.invalidate('cn-a');
    expect(seen).toEqual(['cn-a:local', 'cn-b:remote', '*:local']);
    // A remote invalidation forgets the value just as a local one does.
    expect(await cache.read('cn-a', 'k', async () => ++n)).toBe(2);
  });
});
