import { Router } from 'express';
import {
  createVpnConnectionSchema,
  regionParamsSchema,
  vpnConnectionListQuerySchema,
  vpnConnectionParamsSchema,
  type CreateVpnConnectionRequest,
} from '@gc/contracts';
import { audited } from '../audit/audited.ts';
import { requireClientToken } from '../middleware/idempotency.ts';
import { sessionOf } from '../middleware/session.ts';
import { parseInput } from '../middleware/validate.ts';
import type { VpnRouteDeps } from './vpn-route-deps.ts';

const BASE = '/regions/:regionId/vpn-connections';

/**
 * What the audit trail keeps of a create: the key itself never, only whether one was entered
 * (`keyOrigin`), so not even a redaction slip of the recorder can leak it.
 */
export function auditableConnectionParams(body: CreateVpnConnectionRequest) {
  const { psk, ...rest } = body;
  return { ...rest, keyOrigin: psk === undefined ? 'generated' : 'entered' };
}

/** IPsec connections: list (by VPN gateway), create, read, delete, peer configuration. */
export function vpnConnectionsRouter(deps: VpnRouteDeps): Router {
  const router = Router();
  const svc = deps.vpnConnections;

  router.get(BASE, async (req, res) => {
    const { regionId } = parseInput(regionParamsSchema, req.params, 'path');
    const query = parseInput(vpnConnectionListQuerySchema, req.query, 'query');
    res.json({ items: await svc.all(regionId, query) });
  });

  router.post(BASE, async (req, res) => {
    const { regionId } = parseInput(regionParamsSchema, req.params, 'path');
    const body = parseInput(createVpnConnectionSchema, req.body, 'body');
    const clientToken = requireClientToken(req, sessionOf(res).user);
    const meta = {
      action: 'CreateVpnConnection',
      regionId,
      params: auditableConnectionParams(body),
      clientToken,
    };
    const created = await audited(deps.audit, res, meta, () =>
      svc.create(regionId, body, clientToken),
    );
    res.status(201).json(created);
  });

  router.get(`${BASE}/:id`, async (req, res) => {
    const { regionId, id } = parseInput(vpnConnectionParamsSchema, req.params, 'path');
    res.json(await svc.get(regionId, id));
  });

  router.get(`${BASE}/:id/peer-config`, async (req, res) => {
    const { regionId, id } = parseInput(vpnConnectionParamsSchema, req.params, 'path');
    // The key is a credential: operators get it, auditors see everything else (masked key).
    const withPsk = sessionOf(res).role === 'operator';
    res.set('Cache-Control', 'no-store');
    res.json(await svc.peerConfig(regionId, id, withPsk));
  });

  router.delete(`${BASE}/:id`, async (req, res) => {
    const { regionId, id } = parseInput(vpnConnectionParamsSchema, req.params, 'path');
    const meta = { action: 'DeleteVpnConnection', regionId, resourceId: id, params: {} };
    await audited(deps.audit, res, meta, () => svc.remove(regionId, id));
    res.status(204).end();
  });

  return router;
}
