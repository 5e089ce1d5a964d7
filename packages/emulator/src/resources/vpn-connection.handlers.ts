import { z } from 'zod';
import { dryRunOperation, malformedParam } from '../errors.ts';
import type { EffectFn } from '../lifecycle.ts';
import { idSet, pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { applyTags, matchesTags, tagListParam } from '../tags.ts';
import { requireCustomerGateway } from './customer-gateway.model.ts';
import { parseIkeConfig, parseIpsecConfig } from './vpn-connection.config.ts';
import {
  checkNewConnection,
  connectionsWhere,
  parseSubnetList,
  renderVpnConnection,
  requireVpnConnection,
  VPN_CONNECTION_KIND,
} from './vpn-connection.model.ts';
import type { VpnConnectionRecord } from './vpn-connection.model.ts';
import { epochMs, requireActiveVpnGateway, requireVpnGateway } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';
import { lockVpnGateway } from './vpn-gateway.lock.ts';
import { applyConnectionRoutes } from './vpn-route.auto.ts';

const NO_HTTP = /^(?!https?:\/\/)/i;

function jsonText(field: string, raw: string | undefined): void {
  if (raw === undefined) return;
  try {
    if (typeof JSON.parse(raw) === 'object') return;
  } catch {
    // fall through to the field-naming error
  }
  throw malformedParam(field, `${field} must be a JSON object string.`);
}

/** Puts the gateway in `updating` until the change is applied (REFERENCE §4.4, §8.5). */
function reconfigure(ctx: ActionContext, gw: VpnGatewayRecord, effect: string, connId: string) {
  lockVpnGateway(ctx, gw, { name: effect, args: { regionId: gw.regionId, connectionId: connId } });
}

const createVpnConnectionParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  VpnGatewayId: z.string(),
  // Required for the single-tunnel gateways this emulator models (REFERENCE §3.4).
  CustomerGatewayId: z.string(),
  LocalSubnet: z.string(),
  RemoteSubnet: z.string(),
  Name: v.str({ min: 1, max: 100, pattern: NO_HTTP, code: 'InvalidName' }).optional(),
  EffectImmediately: v.bool().optional(),
  AutoConfigRoute: v.bool().optional(),
  EnableDpd: v.bool().optional(),
  EnableNatTraversal: v.bool().optional(),
  EnableTunnelsBgp: v.bool().optional(),
  RemoteCaCertificate: z.string().optional(),
  IkeConfig: z.string().optional(),
  IpsecConfig: z.string().optional(),
  BgpConfig: z.string().optional(),
  HealthCheckConfig: z.string().optional(),
  DryRun: v.bool().optional(),
  ClientToken: v.clientToken().optional(),
  // `Tags` (plural) on this action (REFERENCE §3.4, §8.9).
  Tags: tagListParam(),
});

function createVpnConnection(ctx: ActionContext) {
  const p = parseParams(createVpnConnectionParams, ctx.params);
  requireRegion(p.RegionId);
  const localSubnet = parseSubnetList('LocalSubnet', p.LocalSubnet);
  const remoteSubnet = parseSubnetList('RemoteSubnet', p.RemoteSubnet);
  jsonText('BgpConfig', p.BgpConfig);
  jsonText('HealthCheckConfig', p.HealthCheckConfig);
  const found = requireVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  const cgw = requireCustomerGateway(ctx.store, p.RegionId, p.CustomerGatewayId);
  const ike = parseIkeConfig(p.IkeConfig, {
    localIp: found.InternetIp || found.IntranetIp,
    remoteIp: cgw.IpAddress,
  });
  const ipsec = parseIpsecConfig(p.IpsecConfig);
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, found.id);
  checkNewConnection(ctx.store, gw, cgw.id);
  if (p.DryRun) throw dryRunOperation();
  const id = ctx.newId('vco', p.RegionId);
  const conn: VpnConnectionRecord = {
    id,
    regionId: p.RegionId,
    tags: [],
    Name: p.Name ?? id,
    VpnGatewayId: gw.id,
    CustomerGatewayId: cgw.id,
    LocalSubnet: localSubnet,
    RemoteSubnet: remoteSubnet,
    CreateTime: epochMs(ctx.now),
    EffectImmediately: p.EffectImmediately ?? false,
    EnableDpd: p.EnableDpd ?? true,
    EnableNatTraversal: p.EnableNatTraversal ?? true,
    AutoConfigRoute: p.AutoConfigRoute ?? true,
    RemoteCaCertificate: p.RemoteCaCertificate ?? '',
    Status: 'ike_sa_not_established',
    State: 'init',
    IkeConfig: ike,
    IpsecConfig: ipsec,
    ResourceGroupId: gw.ResourceGroupId,
  };
  applyTags(conn, p.Tags);
  ctx.store.table<VpnConnectionRecord>(p.RegionId, VPN_CONNECTION_KIND).put(conn);
  reconfigure(ctx, gw, 'vpn-connection.applied', id);
  return { VpnConnectionId: id, Name: conn.Name, CreateTime: conn.CreateTime };
}

/**
 * The gateway finished applying a new connection: it is `active`; with EffectImmediately the
 * emulated peer answers at once and the tunnel comes up, otherwise negotiation waits for traffic
 * and stays `ike_sa_not_established` ([emulator choice], REFERENCE §4.4).
 */
const connectionApplied: EffectFn = (store, args) => {
  const { regionId, connectionId } = args as { regionId: string; connectionId: string };
  const conn = store.table<VpnConnectionRecord>(regionId, VPN_CONNECTION_KIND).get(connectionId);
  if (!conn) return;
  conn.State = 'active';
  if (conn.EffectImmediately) conn.Status = 'ipsec_sa_established';
  applyConnectionRoutes(store, regionId, connectionId); // AutoConfigRoute (vpn-route.auto.ts)
};

/** The gateway finished removing a connection: it disappears. */
const connectionRemoved: EffectFn = (store, args) => {
  const { regionId, connectionId } = args as { regionId: string; connectionId: string };
  store.table(regionId, VPN_CONNECTION_KIND).remove(connectionId);
  applyConnectionRoutes(store, regionId, connectionId); // its routes go with it (vpn-route.auto.ts)
};

const describeVpnConnectionsParams = paramsSchema({
  ...ownerParams,
  ...pageParams(),
  RegionId: z.string(),
  VpnConnectionId: z.string().optional(),
  VpnGatewayId: z.string().optional(),
  CustomerGatewayId: z.string().optional(),
  ResourceGroupId: z.string().optional(),
  Tag: tagListParam(),
});

function describeVpnConnections(ctx: ActionContext) {
  const p = parseParams(describeVpnConnectionsParams, ctx.params);
  requireRegion(p.RegionId);
  const ids = idSet(p.VpnConnectionId);
  const rows = connectionsWhere(
    ctx.store,
    p.RegionId,
    (c) =>
      (!ids || ids.has(c.id)) &&
      (p.VpnGatewayId === undefined || c.VpnGatewayId === p.VpnGatewayId) &&
      (p.CustomerGatewayId === undefined || c.CustomerGatewayId === p.CustomerGatewayId) &&
      (p.ResourceGroupId === undefined || c.ResourceGroupId === p.ResourceGroupId) &&
      matchesTags(c, p.Tag),
  );
  const page = paginate(rows, p);
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    VpnConnections: {
      VpnConnection: page.items.map((c) => renderVpnConnection(ctx.store, c, false)),
    },
  };
}

const describeVpnConnectionParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  VpnConnectionId: z.string(),
});

function describeVpnConnection(ctx: ActionContext) {
  const p = parseParams(describeVpnConnectionParams, ctx.params);
  requireRegion(p.RegionId);
  const conn = requireVpnConnection(ctx.store, p.RegionId, p.VpnConnectionId);
  return renderVpnConnection(ctx.store, conn, true);
}

const deleteVpnConnectionParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  VpnConnectionId: z.string(),
  ClientToken: v.clientToken().optional(),
});

function deleteVpnConnection(ctx: ActionContext) {
  const p = parseParams(deleteVpnConnectionParams, ctx.params);
  requireRegion(p.RegionId);
  const conn = requireVpnConnection(ctx.store, p.RegionId, p.VpnConnectionId);
  // No concurrent changes on one gateway: busy → VpnGateway.Configuring (REFERENCE §3.4).
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, conn.VpnGatewayId);
  conn.State = 'deleting';
  reconfigure(ctx, gw, 'vpn-connection.removed', conn.id);
  return {};
}

/** IPsec-VPN connections (REFERENCE §3.4): each create/delete puts the gateway in `updating`. */
export const vpnConnectionResource: ResourceModule = {
  name: 'vpn-connection',
  handlers: {
    CreateVpnConnection: createVpnConnection,
    DescribeVpnConnections: describeVpnConnections,
    DescribeVpnConnection: describeVpnConnection,
    DeleteVpnConnection: deleteVpnConnection,
  },
  // Not in the SDK's ResourceType list; tf sends VPNCONNECTION (REFERENCE §3.6, §7).
  tagKinds: { VPNCONNECTION: VPN_CONNECTION_KIND },
  effects: {
    'vpn-connection.applied': connectionApplied,
    'vpn-connection.removed': connectionRemoved,
  },
};
