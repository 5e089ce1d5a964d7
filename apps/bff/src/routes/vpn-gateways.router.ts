import { Router } from 'express';
import {
  createVpnGatewaySchema,
  regionParamsSchema,
  updateVpnGatewaySchema,
  vpnGatewayListQuerySchema,
  vpnGatewayParamsSchema,
} from '@gc/contracts';
import { audited } from '../audit/audited.ts';
import { requireClientToken } from '../middleware/idempotency.ts';
import { sessionOf } from '../middleware/session.ts';
import { parseInput } from '../middleware/validate.ts';
import type { VpnRouteDeps } from './vpn-route-deps.ts';

const BASE = '/regions/:regionId/vpn-gateways';

/** VPN gateways: list, create, read, rename, delete. */
export function vpnGatewaysRouter(deps: VpnRouteDeps): Router {
  const router = Router();
  const svc = deps.vpnGateways;

  router.get(BASE, async (req, res) => {
    const { regionId } = parseInput(regionParamsSchema, req.params, 'path');
    const query = parseInput(vpnGatewayListQuerySchema, req.query, 'query');
    res.json(await svc.list(regionId, query));
  });

  router.post(BASE, async (req, res) => {
    const { regionId } = parseInput(regionParamsSchema, req.params, 'path');
    const body = parseInput(createVpnGatewaySchema, req.body, 'body');
    const clientToken = requireClientToken(req, sessionOf(res).user);
    const gateway = await audited(
      deps.audit,
      res,
      { action: 'CreateVpnGateway', regionId, params: body, clientToken },
      () => svc.create(regionId, body, clientToken),
    );
    res.status(201).json(gateway);
  });

  router.get(`${BASE}/:id`, async (req, res) => {
    const { regionId, id } = parseInput(vpnGatewayParamsSchema, req.params, 'path');
    res.json(await svc.get(regionId, id));
  });

  router.patch(`${BASE}/:id`, async (req, res) => {
    const { regionId, id } = parseInput(vpnGatewayParamsSchema, req.params, 'path');
    const body = parseInput(updateVpnGatewaySchema, req.body, 'body');
    const meta = { action: 'ModifyVpnGatewayAttribute', regionId, resourceId: id, params: body };
    res.json(await audited(deps.audit, res, meta, () => svc.update(regionId, id, body)));
  });

  router.delete(`${BASE}/:id`, async (req, res) => {
    const { regionId, id } = parseInput(vpnGatewayParamsSchema, req.params, 'path');
    const meta = { action: 'DeleteVpnGateway', regionId, resourceId: id, params: {} };
    await audited(deps.audit, res, meta, () => svc.remove(regionId, id));
    res.status(204).end();
  });

  return router;
}
