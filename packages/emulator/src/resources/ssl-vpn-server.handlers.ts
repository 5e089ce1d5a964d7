import { z } from 'zod';
import { dryRunOperation } from '../errors.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ActionHandler } from '../resource-module.ts';
import type { Store } from '../store.ts';
import { certsOf, SSL_VPN_CLIENT_CERT_KIND } from './ssl-vpn-client-cert.model.ts';
import { restartSslServer } from './ssl-vpn-client.connect.ts';
import { disconnectSessions, forgetSslLogs, sessionsOf } from './ssl-vpn-client.model.ts';
import {
  checkSslCapableGateway,
  renderSslVpnServerAttributes,
  requireSslVpnServer,
  SSL_CIPHERS,
  SSL_PROTOS,
  SSL_VPN_SERVER_KIND,
} from './ssl-vpn-server.model.ts';
import type { SslVpnServerRecord } from './ssl-vpn-server.model.ts';
import {
  checkClientIpPool,
  checkDnsServers,
  checkLocalSubnet,
  checkMultiFactor,
  checkSslPort,
} from './ssl-vpn-server.rules.ts';
import { describeSslVpnServers } from './ssl-vpn-server.describe.ts';
import { lockVpnGateway } from './vpn-gateway.lock.ts';
import { requireActiveVpnGateway, requireVpnGateway } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';
import { VPC_KIND } from './vpc.model.ts';
import type { VpcRecord } from './vpc.model.ts';

const NO_HTTP = /^(?!https?:\/\/)/i;

// Settable fields, shared by Create (which requires the two CIDR fields) and Modify (REFERENCE-2 §3.2).
const settable = {
  Name: v.str({ min: 1, max: 100, pattern: NO_HTTP, code: 'InvalidName' }).optional(),
  Proto: v.oneOf(SSL_PROTOS, { ci: true }).optional(),
  Port: v.int({ min: 1, max: 65_535 }).optional(),
  Cipher: v.oneOf(SSL_CIPHERS).optional(),
  Compress: v.bool().optional(),
  DnsServers: z.string().optional(),
  EnableMultiFactorAuth: v.bool().optional(),
  IDaaSInstanceId: z.string().optional(),
  IDaaSRegionId: z.string().optional(),
  IDaaSApplicationId: z.string().optional(),
  DryRun: v.bool().optional(),
  ClientToken: v.clientToken().optional(),
};

type Settable = { [K in keyof typeof settable]?: z.output<(typeof settable)[K]> };

/** Validates the server as it would be after the change, against its gateway and VPC. */
function checkServer(store: Store, s: SslVpnServerRecord, gw: VpnGatewayRecord): void {
  s.LocalSubnet = checkLocalSubnet(s.LocalSubnet);
  const vpc = store.table<VpcRecord>(gw.regionId, VPC_KIND).get(gw.VpcId);
  checkClientIpPool(s.ClientIpPool, {
    localSubnet: s.LocalSubnet,
    vpcCidr: vpc?.CidrBlock ?? '',
    sslConnections: gw.SslConnections,
  });
  checkSslPort(s.Port);
  s.DnsServers = checkDnsServers(s.DnsServers);
  checkMultiFactor(s);
}

const FIELDS = Object.keys(settable).filter((k) => k !== 'DryRun' && k !== 'ClientToken');

/** Copies the sent settable fields onto a server record (only what is sent changes). */
function assignSettable(s: SslVpnServerRecord, p: Settable): void {
  for (const k of FIELDS) {
    const value = p[k as keyof Settable];
    if (value !== undefined) Object.assign(s, { [k]: value });
  }
}

const createParams = paramsSchema({
  ...ownerParams,
  ...settable,
  RegionId: z.string(),
  VpnGatewayId: z.string(),
  ClientIpPool: z.string(),
  LocalSubnet: z.string(),
});

function createSslVpnServer(ctx: ActionContext) {
  const p = parseParams(createParams, ctx.params);
  requireRegion(p.RegionId);
  const found = requireVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  checkSslCapableGateway(ctx.store, found);
  const id = ctx.newId('vss', p.RegionId);
  const server: SslVpnServerRecord = {
    id,
    regionId: p.RegionId,
    tags: [],
    Name: id,
    VpnGatewayId: found.id,
    ClientIpPool: p.ClientIpPool,
    LocalSubnet: p.LocalSubnet,
    Proto: 'TCP',
    Port: 1194,
    Cipher: 'AES-128-CBC',
    // Create documents `false` as the default (Modify says `true`: REFERENCE-2 §8, use false).
    Compress: false,
    DnsServers: '',
    EnableMultiFactorAuth: false,
    IDaaSInstanceId: '',
    IDaaSRegionId: '',
    IDaaSApplicationId: '',
    CreateTime: ctx.now.getTime(),
    ResourceGroupId: found.ResourceGroupId,
    certCreations: 0,
  };
  assignSettable(server, p);
  checkServer(ctx.store, server, found);
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, found.id);
  if (p.DryRun) throw dryRunOperation();
  ctx.store.table<SslVpnServerRecord>(p.RegionId, SSL_VPN_SERVER_KIND).put(server);
  lockVpnGateway(ctx, gw);
  return { SslVpnServerId: id, Name: server.Name };
}

const modifyParams = paramsSchema({
  ...ownerParams,
  ...settable,
  RegionId: z.string(),
  SslVpnServerId: z.string(),
  ClientIpPool: z.string().optional(),
  LocalSubnet: z.string().optional(),
});

function modifySslVpnServer(ctx: ActionContext) {
  const p = parseParams(modifyParams, ctx.params);
  requireRegion(p.RegionId);
  const server = requireSslVpnServer(ctx.store, p.RegionId, p.SslVpnServerId);
  const found = requireVpnGateway(ctx.store, p.RegionId, server.VpnGatewayId);
  const next: SslVpnServerRecord = { ...server };
  assignSettable(next, p);
  if (p.ClientIpPool !== undefined) next.ClientIpPool = p.ClientIpPool;
  if (p.LocalSubnet !== undefined) next.LocalSubnet = p.LocalSubnet;
  checkServer(ctx.store, next, found);
  const changed = (Object.keys(next) as (keyof SslVpnServerRecord)[]).filter(
    (k) => k !== 'Name' && next[k] !== server[k],
  );
  // Only a rename is synchronous; any other change reconfigures the gateway (REFERENCE-2 §3.2).
  const gw = changed.length > 0 ? requireActiveVpnGateway(ctx.store, p.RegionId, found.id) : found;
  if (p.DryRun) throw dryRunOperation();
  Object.assign(server, next);
  if (changed.length > 0)
    restartSslServer(ctx, gw, server, 'server reconfigured, reconnecting', () => true);
  return renderSslVpnServerAttributes(ctx.store, server, gw);
}

const deleteParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  SslVpnServerId: z.string(),
  ClientToken: v.clientToken().optional(),
});

function deleteSslVpnServer(ctx: ActionContext) {
  const p = parseParams(deleteParams, ctx.params);
  requireRegion(p.RegionId);
  const server = requireSslVpnServer(ctx.store, p.RegionId, p.SslVpnServerId);
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, server.VpnGatewayId);
  // Cascade (REFERENCE-2 §3.3): clients are dropped, certificates deleted, the server goes.
  disconnectSessions(
    ctx.store,
    sessionsOf(ctx.store, p.RegionId, server.id),
    ctx.now.getTime(),
    'server deleted',
  );
  const certs = ctx.store.table(p.RegionId, SSL_VPN_CLIENT_CERT_KIND);
  for (const c of certsOf(ctx.store, p.RegionId, server.id)) certs.remove(c.id);
  forgetSslLogs(ctx.store, p.RegionId, server.id);
  ctx.store.table(p.RegionId, SSL_VPN_SERVER_KIND).remove(server.id);
  lockVpnGateway(ctx, gw);
  return {};
}

/** SSL-VPN server actions (REFERENCE-2 §3.1–§3.4). */
export const sslVpnServerHandlers: Record<string, ActionHandler> = {
  CreateSslVpnServer: createSslVpnServer,
  ModifySslVpnServer: modifySslVpnServer,
  DeleteSslVpnServer: deleteSslVpnServer,
  DescribeSslVpnServers: describeSslVpnServers,
};
