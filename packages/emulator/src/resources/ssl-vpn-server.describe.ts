import { z } from 'zod';
import { pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import { renderSslVpnServer, SSL_VPN_SERVER_KIND } from './ssl-vpn-server.model.ts';
import type { SslVpnServerRecord } from './ssl-vpn-server.model.ts';
import { requireVpnGateway } from './vpn-gateway.model.ts';

const describeParams = paramsSchema({
  ...ownerParams,
  ...pageParams(50),
  RegionId: z.string(),
  VpnGatewayId: z.string().optional(),
  SslVpnServerId: z.string().optional(),
  Name: z.string().optional(),
  ResourceGroupId: z.string().optional(),
});

/** DescribeSslVpnServers: filters by gateway, id, name, resource group; PageSize ≤ 50 (§3.4). */
export function describeSslVpnServers(ctx: ActionContext) {
  const p = parseParams(describeParams, ctx.params);
  requireRegion(p.RegionId);
  // An unknown SslVpnServerId filter lists nothing (tf accepts an empty list, REFERENCE-2 §3.4).
  const rows = ctx.store
    .table<SslVpnServerRecord>(p.RegionId, SSL_VPN_SERVER_KIND)
    .list()
    .filter(
      (s) =>
        (p.VpnGatewayId === undefined || s.VpnGatewayId === p.VpnGatewayId) &&
        (p.SslVpnServerId === undefined || s.id === p.SslVpnServerId) &&
        (p.Name === undefined || s.Name === p.Name) &&
        (p.ResourceGroupId === undefined || s.ResourceGroupId === p.ResourceGroupId),
    );
  const page = paginate(rows, p);
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    SslVpnServers: {
      SslVpnServer: page.items.map((s) =>
        renderSslVpnServer(ctx.store, s, requireVpnGateway(ctx.store, p.RegionId, s.VpnGatewayId)),
      ),
    },
  };
}
