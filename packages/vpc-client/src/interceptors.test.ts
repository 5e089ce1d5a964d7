import { describe, expect, it } from 'vitest';
import { ACTIONS, isReadAction } from './action-table.ts';
import type { ActionName } from './action-table.ts';
import type { Interceptor, InterceptorContext } from './interceptors.ts';
import { useTestClient } from './test-server.fixture.ts';

const credentials = { accessKeyId: 'LTAI5tIcptTestKey01', accessKeySecret: 'IcptTestSecret2026' };
const ok = (action: string) => ({
  status: 200,
  body: `<${action}Response><RequestId>R-${action}</RequestId></${action}Response>`,
});
const setup = useTestClient({ credentials, retry: { baseDelayMs: 1, stateBaseDelayMs: 1 } });

function recorder(log: string[], name: string): Interceptor {
  return async (ctx, next) => {
    log.push(`${name}>${ctx.action}:${ctx.isRead ? 'read' : 'mutation'}`);
    try {
      const res = await next(ctx);
      log.push(`${name}<${String(res.RequestId)}`);
      return res;
    } catch (error) {
      log.push(`${name}!${(error as Error).name}`);
      throw error;
    }
  };
}

describe('isReadAction', () => {
  it('is declared by every action of the table, and false outside it', () => {
    const reads = (Object.keys(ACTIONS) as ActionName[]).filter((a) => ACTIONS[a].read);
    expect(reads).toContain('DescribeNatGateways');
    expect(reads).toContain('ListTagResources');
    expect(reads.every((a) => /^(Describe|List)/.test(a))).toBe(true);
    expect(isReadAction('CreateNatGateway')).toBe(false);
    expect(isReadAction('DescribeRouteTables')).toBe(false); // unknown → mutation
    expect(isReadAction('describeNatGateways')).toBe(false); // Action names only
  });
});

describe('VpcClient interceptors', () => {
  it('run in order around typed methods and call(), with the typed context', async () => {
    const log: string[] = [];
    const seen: InterceptorContext[] = [];
    const { server, client } = await setup([ok('DescribeZones'), ok('DeleteNatGateway')], {
      interceptors: [
        recorder(log, 'a'),
        async (ctx, next) => (seen.push(ctx), next(ctx)),
        recorder(log, 'b'),
      ],
    });
    await client.describeZones({ RegionId: 'cn-a' });
    await client.call('DeleteNatGateway', { RegionId: 'cn-a', NatGatewayId: 'ngw-1' });
    expect(log).toEqual([
      'a>DescribeZones:read',
      'b>DescribeZones:read',
      'b<R-DescribeZones',
      'a<R-DescribeZones',
      'a>DeleteNatGateway:mutation',
      'b>DeleteNatGateway:mutation',
      'b<R-DeleteNatGateway',
      'a<R-DeleteNatGateway',
    ]);
    expect(seen.map((c) => c.params)).toEqual([
      { RegionId: 'cn-a' },
      { RegionId: 'cn-a', NatGatewayId: 'ngw-1' },
    ]);
    expect(server.seen.map((r) => r.params.Action)).toEqual(['DescribeZones', 'DeleteNatGateway']);
  });

  it('can short-circuit (no request is sent) and observes errors', async () => {
    const log: string[] = [];
    const { server, client } = await setup(
      [{ status: 404, body: '<Error><Code>Forbidden.NotFound</Code></Error>' }],
      {
        interceptors: [
          recorder(log, 'a'),
          async (ctx, next) => (ctx.isRead ? { RequestId: 'cached' } : next(ctx)),
        ],
      },
    );
    expect(await client.describeRegions()).toEqual({ RequestId: 'cached' });
    await expect(client.deleteNatGateway({ RegionId: 'r', NatGatewayId: 'n' })).rejects.toThrow();
    expect(log).toEqual([
      'a>DescribeRegions:read',
      'a<cached',
      'a>DeleteNatGateway:mutation',
      'a!VpcApiError',
    ]);
    expect(server.seen).toHaveLength(1);
  });

  it('withInterceptors() adds to a built client and shares its connections', async () => {
    const log: string[] = [];
    const { server, client } = await setup([ok('DescribeZones')], {
      interceptors: [recorder(log, 'a')],
    });
    const wrapped = client.withInterceptors([recorder(log, 'b')]);
    await wrapped.describeZones({ RegionId: 'cn-a' });
    await client.describeZones({ RegionId: 'cn-a' });
    expect(log).toEqual([
      'a>DescribeZones:read',
      'b>DescribeZones:read',
      'b<R-DescribeZones',
      'a<R-DescribeZones',
      'a>DescribeZones:read',
      'a<R-DescribeZones',
    ]);
    expect(server.seen).toHaveLength(2);
    await wrapped.close(); // the shared pool: closing twice is fine
  });

  it('the retry policy repeats a declared read after a dropped answer', async () => {
    const { server, client } = await setup([{ drop: true }, ok('DescribeZones')]);
    await client.describeZones({ RegionId: 'r' });
    expect(server.seen).toHaveLength(2);
  });

  it('the retry policy treats a Describe* outside the table as a mutation', async () => {
    const { server, client } = await setup([{ drop: true }, ok('DescribeRouteTables')]);
    await expect(client.call('DescribeRouteTables', { RegionId: 'r' })).rejects.toThrow();
    expect(server.seen).toHaveLength(1);
  });
});
