import { Router } from 'express';
import {
  createCustomerGatewaySchema,
  customerGatewayParamsSchema,
  regionParamsSchema,
} from '@gc/contracts';
import { audited } from '../audit/audited.ts';
import { requireClientToken } from '../middleware/idempotency.ts';
import { sessionOf } from '../middleware/session.ts';
import { parseInput } from '../middleware/validate.ts';
import type { VpnRouteDeps } from './vpn-route-deps.ts';

const BASE = '/regions/:regionId/customer-gateways';

/** Customer gateways: list, create, read, delete (no update in the API). */
export function customerGatewaysRouter(deps: VpnRouteDeps): Router {
  const router = Router();
  const svc = deps.customerGateways;

  router.get(BASE, async (req, res) => {
    const { regionId } = parseInput(regionParamsSchema, req.params, 'path');
    res.json({ items: await svc.list(regionId) });
  });

  router.post(BASE, async (req, res) => {
    const { regionId } = parseInput(regionParamsSchema, req.params, 'path');
    const body = parseInput(createCustomerGatewaySchema, req.body, 'body');
    const clientToken = requireClientToken(req, sessionOf(res).user);
    const created = await audited(
      deps.audit,
      res,
      { action: 'CreateCustomerGateway', regionId, params: body, clientToken },
      () => svc.create(regionId, body, clientToken),
    );
    res.status(201).json(created);
  });

  router.get(`${BASE}/:id`, async (req, res) => {
    const { regionId, id } = parseInput(customerGatewayParamsSchema, req.params, 'path');
    res.json(await svc.get(regionId, id));
  });

  router.delete(`${BASE}/:id`, async (req, res) => {
    const { regionId, id } = parseInput(customerGatewayParamsSchema, req.params, 'path');
    const meta = { action: 'DeleteCustomerGateway', regionId, resourceId: id, params: {} };
    await audited(deps.audit, res, meta, () => svc.remove(regionId, id));
    res.status(204).end();
  });

  return router;
}
