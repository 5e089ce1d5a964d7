import { z } from 'zod';
import { dryRunOperation, invalidPskEnabled } from '../errors.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ActionHandler, ResourceModule } from '../resource-module.ts';
import type { Store } from '../store.ts';
import { listIpsecServerLogs, listIpsecServers } from './ipsec-server.list.ts';
import {
  checkIpsecCapableGateway,
  DEFAULT_IKE,
  DEFAULT_IPSEC,
  IPSEC_SERVER_KIND,
  recordIpsecLog,
  requireIpsecServer,
} from './ipsec-server.model.ts';
import type { IpsecServerIke, IpsecServerRecord } from './ipsec-server.model.ts';
import { seedIpsecServers } from './ipsec-server.seed.ts';
import { checkClientIpPool, checkLocalSubnet } from './ssl-vpn-server.rules.ts';
import { sslInternetIpOf } from './ssl-vpn-server.model.ts';
import { mergeIkeJson, mergeIpsecJson, randomPsk } from './vpn-connection.config.ts';
import { lockVpnGateway } from './vpn-gateway.lock.ts';
import { requireActiveVpnGateway, requireVpnGateway } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';
import { VPC_KIND } from './vpc.model.ts';
import type { VpcRecord } from './vpc.model.ts';

const NO_HTTP = /^(?!https?:\/\/)/i;
// Visible ASCII, no spaces ([emulator choice]: the VPN connection PSK rule, REFERENCE §3.4).
const PSK = /^[\x21-\x7e]+$/;

// Fields Create and Update share; Create spells the name `IpSecServerName`, Update
// `IpsecServerName` (SDK 7.3.2 models).
const settable = {
  ClientIpPool: z.string().optional(),
  LocalSubnet: z.string().optional(),
  EffectImmediately: v.bool().optional(),
  IkeConfig: z.string().optional(),
  IpsecConfig: z.string().optional(),
  Psk: v.str({ min: 1, max: 100, pattern: PSK }).optional(),
  PskEnabled: v.bool().optional(),
  DryRun: v.bool().optional(),
  ClientToken: v.clientToken().optional(),
};
const name = () => v.str({ min: 1, max: 100, pattern: NO_HTTP, code: 'InvalidName' }).optional();

type Settable = z.output<z.ZodObject<typeof settable>>;

/** Applies the sent fields over `s` and validates the result against its gateway and VPC. */
function applySettable(store: Store, s: IpsecServerRecord, p: Settable, gw: VpnGatewayRecord) {
  if (p.PskEnabled === false) throw invalidPskEnabled();
  if (p.ClientIpPool !== undefined) s.ClientIpPool = p.ClientIpPool;
  if (p.LocalSubnet !== undefined) s.LocalSubnet = p.LocalSubnet;
  if (p.EffectImmediately !== undefined) s.EffectImmediately = p.EffectImmediately;
  if (p.Psk !== undefined) s.Psk = p.Psk;
  const ids = { localIp: sslInternetIpOf(gw), remoteIp: '' };
  // The server's PSK is its own parameter: a `Psk` inside IkeConfig is ignored ([emulator choice]).
  const { Psk: _ignored, ...ike } = mergeIkeJson(p.IkeConfig, { ...s.IkeConfig, Psk: '-' }, ids);
  s.IkeConfig = ike satisfies IpsecServerIke;
  s.IpsecConfig = mergeIpsecJson(p.IpsecConfig, s.IpsecConfig);
  s.LocalSubnet = checkLocalSubnet(s.LocalSubnet);
  const vpc = store.table<VpcRecord>(gw.regionId, VPC_KIND).get(gw.VpcId);
  checkClientIpPool(s.ClientIpPool, {
    localSubnet: s.LocalSubnet,
    vpcCidr: vpc?.CidrBlock ?? '',
    sslConnections: gw.SslConnections,
  });
}

const createParams = paramsSchema({
  ...ownerParams,
  ...settable,
  RegionId: z.string(),
  VpnGatewayId: z.string(),
  ClientIpPool: z.string(),
  LocalSubnet: z.string(),
  IpSecServerName: name(),
});

function createIpsecServer(ctx: ActionContext) {
  const p = parseParams(createParams, ctx.params);
  requireRegion(p.RegionId);
  const found = requireVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  checkIpsecCapableGateway(ctx.store, found);
  const id = ctx.newId('iss', p.RegionId);
  const { Psk: _unused, ...ike } = DEFAULT_IKE;
  const server: IpsecServerRecord = {
    id,
    regionId: p.RegionId,
    tags: [],
    IpsecServerName: p.IpSecServerName ?? id,
    VpnGatewayId: found.id,
    ClientIpPool: p.ClientIpPool,
    LocalSubnet: p.LocalSubnet,
    EffectImmediately: false,
    // The API generates a key when none is sent ([emulator choice], as CreateVpnConnection).
    Psk: randomPsk(),
    PskEnabled: true,
    IkeConfig: { ...ike, LocalId: sslInternetIpOf(found) },
    IpsecConfig: { ...DEFAULT_IPSEC },
    CreationTime: ctx.now.getTime(),
    ResourceGroupId: found.ResourceGroupId,
    logs: [],
  };
  applySettable(ctx.store, server, p, found);
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, found.id);
  if (p.DryRun) throw dryRunOperation();
  recordIpsecLog(server, ctx.now.getTime(), `IPsec server created on ${sslInternetIpOf(gw)}`);
  ctx.store.table<IpsecServerRecord>(p.RegionId, IPSEC_SERVER_KIND).put(server);
  lockVpnGateway(ctx, gw);
  return {
    IpsecServerId: id,
    IpsecServerName: server.IpsecServerName,
    VpnGatewayId: gw.id,
    RegionId: p.RegionId,
    CreationTime: new Date(server.CreationTime).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

const updateParams = paramsSchema({
  ...ownerParams,
  ...settable,
  RegionId: z.string(),
  IpsecServerId: z.string(),
  IpsecServerName: name(),
});

function updateIpsecServer(ctx: ActionContext) {
  const p = parseParams(updateParams, ctx.params);
  requireRegion(p.RegionId);
  const server = requireIpsecServer(ctx.store, p.RegionId, p.IpsecServerId);
  const found = requireVpnGateway(ctx.store, p.RegionId, server.VpnGatewayId);
  const next: IpsecServerRecord = { ...server, logs: server.logs };
  if (p.IpsecServerName !== undefined) next.IpsecServerName = p.IpsecServerName;
  applySettable(ctx.store, next, p, found);
  // [emulator choice] Every update reconfigures the gateway (the API page says it is asynchronous).
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, found.id);
  if (p.DryRun) throw dryRunOperation();
  Object.assign(server, next);
  recordIpsecLog(server, ctx.now.getTime(), 'configuration updated, clients renegotiate');
  lockVpnGateway(ctx, gw);
  return {};
}

const deleteParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  IpsecServerId: z.string(),
  DryRun: v.bool().optional(),
  ClientToken: v.clientToken().optional(),
});

function deleteIpsecServer(ctx: ActionContext) {
  const p = parseParams(deleteParams, ctx.params);
  requireRegion(p.RegionId);
  const server = requireIpsecServer(ctx.store, p.RegionId, p.IpsecServerId);
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, server.VpnGatewayId);
  if (p.DryRun) throw dryRunOperation();
  ctx.store.table(p.RegionId, IPSEC_SERVER_KIND).remove(server.id);
  lockVpnGateway(ctx, gw);
  return {};
}

/** IPsec server actions (client-to-site over IPsec; not in REFERENCE-2, see the README). */
export const ipsecServerHandlers: Record<string, ActionHandler> = {
  CreateIpsecServer: createIpsecServer,
  UpdateIpsecServer: updateIpsecServer,
  DeleteIpsecServer: deleteIpsecServer,
  ListIpsecServers: listIpsecServers,
  ListIpsecServerLogs: listIpsecServerLogs,
};

/** IPsec servers: no status of their own; every write locks the VPN gateway (§7.1). */
export const ipsecServerResource: ResourceModule = {
  name: 'ipsec-servers',
  handlers: ipsecServerHandlers,
  seed: seedIpsecServers,
};
