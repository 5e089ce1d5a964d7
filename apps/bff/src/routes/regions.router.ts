import { Router } from 'express';
import {
  allocateEipSchema,
  eipListQuerySchema,
  regionParamsSchema,
  vpcParamsSchema,
} from '@gc/contracts';
import { audited } from '../audit/audited.ts';
import { requireClientToken } from '../middleware/idempotency.ts';
import { sessionOf } from '../middleware/session.ts';
import { parseInput } from '../middleware/validate.ts';
import type { RouteDeps } from './route-deps.ts';

/** Regions, VPCs, vSwitches and the region's EIPs (list and allocate). */
export function regionsRouter(deps: RouteDeps): Router {
  const router = Router();

  router.get('/regions', async (_req, res) => {
    res.json({ items: await deps.regions.regions() });
  });

  router.get('/regions/:regionId/vpcs', async (req, res) => {
    const { regionId } = parseInput(regionParamsSchema, req.params, 'path');
    res.json({ items: await deps.regions.vpcs(regionId) });
  });

  router.get('/regions/:regionId/vpcs/:vpcId/vswitches', async (req, res) => {
    const { regionId, vpcId } = parseInput(vpcParamsSchema, req.params, 'path');
    res.json({ items: await deps.regions.vSwitches(regionId, vpcId) });
  });

  router.get('/regions/:regionId/eips', async (req, res) => {
    const { regionId } = parseInput(regionParamsSchema, req.params, 'path');
    const { status } = parseInput(eipListQuerySchema, req.query, 'query');
    res.json({ items: await deps.eips.list(regionId, status) });
  });

  router.post('/regions/:regionId/eips', async (req, res) => {
    const { regionId } = parseInput(regionParamsSchema, req.params, 'path');
    const body = parseInput(allocateEipSchema, req.body, 'body');
    const clientToken = requireClientToken(req, sessionOf(res).user);
    const eip = await audited(
      deps.audit,
      res,
      { action: 'AllocateEipAddress', regionId, params: body, clientToken },
      () => deps.eips.allocate(regionId, body, clientToken),
    );
    res.status(201).json(eip);
  });

  return router;
}
