import { Router } from 'express';
import {
  allocateIpv6BandwidthSchema,
  changeIpv6BandwidthSchema,
  ipv6AddressListQuerySchema,
  ipv6AddressParamsSchema,
  regionParamsSchema,
} from '@gc/contracts';
import type { AuditRecorder } from '../audit/audit-recorder.ts';
import { audited } from '../audit/audited.ts';
import { requireClientToken } from '../middleware/idempotency.ts';
import { sessionOf } from '../middleware/session.ts';
import { parseInput } from '../middleware/validate.ts';
import type { Ipv6AddressService } from '../services/ipv6-address-service.ts';

const BASE = '/regions/:regionId/ipv6-addresses';
const BANDWIDTH = `${BASE}/:addressId/internet-bandwidth`;

/**
 * IPv6 addresses and their internet bandwidth, a singular sub-resource of the address:
 * POST allocates (a create: Idempotency-Key), PATCH changes, DELETE releases.
 */
export function ipv6AddressesRouter(deps: {
  ipv6Addresses: Ipv6AddressService;
  audit: AuditRecorder;
}): Router {
  const router = Router();
  const svc = deps.ipv6Addresses;

  router.get(BASE, async (req, res) => {
    const { regionId } = parseInput(regionParamsSchema, req.params, 'path');
    const query = parseInput(ipv6AddressListQuerySchema, req.query, 'query');
    res.json({ items: await svc.list(regionId, query) });
  });

  router.get(`${BASE}/:addressId`, async (req, res) => {
    const { regionId, addressId } = parseInput(ipv6AddressParamsSchema, req.params, 'path');
    res.json(await svc.get(regionId, addressId));
  });

  router.post(BANDWIDTH, async (req, res) => {
    const { regionId, addressId } = parseInput(ipv6AddressParamsSchema, req.params, 'path');
    const body = parseInput(allocateIpv6BandwidthSchema, req.body, 'body');
    const clientToken = requireClientToken(req, sessionOf(res).user);
    const meta = {
      action: 'AllocateIpv6InternetBandwidth',
      regionId,
      resourceId: addressId,
      params: body,
      clientToken,
    };
    const address = await audited(deps.audit, res, meta, () =>
      svc.allocateBandwidth(regionId, addressId, body, clientToken),
    );
    res.status(201).json(address);
  });

  router.patch(BANDWIDTH, async (req, res) => {
    const { regionId, addressId } = parseInput(ipv6AddressParamsSchema, req.params, 'path');
    const { bandwidth } = parseInput(changeIpv6BandwidthSchema, req.body, 'body');
    const meta = {
      action: 'ModifyIpv6InternetBandwidth',
      regionId,
      resourceId: addressId,
      params: { bandwidth },
    };
    res.json(
      await audited(deps.audit, res, meta, () =>
        svc.changeBandwidth(regionId, addressId, bandwidth),
      ),
    );
  });

  router.delete(BANDWIDTH, async (req, res) => {
    const { regionId, addressId } = parseInput(ipv6AddressParamsSchema, req.params, 'path');
    const meta = { action: 'DeleteIpv6InternetBandwidth', regionId, resourceId: addressId };
    await audited(deps.audit, res, meta, () => svc.releaseBandwidth(regionId, addressId));
    res.status(204).end();
  });

  return router;
}
