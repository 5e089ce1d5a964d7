import { list, obj, response } from '../schema.ts';
import type { Infer } from '../schema.ts';
import { defineAction, pageFields, requestIdOnly } from './define-action.ts';
import type { ClientTokenRequest, PageRequest } from './define-action.ts';

/**
 * A destination route's key (REFERENCE-2 §2.1): routes have no ID, so every write repeats it,
 * including the **current** `Weight` (100 active, 0 standby; always 100 on dual-tunnel gateways).
 */
export interface VpnRouteKey extends ClientTokenRequest {
  RegionId: string;
  VpnGatewayId: string;
  RouteDest: string;
  /** The IPsec connection ID (`vco-…`). */
  NextHop: string;
  Weight: number;
  /** `Ipsec`, the only value. */
  OverlayMode?: string;
}

/** A policy-based route's key: source too, and `Priority` (must match when sent). */
export interface VpnPbrRouteKey extends VpnRouteKey {
  RouteSource: string;
  Priority?: number;
}

/** CreateVpnRouteEntry request (REFERENCE-2 §2.2). */
export interface CreateVpnRouteEntryRequest extends VpnRouteKey {
  /** Publish to the VPC's system route table. */
  PublishVpc: boolean;
  Description?: string;
  DryRun?: boolean;
}

/** ModifyVpnRouteEntryWeight request (REFERENCE-2 §2.7). */
export interface ModifyVpnRouteEntryWeightRequest extends VpnRouteKey {
  NewWeight: number;
}

/** DescribeVpnRouteEntries request (REFERENCE-2 §2.4). */
export interface DescribeVpnRouteEntriesRequest extends PageRequest {
  RegionId: string;
  VpnGatewayId: string;
  /** `custom` (default) or `bgp`. */
  RouteEntryType?: string;
}

/** PublishVpnRouteEntry request: no Weight and no RouteSource (REFERENCE-2 §2.5). */
export interface PublishVpnRouteEntryRequest extends ClientTokenRequest {
  RegionId: string;
  VpnGatewayId: string;
  RouteDest: string;
  NextHop: string;
  /** `dbr` (destination) or `pbr` (policy). */
  RouteType: string;
  /** `true` publish, `false` withdraw. */
  PublishVpc: boolean;
}

/** CreateVpnPbrRouteEntry request (REFERENCE-2 §2.8). */
export interface CreateVpnPbrRouteEntryRequest extends VpnPbrRouteKey {
  PublishVpc: boolean;
  Description?: string;
  DryRun?: boolean;
}

/** ModifyVpnPbrRouteEntryAttribute/Priority/Weight request (REFERENCE-2 §2.11). */
export interface ModifyVpnPbrRouteEntryRequest extends VpnPbrRouteKey {
  NewPriority?: number;
  NewWeight?: number;
}

/** DescribeVpnPbrRouteEntries request (REFERENCE-2 §2.10). */
export interface DescribeVpnPbrRouteEntriesRequest extends PageRequest {
  RegionId: string;
  VpnGatewayId: string;
}

const routeFields = {
  RouteDest: 'string!',
  NextHop: 'string!',
  Weight: 'int',
  State: 'string',
  CreateTime: 'int',
  VpnInstanceId: 'string',
  NextHopTunnelId: 'string',
} as const;

const vpnRouteEntry = obj({
  ...routeFields,
  RouteEntryType: 'string',
  Source: 'string',
  AsPath: 'string',
  Community: 'string',
});
const vpnPbrRouteEntry = obj({ ...routeFields, RouteSource: 'string!', Priority: 'int' });
const created = { ...routeFields, Description: 'string', OverlayMode: 'string' } as const;

/** A destination (or BGP) route of DescribeVpnRouteEntries. */
export type VpnRouteEntry = Infer<typeof vpnRouteEntry>;
/** A policy-based route of DescribeVpnPbrRouteEntries. */
export type VpnPbrRouteEntry = Infer<typeof vpnPbrRouteEntry>;

/** VPN destination and policy-based route actions (REFERENCE-2 §2). */
export const vpnRouteActions = {
  CreateVpnRouteEntry: defineAction<CreateVpnRouteEntryRequest>()(response(created)),
  DeleteVpnRouteEntry: defineAction<VpnRouteKey>()(requestIdOnly),
  DescribeVpnRouteEntries: defineAction<DescribeVpnRouteEntriesRequest>({ read: true })(
    response({
      ...pageFields,
      VpnRouteEntries: list('VpnRouteEntry', vpnRouteEntry),
      // Dual-tunnel gateways only (cs-sdk).
      VpnRouteCounts: list(
        'VpnRouteCount',
        obj({ RouteCount: 'int', RouteEntryType: 'string', Source: 'string' }),
      ),
    }),
  ),
  PublishVpnRouteEntry: defineAction<PublishVpnRouteEntryRequest>()(requestIdOnly),
  ModifyVpnRouteEntryWeight: defineAction<ModifyVpnRouteEntryWeightRequest>()(requestIdOnly),
  CreateVpnPbrRouteEntry: defineAction<CreateVpnPbrRouteEntryRequest>()(
    response({ ...created, RouteSource: 'string!', Priority: 'int' }),
  ),
  DeleteVpnPbrRouteEntry: defineAction<VpnPbrRouteKey>()(requestIdOnly),
  DescribeVpnPbrRouteEntries: defineAction<DescribeVpnPbrRouteEntriesRequest>({ read: true })(
    response({ ...pageFields, VpnPbrRouteEntries: list('VpnPbrRouteEntry', vpnPbrRouteEntry) }),
  ),
  ModifyVpnPbrRouteEntryAttribute: defineAction<ModifyVpnPbrRouteEntryRequest>()(requestIdOnly),
  ModifyVpnPbrRouteEntryPriority: defineAction<ModifyVpnPbrRouteEntryRequest>()(requestIdOnly),
  ModifyVpnPbrRouteEntryWeight: defineAction<ModifyVpnPbrRouteEntryRequest>()(requestIdOnly),
};

type Actions = typeof vpnRouteActions;
/** DescribeVpnRouteEntries response. */
export type DescribeVpnRouteEntriesResponse = Infer<Actions['DescribeVpnRouteEntries']['response']>;
/** DescribeVpnPbrRouteEntries response. */
export type DescribeVpnPbrRouteEntriesResponse = Infer<
  Actions['DescribeVpnPbrRouteEntries']['response']
>;
