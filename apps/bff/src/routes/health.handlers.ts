import type { healthRoutes, Ready } from '@gc/contracts';
import type { Handlers } from '../http/route-handler.ts';
import type { RouteDeps } from './route-deps.ts';

/** Liveness, readiness (the VPC API answers DescribeRegions) and the OpenAPI document. */
export function healthHandlers(
  deps: Pick<RouteDeps, 'rawClient' | 'vpcEndpoint'> & { openapi: Record<string, unknown> },
): Handlers<typeof healthRoutes> {
  const endpoint = deps.vpcEndpoint;
  return {
    health: () => ({ status: 'ok' }),
    ready: async ({ res }): Promise<Ready> => {
      const started = performance.now();
      try {
        await deps.rawClient.describeRegions({ AcceptLanguage: 'en-US' });
        const latencyMs = Math.round(performance.now() - started);
        return { status: 'ready', upstream: { endpoint, latencyMs } };
      } catch (err) {
        const code = (err as { code?: unknown }).code;
        res.status(503);
        return {
          status: 'unavailable',
          upstream: { endpoint, code: typeof code === 'string' ? code : 'Unreachable' },
        };
      }
    },
    openapi: () => deps.openapi,
  };
}
