import type { Route } from './define-route.ts';

export {
  defineRoute,
  pathParamNames,
  routeUrl,
  type HttpMethod,
  type Route,
  type RouteBody,
  type RouteDef,
  type RouteParams,
  type RouteQuery,
  type RouteResponse,
} from './define-route.ts';
export { auditRoutes, inventoryRoutes, topologyRoutes } from './inventory.routes.ts';
export { ipv6AddressRoutes, ipv6EgressRuleRoutes, ipv6GatewayRoutes } from './ipv6.routes.ts';
export { eipRoutes, natEntryRoutes } from './nat-entries.routes.ts';
export { natGatewayRoutes } from './nat-gateways.routes.ts';
export { healthRoutes, lookupRoutes, sessionRoutes } from './session.routes.ts';
export { customerGatewayRoutes, vpnConnectionRoutes, vpnGatewayRoutes } from './vpn.routes.ts';
export { vpnGatewayZoneRoutes } from './vpn-gateway-zones.routes.ts';
export { vpnConnectionEditRoutes } from './vpn-connections.routes.ts';
export { vpnPolicyRouteRoutes, vpnRouteRoutes } from './vpn-routes.routes.ts';
export { vpnDiagnosticsRoutes } from './vpn-diagnostics.routes.ts';
export { ipsecServerRoutes } from './ipsec-servers.routes.ts';
export { sslVpnClientCertRoutes, sslVpnServerRoutes } from './ssl-vpn.routes.ts';
export { vpcNatRoutes } from './vpc-nat.routes.ts';
export { deletionProtectionRoutes } from './nat-protection.routes.ts';
export { signInRoutes } from './sign-in.routes.ts';
import { inventoryRoutes, auditRoutes, topologyRoutes } from './inventory.routes.ts';
import { ipv6AddressRoutes, ipv6EgressRuleRoutes, ipv6GatewayRoutes } from './ipv6.routes.ts';
import { eipRoutes, natEntryRoutes } from './nat-entries.routes.ts';
import { natGatewayRoutes } from './nat-gateways.routes.ts';
import { healthRoutes, lookupRoutes, sessionRoutes } from './session.routes.ts';
import { customerGatewayRoutes, vpnConnectionRoutes, vpnGatewayRoutes } from './vpn.routes.ts';
import { vpnGatewayZoneRoutes } from './vpn-gateway-zones.routes.ts';
import { vpnConnectionEditRoutes } from './vpn-connections.routes.ts';
import { vpnPolicyRouteRoutes, vpnRouteRoutes } from './vpn-routes.routes.ts';
import { vpnDiagnosticsRoutes } from './vpn-diagnostics.routes.ts';
import { ipsecServerRoutes } from './ipsec-servers.routes.ts';
import { sslVpnClientCertRoutes, sslVpnServerRoutes } from './ssl-vpn.routes.ts';
import { vpcNatRoutes } from './vpc-nat.routes.ts';
import { deletionProtectionRoutes } from './nat-protection.routes.ts';
import { signInRoutes } from './sign-in.routes.ts';

/** Every route of the REST API, grouped by resource (the BFF mounts a group at a time). */
export const API_ROUTES = {
  health: healthRoutes,
  session: sessionRoutes,
  lookups: lookupRoutes,
  eips: eipRoutes,
  natGateways: natGatewayRoutes,
  natEntries: natEntryRoutes,
  ipv6Gateways: ipv6GatewayRoutes,
  ipv6Addresses: ipv6AddressRoutes,
  ipv6EgressRules: ipv6EgressRuleRoutes,
  // Before vpnGateways: its literal path must win over `/vpn-gateways/{id}`.
  vpnGatewayZones: vpnGatewayZoneRoutes,
  vpnGateways: vpnGatewayRoutes,
  customerGateways: customerGatewayRoutes,
  vpnConnections: vpnConnectionRoutes,
  inventory: inventoryRoutes,
  topology: topologyRoutes,
  audit: auditRoutes,
  vpnConnectionEdits: vpnConnectionEditRoutes,
  vpnRoutes: vpnRouteRoutes,
  vpnPolicyRoutes: vpnPolicyRouteRoutes,
  vpnDiagnostics: vpnDiagnosticsRoutes,
  ipsecServers: ipsecServerRoutes,
  sslVpnServers: sslVpnServerRoutes,
  sslVpnClientCerts: sslVpnClientCertRoutes,
  vpcNat: vpcNatRoutes,
  deletionProtection: deletionProtectionRoutes,
  signIn: signInRoutes,
} as const;

/** Every route in one flat list, in mount order (the OpenAPI document lists them in this order). */
export const ALL_ROUTES: readonly Route[] = Object.values(API_ROUTES).flatMap((group): Route[] =>
  Object.values(group),
);
