import { z } from 'zod';
import { pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ActionHandler } from '../resource-module.ts';
import { renderSslVpnClientCertWithKeys } from './ssl-vpn-client-cert.material.ts';
import {
  CERT_VALIDITY_MS,
  checkCertQuota,
  renderSslVpnClientCert,
  requireSslVpnClientCert,
  SSL_VPN_CLIENT_CERT_KIND,
} from './ssl-vpn-client-cert.model.ts';
import type { SslVpnClientCertRecord } from './ssl-vpn-client-cert.model.ts';
import { restartSslServer } from './ssl-vpn-client.connect.ts';
import { requireSslVpnServer } from './ssl-vpn-server.model.ts';
import { lockVpnGateway } from './vpn-gateway.lock.ts';
import { requireActiveVpnGateway, requireVpnGateway } from './vpn-gateway.model.ts';

const NAME = () => v.str({ min: 1, max: 100, pattern: /^(?!https?:\/\/)/i, code: 'InvalidName' });

const createParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  SslVpnServerId: z.string(),
  Name: NAME().optional(),
  ClientToken: v.clientToken().optional(),
});

function createSslVpnClientCert(ctx: ActionContext) {
  const p = parseParams(createParams, ctx.params);
  requireRegion(p.RegionId);
  const server = requireSslVpnServer(ctx.store, p.RegionId, p.SslVpnServerId);
  checkCertQuota(ctx.store, server);
  // Async effect not stated: treated as gateway-updating ([emulator choice], REFERENCE-2 §7.1).
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, server.VpnGatewayId);
  const id = ctx.newId('vsc', p.RegionId);
  const cert: SslVpnClientCertRecord = {
    id,
    regionId: p.RegionId,
    tags: [],
    Name: p.Name ?? id,
    SslVpnServerId: server.id,
    VpnGatewayId: gw.id,
    CreateTime: ctx.now.getTime(),
    EndTime: ctx.now.getTime() + CERT_VALIDITY_MS,
    ResourceGroupId: server.ResourceGroupId,
  };
  server.certCreations += 1;
  ctx.store.table<SslVpnClientCertRecord>(p.RegionId, SSL_VPN_CLIENT_CERT_KIND).put(cert);
  lockVpnGateway(ctx, gw);
  return { SslVpnClientCertId: id, Name: cert.Name };
}

const modifyParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  SslVpnClientCertId: z.string(),
  // "cannot be empty" (REFERENCE-2 §3.6): an empty Name is refused like a bad one.
  Name: NAME().optional(),
  ClientToken: v.clientToken().optional(),
});

function modifySslVpnClientCert(ctx: ActionContext) {
  const p = parseParams(modifyParams, ctx.params);
  requireRegion(p.RegionId);
  const cert = requireSslVpnClientCert(ctx.store, p.RegionId, p.SslVpnClientCertId);
  // A rename is metadata: synchronous, no gateway lock (REFERENCE-2 §0.5).
  if (p.Name !== undefined) cert.Name = p.Name;
  return { SslVpnClientCertId: cert.id, Name: cert.Name };
}

const deleteParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  SslVpnClientCertId: z.string(),
  ClientToken: v.clientToken().optional(),
});

function deleteSslVpnClientCert(ctx: ActionContext) {
  const p = parseParams(deleteParams, ctx.params);
  requireRegion(p.RegionId);
  const cert = requireSslVpnClientCert(ctx.store, p.RegionId, p.SslVpnClientCertId);
  const server = requireSslVpnServer(ctx.store, p.RegionId, cert.SslVpnServerId);
  const gw = requireActiveVpnGateway(ctx.store, p.RegionId, server.VpnGatewayId);
  ctx.store.table(p.RegionId, SSL_VPN_CLIENT_CERT_KIND).remove(cert.id);
  // Deleting any certificate drops every client of the server (REFERENCE-2 §3.7).
  restartSslServer(
    ctx,
    gw,
    server,
    `certificate ${cert.id} deleted, server restarting`,
    (s) => s.SslVpnClientCertId !== cert.id,
  );
  return {};
}

const describeOneParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  SslVpnClientCertId: z.string(),
});

function describeSslVpnClientCert(ctx: ActionContext) {
  const p = parseParams(describeOneParams, ctx.params);
  requireRegion(p.RegionId);
  const cert = requireSslVpnClientCert(ctx.store, p.RegionId, p.SslVpnClientCertId);
  const server = requireSslVpnServer(ctx.store, p.RegionId, cert.SslVpnServerId);
  const gw = requireVpnGateway(ctx.store, p.RegionId, server.VpnGatewayId);
  return renderSslVpnClientCertWithKeys(server, cert, gw, ctx.now.getTime());
}

const describeParams = paramsSchema({
  ...ownerParams,
  ...pageParams(50),
  RegionId: z.string(),
  SslVpnServerId: z.string().optional(),
  SslVpnClientCertId: z.string().optional(),
  Name: z.string().optional(),
  ResourceGroupId: z.string().optional(),
});

function describeSslVpnClientCerts(ctx: ActionContext) {
  const p = parseParams(describeParams, ctx.params);
  requireRegion(p.RegionId);
  const rows = ctx.store
    .table<SslVpnClientCertRecord>(p.RegionId, SSL_VPN_CLIENT_CERT_KIND)
    .list()
    .filter(
      (c) =>
        (p.SslVpnServerId === undefined || c.SslVpnServerId === p.SslVpnServerId) &&
        (p.SslVpnClientCertId === undefined || c.id === p.SslVpnClientCertId) &&
        (p.Name === undefined || c.Name === p.Name) &&
        (p.ResourceGroupId === undefined || c.ResourceGroupId === p.ResourceGroupId),
    );
  const page = paginate(rows, p);
  const now = ctx.now.getTime();
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    // The wrapper is `SslVpnClientCertKeys.SslVpnClientCertKey` (REFERENCE-2 §3.9).
    SslVpnClientCertKeys: {
      SslVpnClientCertKey: page.items.map((c) => renderSslVpnClientCert(c, now)),
    },
  };
}

/** SSL-VPN client certificate actions (REFERENCE-2 §3.5–§3.9). */
export const sslVpnClientCertHandlers: Record<string, ActionHandler> = {
  CreateSslVpnClientCert: createSslVpnClientCert,
  ModifySslVpnClientCert: modifySslVpnClientCert,
  DeleteSslVpnClientCert: deleteSslVpnClientCert,
  DescribeSslVpnClientCert: describeSslVpnClientCert,
  DescribeSslVpnClientCerts: describeSslVpnClientCerts,
};
