import { Router } from 'express';
import { vpcParamsSchema } from '@gc/contracts';
import { parseInput } from '../middleware/validate.ts';
import type { TopologyService } from '../services/topology-service.ts';

/** One VPC's topology (nodes and edges; the SPA lays it out). */
export function topologyRouter(topology: TopologyService): Router {
  const router = Router();
  router.get('/regions/:regionId/vpcs/:vpcId/topology', async (req, res) => {
    const { regionId, vpcId } = parseInput(vpcParamsSchema, req.params, 'path');
    res.json(await topology.topology(regionId, vpcId));
  });
  return router;
}
