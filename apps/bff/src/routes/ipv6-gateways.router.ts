import { Router } from 'express';
import {
  createIpv6GatewaySchema,
  ipv6GatewayListQuerySchema,
  ipv6GatewayParamsSchema,
  regionParamsSchema,
  replaceTagsSchema,
  updateIpv6GatewaySchema,
} from '@gc/contracts';
import type { AuditRecorder } from '../audit/audit-recorder.ts';
import { audited } from '../audit/audited.ts';
import { requireClientToken } from '../middleware/idempotency.ts';
import { sessionOf } from '../middleware/session.ts';
import { parseInput } from '../middleware/validate.ts';
import type { Ipv6GatewayService } from '../services/ipv6-gateway-service.ts';

const BASE = '/regions/:regionId/ipv6-gateways';

/** IPv6 gateways: list, VPC candidates, create, read, rename, delete and tags. */
export function ipv6GatewaysRouter(deps: {
  ipv6Gateways: Ipv6GatewayService;
  audit: AuditRecorder;
}): Router {
  const router = Router();
  const svc = deps.ipv6Gateways;

  router.get(BASE, async (req, res) => {
    const { regionId } = parseInput(regionParamsSchema, req.params, 'path');
    const query = parseInput(ipv6GatewayListQuerySchema, req.query, 'query');
    res.json(await svc.list(regionId, query));
  });

  // Registered before `/:id`; the create form's VPC picker (eligible or the reason why not).
  router.get(`${BASE}/vpc-candidates`, async (req, res) => {
    const { regionId } = parseInput(regionParamsSchema, req.params, 'path');
    res.json({ items: await svc.vpcCandidates(regionId) });
  });

  router.post(BASE, async (req, res) => {
    const { regionId } = parseInput(regionParamsSchema, req.params, 'path');
    const body = parseInput(createIpv6GatewaySchema, req.body, 'body');
    const clientToken = requireClientToken(req, sessionOf(res).user);
    const gateway = await audited(
      deps.audit,
      res,
      { action: 'CreateIpv6Gateway', regionId, params: body, clientToken },
      () => svc.create(regionId, body, clientToken),
    );
    res.status(201).json(gateway);
  });

  router.get(`${BASE}/:id`, async (req, res) => {
    const { regionId, id } = parseInput(ipv6GatewayParamsSchema, req.params, 'path');
    res.json(await svc.get(regionId, id));
  });

  router.patch(`${BASE}/:id`, async (req, res) => {
    const { regionId, id } = parseInput(ipv6GatewayParamsSchema, req.params, 'path');
    const body = parseInput(updateIpv6GatewaySchema, req.body, 'body');
    const meta = { action: 'ModifyIpv6GatewayAttribute', regionId, resourceId: id, params: body };
    res.json(await audited(deps.audit, res, meta, () => svc.update(regionId, id, body)));
  });

  router.delete(`${BASE}/:id`, async (req, res) => {
    const { regionId, id } = parseInput(ipv6GatewayParamsSchema, req.params, 'path');
    const meta = { action: 'DeleteIpv6Gateway', regionId, resourceId: id };
    await audited(deps.audit, res, meta, () => svc.remove(regionId, id));
    res.status(204).end();
  });

  router.put(`${BASE}/:id/tags`, async (req, res) => {
    const { regionId, id } = parseInput(ipv6GatewayParamsSchema, req.params, 'path');
    const { tags } = parseInput(replaceTagsSchema, req.body, 'body');
    const meta = { action: 'TagResources', regionId, resourceId: id, params: { tags } };
    res.json(await audited(deps.audit, res, meta, () => svc.replaceTags(regionId, id, tags)));
  });

  return router;
}
