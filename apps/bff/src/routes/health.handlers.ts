import type { healthRoutes, Ready, UpstreamRate } from '@gc/contracts';
import type { Handlers } from '../http/route-handler.ts';
import { readinessProbe } from '../services/readiness-probe.ts';
import type { RouteDeps } from './route-deps.ts';

/** Liveness, readiness (the VPC API answers DescribeRegions) and the OpenAPI document. */
export function healthHandlers(
  deps: Pick<RouteDeps, 'rawClient' | 'vpcEndpoint' | 'users' | 'rateBudget' | 'sharedHealth'> & {
    openapi: Record<string, unknown>;
  },
): Handlers<typeof healthRoutes> {
  // One probe per app: its cache and single flight are what every caller shares.
  const probe = readinessProbe(deps.rawClient, deps.users);
  return {
    health: () => ({ status: 'ok' }),
    ready: async ({ req, res, session }): Promise<Ready> => {
      const [result, shared] = await Promise.all([probe(req.log), deps.sharedHealth?.()]);
      // No store, no login: an instance whose database is down takes no traffic.
      const ready = result.ready && (shared === undefined || shared.store.ok);
      if (!ready) res.status(503);
      const body: Ready = {
        status: ready ? 'ready' : 'unavailable',
        // The contract keeps `endpoint` a string; only a signed-in user learns where it points.
        upstream: { endpoint: session === undefined ? '' : deps.vpcEndpoint, ...result.upstream },
        ...shared,
      };
      if (!result.users) return body;
      // `users` is outside the contract's schema, which passes (and strips) unknown keys.
      const withUsers: Ready & Pick<typeof result, 'users'> = { ...body, users: result.users };
      return withUsers;
    },
    upstreamRate: (): UpstreamRate => {
      const budget = deps.rateBudget;
      if (!budget)
        return {
          limited: false,
          waiting: 0,
          callsPerSecond: 0,
          slowestCallsPerSecond: 0,
          slowedBuckets: 0,
        };
      const s = budget.state();
      return {
        limited: true,
        waiting: s.waiting,
        callsPerSecond: budget.options.callsPerSecond,
        slowestCallsPerSecond: s.slowestCallsPerSecond,
        slowedBuckets: s.slowedBuckets,
      };
    },
    openapi: () => deps.openapi,
  };
}
