import { Router } from 'express';
import type { VpcClient } from '@gc/vpc-client';
import type { AuditRecorder } from '../audit/audit-recorder.ts';
import { CustomerGatewayService } from '../services/customer-gateway-service.ts';
import { VpnConnectionService } from '../services/vpn-connection-service.ts';
import { VpnGatewayService } from '../services/vpn-gateway-service.ts';
import { customerGatewaysRouter } from './customer-gateways.router.ts';
import { vpnConnectionsRouter } from './vpn-connections.router.ts';
import { vpnGatewaysRouter } from './vpn-gateways.router.ts';
import type { VpnRouteDeps } from './vpn-route-deps.ts';

/** Builds the VPN services over the (cached) client; exposed so tests can reach them. */
export function vpnServices(
  client: VpcClient,
  audit: AuditRecorder,
  log?: { warn(obj: object, msg?: string): void },
): VpnRouteDeps {
  const vpnConnections = new VpnConnectionService(client);
  return {
    vpnGateways: new VpnGatewayService(client, log),
    customerGateways: new CustomerGatewayService(client, vpnConnections),
    vpnConnections,
    audit,
  };
}

/** The VPN feature (issue 5): VPN gateways, customer gateways and IPsec connections. */
export function vpnRouter(
  client: VpcClient,
  audit: AuditRecorder,
  log?: { warn(obj: object, msg?: string): void },
): Router {
  const deps = vpnServices(client, audit, log);
  const router = Router();
  router.use(vpnGatewaysRouter(deps), customerGatewaysRouter(deps), vpnConnectionsRouter(deps));
  return router;
}
