import { z } from 'zod';
import {
  dryRunOperation,
  dualTunnelGatewayOnly,
  missingNamed,
  singleTunnelGatewayOnly,
} from '../errors.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import { applyTags, tagListParam } from '../tags.ts';
import { requireCustomerGateway } from './customer-gateway.model.ts';
import { parseIkeConfig, parseIpsecConfig } from './vpn-connection.config.ts';
import {
  checkNewConnection,
  connectionsWhere,
  parseSubnetList,
  VPN_CONNECTION_KIND,
} from './vpn-connection.model.ts';
import type { VpnConnectionRecord } from './vpn-connection.model.ts';
import { parseHealthCheck, parseSingleBgp } from './vpn-connection.single.ts';
import { epochMs, requireActiveVpnGateway, requireVpnGateway } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';
import { isDualTunnelGateway, lockVpnGateway } from './vpn-gateway.lock.ts';
import { buildTunnels } from './vpn-tunnel.build.ts';
import { tunnelOptionsInput, usedTunnelCidrs } from './vpn-tunnel.config.ts';

const NO_HTTP = /^(?!https?:\/\/)/i;

/** Puts the gateway in `updating`; when it is done the connection is applied and negotiates. */
export function applyConnectionChange(ctx: ActionContext, gw: VpnGatewayRecord, connId: string) {
  lockVpnGateway(ctx, gw, {
    name: 'vpn-connection.applied',
    args: { regionId: gw.regionId, connectionId: connId },
  });
}

/** TunnelCidrs already used by the tunnels of a gateway's connections. */
export function gatewayTunnelCidrs(ctx: ActionContext, gw: VpnGatewayRecord, skip?: string) {
  const conns = connectionsWhere(ctx.store, gw.regionId, (c) => c.VpnGatewayId === gw.id);
  return usedTunnelCidrs(
    conns.flatMap((c) => c.Tunnels ?? []),
    skip,
  );
}

// Parameters only the single-tunnel form accepts (REFERENCE-2 §1.5, sdk-client remark).
const SINGLE_ONLY = [
  'CustomerGatewayId',
  'IkeConfig',
  'IpsecConfig',
  'HealthCheckConfig',
  'BgpConfig',
];

/** Refuses the wrong connection form for the gateway's tunnel mode (REFERENCE-2 §1.1). */
export function checkConnectionForm(gw: VpnGatewayRecord, p: Record<string, unknown>): void {
  const dualForm = p.TunnelOptionsSpecification !== undefined;
  if (isDualTunnelGateway(gw)) {
    const sent = SINGLE_ONLY.filter((k) => p[k] !== undefined);
    if (sent.length > 0) throw dualTunnelGatewayOnly(gw.id, sent.join(', '));
  } else if (dualForm) throw singleTunnelGatewayOnly(gw.id);
}

const createVpnConnectionParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  VpnGatewayId: z.string(),
  // Single-tunnel form only; the dual-tunnel form names one per tunnel.
  CustomerGatewayId: z.string().optional(),
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
  // Dual-tunnel form: `TunnelOptionsSpecification.N.*`, in the form body (REFERENCE-2 §0.1).
  TunnelOptionsSpecification: z.array(tunnelOptionsInput).max(10).optional(),
  DryRun: v.bool().optional(),
  ClientToken: v.clientToken().optional(),
  // `Tags` (plural) on this action (REFERENCE §3.4, §8.9).
  Tags: tagListParam(),
});

/** CreateVpnConnection in either form (REFERENCE §3.4, REFERENCE-2 §1.5). */
export function createVpnConnection(ctx: ActionContext) {
  const p = parseParams(createVpnConnectionParams, ctx.params);
  requireRegion(p.RegionId);
  const localSubnet = parseSubnetList('LocalSubnet', p.LocalSubnet);
  const remoteSubnet = parseSubnetList('RemoteSubnet', p.RemoteSubnet);
  const healthCheck = parseHealthCheck(p.HealthCheckConfig);
  const bgp = parseSingleBgp(p.BgpConfig);
  const found = requireVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  checkConnectionForm(found, p);
  const dual = isDualTunnelGateway(found);
  const base = {
    id: '',
    regionId: p.RegionId,
    tags: [],
    Name: p.Name ?? '',
    VpnGatewayId: found.id,
    LocalSubnet: localSubnet,
    RemoteSubnet: remoteSubnet,
    CreateTime: epochMs(ctx.now),
    EffectImmediately: p.EffectImmediately ?? false,
    EnableDpd: p.EnableDpd ?? true,
    EnableNatTraversal: p.EnableNatTraversal ?? true,
    AutoConfigRoute: p.AutoConfigRoute ?? true,
    RemoteCaCertificate: p.RemoteCaCertificate ?? '',
    Status: 'ike_sa_not_established' as const,
    State: 'init' as const,
    ResourceGroupId: found.ResourceGroupId,
  };
  let conn: VpnConnectionRecord;
  if (dual) {
    const tunnels = buildTunnels(ctx, found, p.TunnelOptionsSpecification ?? [], {
      enabled: p.EnableTunnelsBgp ?? false,
      used: gatewayTunnelCidrs(ctx, found),
    });
    const master = tunnels.find((t) => t.Role === 'master') ?? tunnels[0];
    conn = {
      ...base,
      CustomerGatewayId: '',
      IkeConfig:
        master?.TunnelIkeConfig ?? parseIkeConfig(undefined, { localIp: '', remoteIp: '' }),
      IpsecConfig: master?.TunnelIpsecConfig ?? parseIpsecConfig(undefined),
      Tunnels: tunnels,
      EnableTunnelsBgp: p.EnableTunnelsBgp ?? false,
    };
  } else {
    if (p.CustomerGatewayId === undefined) throw missingNamed('CustomerGatewayId');
    const cgw = requireCustomerGateway(ctx.store, p.RegionId, p.CustomerGatewayId);
    const ike = parseIkeConfig(p.IkeConfig, {
      localIp: found.InternetIp || found.IntranetIp,
      remoteIp: cgw.IpAddress,
    });
    conn = {
      ...base,
      CustomerGatewayId: cgw.id,
      IkeConfig: ike,
      IpsecConfig: parseIpsecConfig(p.IpsecConfig),
      ...(healthCheck ? { HealthCheck: healthCheck } : {}),
      ...(bgp ? { Bgp: bgp } : {}),
    };
  }
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, found.id);
  const cgwIds = conn.Tunnels?.map((t) => t.CustomerGatewayId) ?? [conn.CustomerGatewayId];
  checkNewConnection(ctx.store, gw, [...new Set(cgwIds)]);
  if (p.DryRun) throw dryRunOperation();
  const id = ctx.newId('vco', p.RegionId);
  conn.id = id;
  conn.Name = p.Name ?? id;
  applyTags(conn, p.Tags);
  ctx.store.table<VpnConnectionRecord>(p.RegionId, VPN_CONNECTION_KIND).put(conn);
  applyConnectionChange(ctx, gw, id);
  return { VpnConnectionId: id, Name: conn.Name, CreateTime: conn.CreateTime };
}
