import { z } from 'zod';
import type { EffectFn } from '../lifecycle.ts';
import { idSet, pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { matchesTags, tagListParam } from '../tags.ts';
import { createVpnConnection } from './vpn-connection.create.ts';
import { modifyVpnConnectionAttribute } from './vpn-connection.modify.ts';
import {
  connectionsWhere,
  customerGatewaysOf,
  renderVpnConnection,
  requireVpnConnection,
  VPN_CONNECTION_KIND,
} from './vpn-connection.model.ts';
import type { VpnConnectionRecord } from './vpn-connection.model.ts';
import { requireActiveVpnGateway } from './vpn-gateway.model.ts';
import { lockVpnGateway } from './vpn-gateway.lock.ts';
import { vpnTunnelHandlers } from './vpn-tunnel.handlers.ts';
import { negotiate } from './vpn-tunnel.negotiation.ts';
import { seedDualTunnels } from './vpn-tunnel.seed.ts';
import { applyConnectionRoutes } from './vpn-route.auto.ts';

/**
 * The gateway finished applying a connection change: it is `active` and negotiates. With
 * EffectImmediately the emulated peer answers at once and each tunnel comes up if its settings
 * are complete and consistent; otherwise negotiation waits for traffic ([emulator choice],
 * REFERENCE §4.4, README "Dual-tunnel connections").
 */
const connectionApplied: EffectFn = (store, args, lifecycle) => {
  const { regionId, connectionId } = args as { regionId: string; connectionId: string };
  const conn = store.table<VpnConnectionRecord>(regionId, VPN_CONNECTION_KIND).get(connectionId);
  if (!conn || conn.State === 'deleting') return;
  conn.State = 'active';
  for (const t of conn.Tunnels ?? []) t.State = 'active';
  negotiate(store, conn, lifecycle.now(), 'config');
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
      (p.CustomerGatewayId === undefined || customerGatewaysOf(c).includes(p.CustomerGatewayId)) &&
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
  for (const t of conn.Tunnels ?? []) t.State = 'deleting';
  lockVpnGateway(ctx, gw, {
    name: 'vpn-connection.removed',
    args: { regionId: gw.regionId, connectionId: conn.id },
  });
  return {};
}

/** IPsec-VPN connections (REFERENCE §3.4, REFERENCE-2 §1.5–§1.8): every write locks the gateway. */
export const vpnConnectionResource: ResourceModule = {
  name: 'vpn-connection',
  handlers: {
    CreateVpnConnection: createVpnConnection,
    DescribeVpnConnections: describeVpnConnections,
    DescribeVpnConnection: describeVpnConnection,
    DeleteVpnConnection: deleteVpnConnection,
    ModifyVpnConnectionAttribute: modifyVpnConnectionAttribute,
    ...vpnTunnelHandlers,
  },
  // Not in the SDK's ResourceType list; tf sends VPNCONNECTION (REFERENCE §3.6, §7).
  tagKinds: { VPNCONNECTION: VPN_CONNECTION_KIND },
  effects: {
    'vpn-connection.applied': connectionApplied,
    'vpn-connection.removed': connectionRemoved,
  },
  // Runs after the VPN seed (module order): the dual-tunnel gateways' connections get tunnels.
  seed: seedDualTunnels,
};
