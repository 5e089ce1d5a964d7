import { z } from 'zod';
import { invalidTunnelIdNotFound, malformedParam } from '../errors.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import { requireCustomerGateway } from './customer-gateway.model.ts';
import { mergeIkeJson, mergeIpsecJson } from './vpn-connection.config.ts';
import {
  applyConnectionChange,
  checkConnectionForm,
  gatewayTunnelCidrs,
} from './vpn-connection.create.ts';
import {
  isDualTunnel,
  parseSubnetList,
  requireVpnConnection,
  VPN_CONNECTION_KIND,
} from './vpn-connection.model.ts';
import type { VpnConnectionRecord } from './vpn-connection.model.ts';
import { parseHealthCheck, parseSingleBgp } from './vpn-connection.single.ts';
import { requireActiveVpnGateway } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';
import { mergeIke, mergeIpsec, tunnelBgp, tunnelOptionsInput } from './vpn-tunnel.config.ts';
import type { TunnelOptionsInput } from './vpn-tunnel.config.ts';
import type { VpnTunnelRecord } from './vpn-tunnel.model.ts';
import { renderModified } from './vpn-connection.snapshot.ts';

const NO_HTTP = /^(?!https?:\/\/)/i;

const modifyVpnConnectionParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  VpnConnectionId: z.string(),
  Name: v.str({ min: 1, max: 100, pattern: NO_HTTP, code: 'InvalidName' }).optional(),
  LocalSubnet: z.string().optional(),
  RemoteSubnet: z.string().optional(),
  EffectImmediately: v.bool().optional(),
  AutoConfigRoute: v.bool().optional(),
  CustomerGatewayId: z.string().optional(),
  EnableDpd: v.bool().optional(),
  EnableNatTraversal: v.bool().optional(),
  RemoteCaCertificate: z.string().optional(),
  IkeConfig: z.string().optional(),
  IpsecConfig: z.string().optional(),
  HealthCheckConfig: z.string().optional(),
  BgpConfig: z.string().optional(),
  EnableTunnelsBgp: v.bool().optional(),
  TunnelOptionsSpecification: z.array(tunnelOptionsInput).max(2).optional(),
  ClientToken: v.clientToken().optional(),
});

type Params = z.output<typeof modifyVpnConnectionParams>;

/** One tunnel after an edit: omitted fields keep their values ([emulator choice], §1.6). */
export function editTunnel(
  ctx: ActionContext,
  gw: VpnGatewayRecord,
  t: VpnTunnelRecord,
  input: TunnelOptionsInput,
  bgp: { enabled: boolean; used: readonly string[] },
): void {
  const cgw = requireCustomerGateway(
    ctx.store,
    gw.regionId,
    input.CustomerGatewayId ?? t.CustomerGatewayId,
  );
  t.CustomerGatewayId = cgw.id;
  if (input.EnableDpd !== undefined) t.EnableDpd = input.EnableDpd;
  if (input.EnableNatTraversal !== undefined) t.EnableNatTraversal = input.EnableNatTraversal;
  if (input.RemoteCaCertificate !== undefined) t.RemoteCaCertificate = input.RemoteCaCertificate;
  t.TunnelIkeConfig = mergeIke(input.TunnelIkeConfig, t.TunnelIkeConfig, {
    localIp: t.InternetIp,
    remoteIp: cgw.IpAddress,
  });
  t.TunnelIpsecConfig = mergeIpsec(input.TunnelIpsecConfig, t.TunnelIpsecConfig);
  if (bgp.enabled)
    t.TunnelBgpConfig = tunnelBgp(input.TunnelBgpConfig, t.TunnelBgpConfig, bgp.used, cgw.Asn);
  else delete t.TunnelBgpConfig;
  t.State = 'updating';
}

function editTunnels(
  ctx: ActionContext,
  gw: VpnGatewayRecord,
  next: VpnConnectionRecord,
  p: Params,
) {
  const tunnels = next.Tunnels ?? [];
  const enabled = p.EnableTunnelsBgp ?? next.EnableTunnelsBgp ?? false;
  next.EnableTunnelsBgp = enabled;
  const items = p.TunnelOptionsSpecification ?? [];
  // Tunnels are addressed by TunnelId; an item without one edits the tunnel at its position.
  const targets = items.map((item, i) => {
    const t =
      item.TunnelId === undefined ? tunnels[i] : tunnels.find((x) => x.TunnelId === item.TunnelId);
    if (!t) throw invalidTunnelIdNotFound(item.TunnelId ?? String(i + 1));
    return t;
  });
  const others = gatewayTunnelCidrs(ctx, gw).filter(
    (c) => !(next.Tunnels ?? []).some((t) => t.TunnelBgpConfig?.TunnelCidr === c),
  );
  const used = [...others];
  for (const t of tunnels) {
    const i = targets.indexOf(t);
    editTunnel(ctx, gw, t, i >= 0 ? (items[i] ?? {}) : {}, { enabled, used });
    if (t.TunnelBgpConfig) used.push(t.TunnelBgpConfig.TunnelCidr);
  }
  // [emulator choice] Sending Role on one tunnel swaps the roles: one master, one slave always.
  items.forEach((item, i) => {
    const t = targets[i];
    if (!item.Role || !t || item.Role === t.Role) return;
    for (const x of tunnels)
      x.Role = x === t ? item.Role : item.Role === 'master' ? 'slave' : 'master';
  });
}

function editSingle(
  ctx: ActionContext,
  gw: VpnGatewayRecord,
  next: VpnConnectionRecord,
  p: Params,
) {
  const cgw = requireCustomerGateway(
    ctx.store,
    gw.regionId,
    p.CustomerGatewayId ?? next.CustomerGatewayId,
  );
  next.CustomerGatewayId = cgw.id;
  if (p.EnableDpd !== undefined) next.EnableDpd = p.EnableDpd;
  if (p.EnableNatTraversal !== undefined) next.EnableNatTraversal = p.EnableNatTraversal;
  if (p.RemoteCaCertificate !== undefined) next.RemoteCaCertificate = p.RemoteCaCertificate;
  next.IkeConfig = mergeIkeJson(p.IkeConfig, next.IkeConfig, {
    localIp: gw.InternetIp || gw.IntranetIp,
    remoteIp: cgw.IpAddress,
  });
  next.IpsecConfig = mergeIpsecJson(p.IpsecConfig, next.IpsecConfig);
  const health = parseHealthCheck(p.HealthCheckConfig, next.HealthCheck);
  if (health) next.HealthCheck = health;
  const bgp = parseSingleBgp(p.BgpConfig, next.Bgp);
  if (bgp) next.Bgp = bgp;
}

/** ModifyVpnConnectionAttribute in either form (REFERENCE-2 §1.6): locks the gateway. */
export function modifyVpnConnectionAttribute(ctx: ActionContext) {
  const p = parseParams(modifyVpnConnectionParams, ctx.params);
  requireRegion(p.RegionId);
  const conn = requireVpnConnection(ctx.store, p.RegionId, p.VpnConnectionId);
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, conn.VpnGatewayId);
  checkConnectionForm(gw, {
    ...p,
    CustomerGatewayId: isDualTunnel(conn) ? p.CustomerGatewayId : undefined,
  });
  if (!isDualTunnel(conn) && p.EnableTunnelsBgp)
    throw malformedParam(
      'EnableTunnelsBgp',
      'EnableTunnelsBgp applies to dual-tunnel connections only.',
    );
  // Work on a copy: a refused parameter must leave the connection as it was.
  const next = structuredClone(conn);
  if (p.Name !== undefined) next.Name = p.Name;
  if (p.LocalSubnet !== undefined) next.LocalSubnet = parseSubnetList('LocalSubnet', p.LocalSubnet);
  if (p.RemoteSubnet !== undefined)
    next.RemoteSubnet = parseSubnetList('RemoteSubnet', p.RemoteSubnet);
  if (p.EffectImmediately !== undefined) next.EffectImmediately = p.EffectImmediately;
  if (p.AutoConfigRoute !== undefined) next.AutoConfigRoute = p.AutoConfigRoute;
  if (isDualTunnel(next)) editTunnels(ctx, gw, next, p);
  else editSingle(ctx, gw, next, p);
  next.State = 'updating';
  ctx.store.table<VpnConnectionRecord>(p.RegionId, VPN_CONNECTION_KIND).put(next);
  applyConnectionChange(ctx, gw, next.id);
  return renderModified(ctx, next);
}
