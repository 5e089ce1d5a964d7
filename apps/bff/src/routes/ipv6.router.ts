import { Router } from 'express';
import type { VpcClient } from '@gc/vpc-client';
import type { AuditRecorder } from '../audit/audit-recorder.ts';
import { Ipv6AddressService } from '../services/ipv6-address-service.ts';
import { Ipv6GatewayService } from '../services/ipv6-gateway-service.ts';
import { ipv6AddressesRouter } from './ipv6-addresses.router.ts';
import { ipv6GatewaysRouter } from './ipv6-gateways.router.ts';

/**
 * The IPv6 feature's routes, built over the app's cached client (reads coalesced, mutations
 * invalidate), so mounting it in `app.ts` is one line.
 */
export function ipv6Router(client: VpcClient, audit: AuditRecorder): Router {
  const router = Router();
  router.use(ipv6GatewaysRouter({ ipv6Gateways: new Ipv6GatewayService(client), audit }));
  router.use(ipv6AddressesRouter({ ipv6Addresses: new Ipv6AddressService(client), audit }));
  return router;
}
