import { Router } from 'express';
import type { Ready } from '@gc/contracts';
import type { VpcClient } from '@gc/vpc-client';

/** `GET /api/health` (the process is up) and `GET /api/ready` (the VPC API answers DescribeRegions). */
export function healthRouter(deps: { client: VpcClient; endpoint: string }): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    const started = performance.now();
    try {
      await deps.client.describeRegions({ AcceptLanguage: 'en-US' });
      const body: Ready = {
        status: 'ready',
        upstream: { endpoint: deps.endpoint, latencyMs: Math.round(performance.now() - started) },
      };
      res.json(body);
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      const body: Ready = {
        status: 'unavailable',
        upstream: {
          endpoint: deps.endpoint,
          code: typeof code === 'string' ? code : 'Unreachable',
        },
      };
      res.status(503).json(body);
    }
  });
  return router;
}
