import { Router } from 'express';
import {
  bindEipSchema,
  natGatewayEipParamsSchema,
  natGatewayParamsSchema,
  unbindEipQuerySchema,
} from '@gc/contracts';
import { audited } from '../audit/audited.ts';
import { optionalClientToken } from '../middleware/idempotency.ts';
import { sessionOf } from '../middleware/session.ts';
import { parseInput } from '../middleware/validate.ts';
import type { RouteDeps } from './route-deps.ts';

const GW = '/regions/:regionId/nat-gateways/:id';

/** EIPs bound to a NAT gateway: list, bind (`{ allocationId }`), unbind (`?force=true`). */
export function natEipsRouter(deps: RouteDeps): Router {
  const router = Router();

  router.get(`${GW}/eips`, async (req, res) => {
    const { regionId, id } = parseInput(natGatewayParamsSchema, req.params, 'path');
    res.json({ items: await deps.eips.forGateway(regionId, id) });
  });

  router.post(`${GW}/eips`, async (req, res) => {
    const { regionId, id } = parseInput(natGatewayParamsSchema, req.params, 'path');
    const { allocationId } = parseInput(bindEipSchema, req.body, 'body');
    // Binding is not a create: Idempotency-Key is optional here, and used when sent.
    const clientToken = optionalClientToken(req, sessionOf(res).user);
    const meta = {
      action: 'AssociateEipAddress',
      regionId,
      resourceId: allocationId,
      params: { natGatewayId: id },
      clientToken,
    };
    const eip = await audited(deps.audit, res, meta, () =>
      deps.eips.bind(regionId, id, allocationId, clientToken),
    );
    res.status(200).json(eip);
  });

  router.delete(`${GW}/eips/:allocationId`, async (req, res) => {
    const { regionId, id, allocationId } = parseInput(
      natGatewayEipParamsSchema,
      req.params,
      'path',
    );
    const { force } = parseInput(unbindEipQuerySchema, req.query, 'query');
    const meta = {
      action: 'UnassociateEipAddress',
      regionId,
      resourceId: allocationId,
      params: { natGatewayId: id, force },
    };
    await audited(deps.audit, res, meta, () => deps.eips.unbind(regionId, id, allocationId, force));
    res.status(204).end();
  });

  return router;
}
