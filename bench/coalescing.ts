// #3 Coalescing: 50 concurrent identical list requests to a fresh BFF (cold cache), counted at
// the emulator (`GET /_emulator/stats`, DescribeNatGateways). Also with the cache off (ttl 0),
// where only single-flight can merge them.
import { startBffStack } from './lib/bff-stack.ts';

interface Stats {
  requests: { total: number; byAction: Record<string, number> };
}

/** Upstream DescribeNatGateways calls caused by `requests` concurrent identical list requests. */
export async function runCoalescingBench(opts: { requests?: number } = {}): Promise<{
  requests: number;
  upstreamCalls: number;
  upstreamCallsNoCache: number;
  pagesPerList: number;
  allOk: boolean;
}> {
  const requests = opts.requests ?? 50;
  const measure = async (cacheTtlMs: number | undefined) => {
    const stack = await startBffStack({ app: cacheTtlMs === undefined ? {} : { cacheTtlMs } });
    try {
      const session = await stack.login('auditor');
      await stack.admin('DELETE', '/stats');
      const path = '/api/regions/cn-hangzhou/nat-gateways';
      const answers = await Promise.all(
        Array.from({ length: requests }, () => session.request('GET', path)),
      );
      const stats = await stack.admin<Stats>('GET', '/stats');
      await stack.admin('DELETE', '/stats');
      // One list on its own, to tell pages per list from duplicates.
      await new Promise((resolve) => setTimeout(resolve, cacheTtlMs === 0 ? 0 : 2100));
      await session.request('GET', path);
      const single = await stack.admin<Stats>('GET', '/stats');
      return {
        calls: stats.requests.byAction.DescribeNatGateways ?? 0,
        pages: single.requests.byAction.DescribeNatGateways ?? 0,
        ok: answers.every((a) => a.status === 200),
      };
    } finally {
      await stack.close();
    }
  };
  const cached = await measure(undefined);
  const uncached = await measure(0);
  return {
    requests,
    upstreamCalls: cached.calls,
    upstreamCallsNoCache: uncached.calls,
    pagesPerList: cached.pages,
    allOk: cached.ok && uncached.ok,
  };
}
