import { customerGatewayActions } from './actions/customer-gateways.ts';
import type { ActionDef, ParamPlacement, ResponseOf } from './actions/define-action.ts';
import { eipActions } from './actions/eips.ts';
import { ipv6EgressRuleActions } from './actions/ipv6-egress-rules.ts';
import { ipv6GatewayActions } from './actions/ipv6-gateways.ts';
import { lookupActions } from './actions/lookups.ts';
import { natGatewayActions } from './actions/nat-gateways.ts';
import { snatDnatActions } from './actions/snat-dnat.ts';
import { tagActions } from './actions/tags.ts';
import { vpnConnectionActions } from './actions/vpn-connections.ts';
import { vpnConnectionEditActions } from './actions/vpn-connection-edits.ts';
import { vpnGatewayActions } from './actions/vpn-gateways.ts';
import { sslVpnActions } from './actions/ssl-vpn.ts';
import { enhancedVpnGatewayActions } from './actions/enhanced-vpn-gateways.ts';
import { vpnRouteActions } from './actions/vpn-routes.ts';
import { vpnDiagnosticsActions } from './actions/vpn-diagnostics.ts';
import { ipsecServerActions } from './actions/ipsec-servers.ts';
import { vpcNatActions } from './actions/vpc-nat.ts';
import { deletionProtectionActions } from './actions/deletion-protection.ts';
import { natGatewayDetailActions } from './actions/nat-gateway-details.ts';
import type { ObjectSchema } from './schema.ts';

/** Every action the client knows: Action name → response schema (and request type). */
export const ACTIONS = {
  ...lookupActions,
  ...natGatewayActions,
  ...snatDnatActions,
  ...eipActions,
  ...vpnGatewayActions,
  ...customerGatewayActions,
  ...vpnConnectionActions,
  ...ipv6GatewayActions,
  ...ipv6EgressRuleActions,
  ...tagActions,
  ...sslVpnActions,
  ...enhancedVpnGatewayActions,
  ...vpnConnectionEditActions,
  ...vpnRouteActions,
  ...vpnDiagnosticsActions,
  ...ipsecServerActions,
  ...vpcNatActions,
  ...deletionProtectionActions,
  ...natGatewayDetailActions,
};

/** The API's Action names the client has typed methods for. */
export type ActionName = keyof typeof ACTIONS;

/** Per-call options of every method. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Idempotency token; overrides the request's `ClientToken`. */
  clientToken?: string;
  /** This call's endpoint URL; the regional-endpoint interceptor sets it from `RegionId`. */
  endpoint?: string;
}

type RequestOf<D> = D extends ActionDef<infer R, ObjectSchema> ? R : never;

// An action whose request has no required field may be called without an argument.
type HasRequired<R> = {
  [K in keyof R]-?: undefined extends R[K] ? never : K;
}[keyof R] extends never
  ? false
  : true;

type Method<D> =
  HasRequired<RequestOf<D>> extends true
    ? (request: RequestOf<D>, options?: CallOptions) => Promise<ResponseOf<D>>
    : (request?: RequestOf<D>, options?: CallOptions) => Promise<ResponseOf<D>>;

/** One typed method per action, named by the camelCase of its Action (`describeNatGateways`). */
export type VpcActionMethods = {
  [K in ActionName as Uncapitalize<K>]: Method<(typeof ACTIONS)[K]>;
};

/** `DescribeNatGateways` → `describeNatGateways`. */
export function methodName<K extends ActionName>(action: K): Uncapitalize<K> {
  return (action.charAt(0).toLowerCase() + action.slice(1)) as Uncapitalize<K>;
}

/** An action's own parameter placement (REFERENCE-2 §0.1), if it has one. */
export function placementOf(action: string): ParamPlacement | undefined {
  return (ACTIONS as Record<string, { placement?: ParamPlacement } | undefined>)[action]?.placement;
}

/** Whether the action table declares `action` a read; unknown actions count as mutations. */
export function isReadAction(action: string): boolean {
  return (ACTIONS as Record<string, { read: boolean } | undefined>)[action]?.read === true;
}

/** The HTTP method an action pins (DescribeVpnGatewayAvailableZones: GET), else undefined. */
export function pinnedMethod(action: string): 'GET' | undefined {
  return (ACTIONS as Record<string, { method?: 'GET' } | undefined>)[action]?.method;
}
