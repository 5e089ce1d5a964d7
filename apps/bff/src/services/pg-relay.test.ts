import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import { RateBudget } from '@gc/vpc-client';
import { describePostgres } from '../audit/pg-test-url.fixture.ts';
import { ReadCache, type InvalidationOrigin } from './cached-client.ts';
import { PgRelay } from './pg-relay.ts';

type Heard = { scope: string | undefined; origin: InvalidationOrigin; at: number }[];

function listen(cache: ReadCache): Heard {
  const heard: Heard = [];
  cache.onInvalidate((scope, origin) => heard.push({ scope, origin, at: performance.now() }));
  return heard;
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describePostgres('PgRelay', (url) => {
  const relays: PgRelay[] = [];
  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.close()));
  });
  const channel = `gc_relay_test_${process.pid}`;
  const start = async (instance: string, cache: ReadCache, budget?: RateBudget) => {
    const r = await PgRelay.start({ url, instance, cache, budget, channel });
    relays.push(r);
    return r;
  };

  it('relays a local invalidation to the other instance as remote, and nothing echoes', async () => {
    const [a, b] = [new ReadCache(), new ReadCache()];
    await start('a', a);
    await start('b', b);
    const [heardA, heardB] = [listen(a), listen(b)];
    const sent = performance.now();
    a.invalidate('cn-hangzhou');
    await until(() => heardB.length === 1);
    expect(heardB[0]).toMatchObject({ scope: 'cn-hangzhou', origin: 'remote' });
    console.log(`relay delay: ${(heardB[0]!.at - sent).toFixed(1)} ms`);
    expect(heardB[0]!.at - sent).toBeLessThan(200);
    b.invalidate(undefined, 'remote');
    await new Promise((r) => setTimeout(r, 100));
    expect(heardA).toEqual([{ scope: 'cn-hangzhou', origin: 'local', at: heardA[0]?.at }]);
  });

  it('relays throttling, so the other instance slows the same bucket', async () => {
    const [ba, bb] = [
      new RateBudget({ callsPerSecond: 10 }),
      new RateBudget({ callsPerSecond: 10 }),
    ];
    await start('a', new ReadCache(), ba);
    await start('b', new ReadCache(), bb);
    ba.settle('DescribeNatGateways', 'cn-hangzhou', true, 0);
    await until(() => bb.state().slowedBuckets === 1);
    expect(bb.state().slowestCallsPerSecond).toBe(5);
  });

  it('reconnects when its connection drops, and then forgets every region once', async () => {
    const cache = new ReadCache();
    const relay = await start('solo', cache);
    const heard = listen(cache);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'gc-relay solo'`,
    );
    await admin.end();
    await until(() => relay.status().connected && relay.status().reconnects === 1);
    expect(heard).toEqual([{ scope: undefined, origin: 'remote', at: heard[0]?.at }]);
  });
});
