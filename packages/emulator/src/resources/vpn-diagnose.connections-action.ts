import { z } from 'zod';
import { invalidTunnelIdNotFound, missingParameter } from '../errors.ts';
import { pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import { connectionsWhere, requireVpnConnection } from './vpn-connection.model.ts';
import type { VpnConnectionRecord } from './vpn-connection.model.ts';
import { diagnoseConnection } from './vpn-diagnose.connections.ts';
import type { ConnectionDiagnosis } from './vpn-diagnose.connections.ts';

const params = paramsSchema({
  ...ownerParams,
  ...pageParams(100),
  RegionId: z.string(),
  VpnGatewayId: z.string().optional(),
  VpnConnectionIds: v.list(z.string(), 100).optional(),
  TunnelIds: v.list(z.string(), 100).optional(),
});

/**
 * DiagnoseVpnConnections (REFERENCE-2 §1.13): `VpnConnectionIds` for single-tunnel connections,
 * `TunnelIds` for dual-tunnel ones. [emulator choice]: a dual-tunnel connection named in
 * `VpnConnectionIds` stands for both its tunnels; with neither list, `VpnGatewayId` selects
 * every connection of the gateway. `VpnConnections` is a bare array.
 */
export function diagnoseVpnConnections(ctx: ActionContext) {
  const p = parseParams(params, ctx.params);
  requireRegion(p.RegionId);
  const now = ctx.lifecycle.now();
  const all = (c: VpnConnectionRecord) => diagnoseConnection(ctx.store, c, now);
  const rows: ConnectionDiagnosis[] = [];
  for (const id of p.VpnConnectionIds ?? [])
    rows.push(...all(requireVpnConnection(ctx.store, p.RegionId, id)));
  for (const tunnelId of p.TunnelIds ?? []) {
    const [conn] = connectionsWhere(ctx.store, p.RegionId, (c) =>
      (c.Tunnels ?? []).some((t) => t.TunnelId === tunnelId),
    );
    if (!conn) throw invalidTunnelIdNotFound(tunnelId);
    rows.push(...diagnoseConnection(ctx.store, conn, now, new Set([tunnelId])));
  }
  if (!p.VpnConnectionIds?.length && !p.TunnelIds?.length) {
    if (!p.VpnGatewayId) throw missingParameter('VpnConnectionIds or TunnelIds is mandatory.');
    for (const c of connectionsWhere(
      ctx.store,
      p.RegionId,
      (c) => c.VpnGatewayId === p.VpnGatewayId,
    ))
      rows.push(...all(c));
  }
  const gatewayOf = new Map(
    connectionsWhere(ctx.store, p.RegionId, () => true).map((c) => [c.id, c.VpnGatewayId]),
  );
  const kept = rows.filter(
    (r) => !p.VpnGatewayId || gatewayOf.get(r.VpnConnectionId) === p.VpnGatewayId,
  );
  const page = paginate(kept, p);
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    VpnConnections: page.items,
  };
}
