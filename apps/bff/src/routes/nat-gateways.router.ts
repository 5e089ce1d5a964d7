import { Router } from 'express';
import {
  createNatGatewaySchema,
  deleteNatGatewayQuerySchema,
  natGatewayListQuerySchema,
  natGatewayParamsSchema,
  regionParamsSchema,
  replaceTagsSchema,
  updateNatGatewaySchema,
} from '@gc/contracts';
import { audited } from '../audit/audited.ts';
import { requireClientToken } from '../middleware/idempotency.ts';
import { sessionOf } from '../middleware/session.ts';
import { parseInput } from '../middleware/validate.ts';
import type { RouteDeps } from './route-deps.ts';

const BASE = '/regions/:regionId/nat-gateways';

/** NAT gateways: list, create, read, rename, delete and tags. */
export function natGatewaysRouter(deps: RouteDeps): Router {
  const router = Router();
  const svc = deps.natGateways;

  router.get(BASE, async (req, res) => {
    const { regionId } = parseInput(regionParamsSchema, req.params, 'path');
    const query = parseInput(natGatewayListQuerySchema, req.query, 'query');
    res.json(await svc.list(regionId, query));
  });

  router.post(BASE, async (req, res) => {
    const { regionId } = parseInput(regionParamsSchema, req.params, 'path');
    const body = parseInput(createNatGatewaySchema, req.body, 'body');
    const clientToken = requireClientToken(req, sessionOf(res).user);
    const gateway = await audited(
      deps.audit,
      res,
      { action: 'CreateNatGateway', regionId, params: body, clientToken },
      () => svc.create(regionId, body, clientToken),
    );
    res.status(201).json(gateway);
  });

  router.get(`${BASE}/:id`, async (req, res) => {
    const { regionId, id } = parseInput(natGatewayParamsSchema, req.params, 'path');
    res.json(await svc.get(regionId, id));
  });

  router.patch(`${BASE}/:id`, async (req, res) => {
    const { regionId, id } = parseInput(natGatewayParamsSchema, req.params, 'path');
    const body = parseInput(updateNatGatewaySchema, req.body, 'body');
    const meta = { action: 'ModifyNatGatewayAttribute', regionId, resourceId: id, params: body };
    res.json(await audited(deps.audit, res, meta, () => svc.update(regionId, id, body)));
  });

  router.delete(`${BASE}/:id`, async (req, res) => {
    const { regionId, id } = parseInput(natGatewayParamsSchema, req.params, 'path');
    const { force } = parseInput(deleteNatGatewayQuerySchema, req.query, 'query');
    const meta = { action: 'DeleteNatGateway', regionId, resourceId: id, params: { force } };
    await audited(deps.audit, res, meta, () => svc.remove(regionId, id, force));
    res.status(204).end();
  });

  router.put(`${BASE}/:id/tags`, async (req, res) => {
    const { regionId, id } = parseInput(natGatewayParamsSchema, req.params, 'path');
    const { tags } = parseInput(replaceTagsSchema, req.body, 'body');
    const meta = { action: 'TagResources', regionId, resourceId: id, params: { tags } };
    res.json(await audited(deps.audit, res, meta, () => svc.replaceTags(regionId, id, tags)));
  });

  return router;
}
