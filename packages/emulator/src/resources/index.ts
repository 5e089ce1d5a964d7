import type { ResourceModule } from '../resource-module.ts';
import { eipResource } from './eip.handlers.ts';
import { forwardEntryResource } from './forward-entry.handlers.ts';
import { lookupResource } from './lookup.handlers.ts';
import { natGatewayResource } from './nat-gateway.handlers.ts';
import { snatEntryResource } from './snat-entry.handlers.ts';
import { tagResource } from './tag.handlers.ts';
import { vpnGatewayResource } from './vpn-gateway.handlers.ts';
import { customerGatewayResource } from './customer-gateway.handlers.ts';
import { vpnConnectionResource } from './vpn-connection.handlers.ts';
import { ipv6GatewayResource } from './ipv6-gateway.handlers.ts';
import { ipv6AddressResource } from './ipv6-address.handlers.ts';
import { ipv6EgressRuleResource } from './ipv6-egress-rule.handlers.ts';
import { sslVpnResource } from './ssl-vpn.handlers.ts';
import { vpnGatewayZonesResource } from './vpn-gateway-zones.handlers.ts';
import { enhancedVpnGatewayResource } from './enhanced-vpn-gateway.handlers.ts';
import { vpnRouteResource } from './vpn-route.handlers.ts';
import { vpnDiagnosticsResource } from './vpn-diagnose.handlers.ts';
import { ipsecServerResource } from './ipsec-server.handlers.ts';
import { vpcNatResource } from './vpc-nat.handlers.ts';
import { deletionProtectionResource } from './deletion-protection.handlers.ts';
import { natGatewayAttributeResource } from './nat-gateway.attribute.ts';
import { checksSeedResource } from './checks.seed.ts';

/**
 * Every resource family, in seed order. To add one: create `<name>.model.ts` and
 * `<name>.handlers.ts` (exporting a ResourceModule), then add it to this list.
 */
export const resourceModules: readonly ResourceModule[] = [
  lookupResource,
  natGatewayResource,
  snatEntryResource,
  forwardEntryResource,
  eipResource,
  tagResource,
  vpnGatewayResource,
  customerGatewayResource,
  vpnConnectionResource,
  ipv6GatewayResource,
  ipv6AddressResource,
  ipv6EgressRuleResource,
  sslVpnResource,
  vpnGatewayZonesResource,
  enhancedVpnGatewayResource,
  vpnRouteResource,
  vpnDiagnosticsResource,
  ipsecServerResource,
  vpcNatResource,
  deletionProtectionResource,
  natGatewayAttributeResource,
  checksSeedResource,
];
