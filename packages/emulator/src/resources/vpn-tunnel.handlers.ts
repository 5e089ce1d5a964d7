import { z } from 'zod';
import { invalidTunnelIdNotFound, tunnelBgpNotEnabled } from '../errors.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import { applyConnectionChange, gatewayTunnelCidrs } from './vpn-connection.create.ts';
import { editTunnel } from './vpn-connection.modify.ts';
import { requireVpnConnection, VPN_CONNECTION_KIND } from './vpn-connection.model.ts';
import type { VpnConnectionRecord } from './vpn-connection.model.ts';
import { requireActiveVpnGateway } from './vpn-gateway.model.ts';
import { tunnelOptionsInput } from './vpn-tunnel.config.ts';
import { renderTunnelForModify } from './vpn-tunnel.render.ts';

const modifyTunnelParams = paramsSchema({
  ...ownerParams,
  // Not marked required in the SDK model (REFERENCE-2 §1.8); the emulator needs it to find the store.
  RegionId: z.string(),
  VpnConnectionId: z.string(),
  TunnelId: z.string(),
  // One object, un-indexed, in the query: `TunnelOptionsSpecification.TunnelIkeConfig.Psk=…`.
  // Role is not accepted here (roles change through ModifyVpnConnectionAttribute).
  TunnelOptionsSpecification: tunnelOptionsInput.omit({ Role: true, TunnelId: true }).optional(),
  ClientToken: v.clientToken().optional(),
});

/**
 * ModifyTunnelAttribute (REFERENCE-2 §1.8): edits one tunnel; the tunnel goes `updating` and the
 * gateway is locked until applied ([emulator choice], §7.1). BGP can only be edited, not enabled.
 */
function modifyTunnelAttribute(ctx: ActionContext) {
  const p = parseParams(modifyTunnelParams, ctx.params);
  requireRegion(p.RegionId);
  const conn = requireVpnConnection(ctx.store, p.RegionId, p.VpnConnectionId);
  const tunnel = conn.Tunnels?.find((t) => t.TunnelId === p.TunnelId);
  if (!tunnel) throw invalidTunnelIdNotFound(p.TunnelId);
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, conn.VpnGatewayId);
  const input = p.TunnelOptionsSpecification ?? {};
  if (input.TunnelBgpConfig && !tunnel.TunnelBgpConfig) throw tunnelBgpNotEnabled(tunnel.TunnelId);
  const next = structuredClone(conn);
  const t = next.Tunnels?.find((x) => x.TunnelId === p.TunnelId);
  if (!t) throw invalidTunnelIdNotFound(p.TunnelId);
  const used = gatewayTunnelCidrs(ctx, gw, t.TunnelId);
  editTunnel(ctx, gw, t, input, { enabled: t.TunnelBgpConfig !== undefined, used });
  ctx.store.table<VpnConnectionRecord>(p.RegionId, VPN_CONNECTION_KIND).put(next);
  applyConnectionChange(ctx, gw, next.id);
  return renderTunnelForModify(t);
}

/** Tunnel-level actions of dual-tunnel connections. */
export const vpnTunnelHandlers = { ModifyTunnelAttribute: modifyTunnelAttribute };
