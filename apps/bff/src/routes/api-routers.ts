import type { RequestHandler } from 'express';
import {
  auditRoutes,
  customerGatewayRoutes,
  eipRoutes,
  healthRoutes,
  inventoryRoutes,
  ipv6AddressRoutes,
  ipv6EgressRuleRoutes,
  ipv6GatewayRoutes,
  lookupRoutes,
  natEntryRoutes,
  natGatewayRoutes,
  sessionRoutes,
  topologyRoutes,
  vpnConnectionRoutes,
  vpnGatewayRoutes,
  vpnGatewayZoneRoutes,
  vpnConnectionEditRoutes,
  vpnPolicyRouteRoutes,
  vpnRouteRoutes,
  vpnDiagnosticsRoutes,
  ipsecServerRoutes,
  sslVpnClientCertRoutes,
  sslVpnServerRoutes,
  vpcNatRoutes,
  deletionProtectionRoutes,
  signInRoutes,
} from '@gc/contracts';
import { routerFor, type MountContext } from '../http/mount-route.ts';
import { auditHandlers } from './audit.handlers.ts';
import { healthHandlers } from './health.handlers.ts';
import { inventoryHandlers, topologyHandlers } from './inventory.handlers.ts';
import {
  ipv6AddressHandlers,
  ipv6EgressRuleHandlers,
  ipv6GatewayHandlers,
} from './ipv6.handlers.ts';
import { lookupHandlers } from './lookups.handlers.ts';
import { eipHandlers, natEntryHandlers } from './nat-entries.handlers.ts';
import { natGatewayHandlers } from './nat-gateways.handlers.ts';
import type { RouteDeps } from './route-deps.ts';
import { vpnConnectionEditHandlers } from './vpn-connection-edits.handlers.ts';
import { sessionHandlers } from './session.handlers.ts';
import {
  customerGatewayHandlers,
  vpnConnectionHandlers,
  vpnGatewayHandlers,
} from './vpn.handlers.ts';
import { vpnGatewayZoneHandlers } from './vpn-gateway-zones.handlers.ts';
import { vpnPolicyRouteHandlers, vpnRouteHandlers } from './vpn-routes.handlers.ts';
import { vpnDiagnosticsHandlers } from './vpn-diagnostics.handlers.ts';
import { ipsecServerHandlers } from './ipsec-servers.handlers.ts';
import { sslVpnClientCertHandlers, sslVpnServerHandlers } from './ssl-vpn.handlers.ts';
import { vpcNatHandlers } from './vpc-nat.handlers.ts';
import { deletionProtectionHandlers } from './nat-protection.handlers.ts';
import { signInHandlers } from '../auth/oidc/sign-in.handlers.ts';

const contextOf = (deps: RouteDeps): MountContext => ({ audit: deps.audit, tokens: deps.tokens });

/** Health, readiness, the OpenAPI document and the session: mounted before the session guard. */
export function publicRouters(deps: RouteDeps, openapi: Record<string, unknown>): RequestHandler[] {
  const ctx = contextOf(deps);
  return [
    routerFor(healthRoutes, healthHandlers({ ...deps, openapi }), ctx),
    routerFor(sessionRoutes, sessionHandlers(deps), ctx),
    routerFor(signInRoutes, signInHandlers(deps), ctx),
  ];
}

/** Every resource router, each built the same way from the one `deps` object. */
export function resourceRouters(deps: RouteDeps): RequestHandler[] {
  const ctx = contextOf(deps);
  const { auditStore } = deps;
  return [
    ...(auditStore
      ? [routerFor(auditRoutes, auditHandlers({ auditStore, account: deps.account }), ctx)]
      : []),
    routerFor(lookupRoutes, lookupHandlers(deps), ctx),
    routerFor(eipRoutes, eipHandlers(deps), ctx),
    routerFor(natGatewayRoutes, natGatewayHandlers(deps), ctx),
    routerFor(natEntryRoutes, natEntryHandlers(deps), ctx),
    routerFor(ipv6GatewayRoutes, ipv6GatewayHandlers(deps), ctx),
    routerFor(ipv6AddressRoutes, ipv6AddressHandlers(deps), ctx),
    routerFor(ipv6EgressRuleRoutes, ipv6EgressRuleHandlers(deps), ctx),
    // Before the gateway group: `/vpn-gateways/available-zones` is not a gateway `{id}`.
    routerFor(vpnGatewayZoneRoutes, vpnGatewayZoneHandlers(deps), ctx),
    routerFor(vpnGatewayRoutes, vpnGatewayHandlers(deps), ctx),
    routerFor(customerGatewayRoutes, customerGatewayHandlers(deps), ctx),
    routerFor(vpnConnectionRoutes, vpnConnectionHandlers(deps), ctx),
    routerFor(inventoryRoutes, inventoryHandlers(deps), ctx),
    routerFor(topologyRoutes, topologyHandlers(deps), ctx),
    routerFor(vpnConnectionEditRoutes, vpnConnectionEditHandlers(deps), ctx),
    routerFor(vpnRouteRoutes, vpnRouteHandlers(deps), ctx),
    routerFor(vpnPolicyRouteRoutes, vpnPolicyRouteHandlers(deps), ctx),
    routerFor(vpnDiagnosticsRoutes, vpnDiagnosticsHandlers(deps), ctx),
    routerFor(ipsecServerRoutes, ipsecServerHandlers(deps), ctx),
    routerFor(sslVpnServerRoutes, sslVpnServerHandlers(deps), ctx),
    routerFor(sslVpnClientCertRoutes, sslVpnClientCertHandlers(deps), ctx),
    routerFor(vpcNatRoutes, vpcNatHandlers(deps), ctx),
    routerFor(deletionProtectionRoutes, deletionProtectionHandlers(deps), ctx),
  ];
}
