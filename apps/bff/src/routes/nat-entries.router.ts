import { Router } from 'express';
import {
  createDnatEntrySchema,
  createSnatEntrySchema,
  dnatEntryParamsSchema,
  natGatewayParamsSchema,
  snatEntryParamsSchema,
} from '@gc/contracts';
import { audited } from '../audit/audited.ts';
import { requireClientToken } from '../middleware/idempotency.ts';
import { sessionOf } from '../middleware/session.ts';
import { parseInput } from '../middleware/validate.ts';
import type { RouteDeps } from './route-deps.ts';

const GW = '/regions/:regionId/nat-gateways/:id';

/** SNAT and DNAT entries of a NAT gateway: list, create, delete. */
export function natEntriesRouter(deps: RouteDeps): Router {
  const router = Router();
  const svc = deps.natEntries;

  router.get(`${GW}/snat-entries`, async (req, res) => {
    const { regionId, id } = parseInput(natGatewayParamsSchema, req.params, 'path');
    res.json({ items: await svc.listSnat(regionId, id) });
  });

  router.post(`${GW}/snat-entries`, async (req, res) => {
    const { regionId, id } = parseInput(natGatewayParamsSchema, req.params, 'path');
    const body = parseInput(createSnatEntrySchema, req.body, 'body');
    const clientToken = requireClientToken(req, sessionOf(res).user);
    const meta = {
      action: 'CreateSnatEntry',
      regionId,
      params: { natGatewayId: id, ...body },
      clientToken,
    };
    const entry = await audited(deps.audit, res, meta, () =>
      svc.createSnat(regionId, id, body, clientToken),
    );
    res.status(201).json(entry);
  });

  router.delete(`${GW}/snat-entries/:entryId`, async (req, res) => {
    const { regionId, id, entryId } = parseInput(snatEntryParamsSchema, req.params, 'path');
    const meta = {
      action: 'DeleteSnatEntry',
      regionId,
      resourceId: entryId,
      params: { natGatewayId: id },
    };
    await audited(deps.audit, res, meta, () => svc.deleteSnat(regionId, id, entryId));
    res.status(204).end();
  });

  router.get(`${GW}/dnat-entries`, async (req, res) => {
    const { regionId, id } = parseInput(natGatewayParamsSchema, req.params, 'path');
    res.json({ items: await svc.listDnat(regionId, id) });
  });

  router.post(`${GW}/dnat-entries`, async (req, res) => {
    const { regionId, id } = parseInput(natGatewayParamsSchema, req.params, 'path');
    const body = parseInput(createDnatEntrySchema, req.body, 'body');
    const clientToken = requireClientToken(req, sessionOf(res).user);
    const meta = {
      action: 'CreateForwardEntry',
      regionId,
      params: { natGatewayId: id, ...body },
      clientToken,
    };
    const entry = await audited(deps.audit, res, meta, () =>
      svc.createDnat(regionId, id, body, clientToken),
    );
    res.status(201).json(entry);
  });

  router.delete(`${GW}/dnat-entries/:entryId`, async (req, res) => {
    const { regionId, id, entryId } = parseInput(dnatEntryParamsSchema, req.params, 'path');
    const meta = {
      action: 'DeleteForwardEntry',
      regionId,
      resourceId: entryId,
      params: { natGatewayId: id },
    };
    await audited(deps.audit, res, meta, () => svc.deleteDnat(regionId, id, entryId));
    res.status(204).end();
  });

  return router;
}
