import { z } from 'zod';
import { illegalSslLogTimeRange, missingParameter, visuallySslNotSupport } from '../errors.ts';
import { pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ActionHandler } from '../resource-module.ts';
import { renderSession, SSL_VPN_CLIENT_KIND, sslLogLines } from './ssl-vpn-client.model.ts';
import type { SslVpnSessionRecord } from './ssl-vpn-client.model.ts';
import { requireSslVpnServer } from './ssl-vpn-server.model.ts';
import { renderVpnGateway, requireVpnGateway } from './vpn-gateway.model.ts';

/** True when a gateway's `Tag` (JSON text of system labels) has `VisuallySsl` on (REFERENCE-2 §1.1). */
export function hasVisuallySsl(tag: string): boolean {
  try {
    const labels = JSON.parse(tag) as Record<string, unknown>;
    return labels.VisuallySsl === true || labels.VisuallySsl === 'true';
  } catch {
    return false;
  }
}

const clientsParams = paramsSchema({
  ...ownerParams,
  ...pageParams(50),
  RegionId: z.string(),
  VpnGatewayId: z.string(),
});

function describeSslVpnClients(ctx: ActionContext) {
  const p = parseParams(clientsParams, ctx.params);
  requireRegion(p.RegionId);
  const gw = requireVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  // Only gateways with the `VisuallySsl` system label can list clients (REFERENCE-2 §3.10).
  if (!hasVisuallySsl(renderVpnGateway(gw).Tag)) throw visuallySslNotSupport(gw.id);
  const rows = ctx.store
    .table<SslVpnSessionRecord>(p.RegionId, SSL_VPN_CLIENT_KIND)
    .list()
    .filter((s) => s.VpnGatewayId === gw.id)
    .sort((a, b) => a.ConnectedTime - b.ConnectedTime);
  const page = paginate(rows, p);
  const now = ctx.now.getTime();
  return {
    RegionId: p.RegionId,
    VpnGatewayId: gw.id,
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    // A bare array, not `{ ClientInfoList: { ClientInfo: [] } }` (REFERENCE-2 §0.2).
    ClientInfoList: page.items.map((s) => renderSession(s, now)),
  };
}

const MINUTE = 60_000;

const logsParams = paramsSchema({
  ...ownerParams,
  ...pageParams(50),
  RegionId: z.string(),
  // Word order `VpnSsl…`, not `SslVpn…` (REFERENCE-2 §3.11).
  VpnSslServerId: z.string(),
  SslVpnClientCertId: z.string().optional(),
  From: v.int({ min: 0 }).optional(),
  To: v.int({ min: 0 }).optional(),
  // Range undocumented for SSL logs: the connection logs' 1–10 ([emulator choice]).
  MinutePeriod: v.int({ min: 1, max: 10 }).optional(),
});

/** `From`/`To` (Unix **seconds**) and/or `MinutePeriod` → a window in ms (REFERENCE-2 §3.11). */
export function logWindow(
  p: { From?: number | undefined; To?: number | undefined; MinutePeriod?: number | undefined },
  nowMs: number,
): { fromMs: number; toMs: number } {
  const span = (p.MinutePeriod ?? 0) * MINUTE;
  if (p.From !== undefined && p.To !== undefined) {
    if (p.From > p.To) throw illegalSslLogTimeRange('From is after To.');
    return { fromMs: p.From * 1000, toMs: p.To * 1000 };
  }
  if (!span)
    throw missingParameter(
      p.From === undefined && p.To === undefined
        ? 'MinutePeriod is mandatory when neither From nor To is given.'
        : 'From and To go together, or one of them with MinutePeriod.',
    );
  if (p.From !== undefined) return { fromMs: p.From * 1000, toMs: p.From * 1000 + span };
  if (p.To !== undefined) return { fromMs: p.To * 1000 - span, toMs: p.To * 1000 };
  return { fromMs: nowMs - span, toMs: nowMs };
}

function describeVpnSslServerLogs(ctx: ActionContext) {
  const p = parseParams(logsParams, ctx.params);
  requireRegion(p.RegionId);
  // No error table exists (403 only): an unknown server answers the family's not-found code.
  const server = requireSslVpnServer(ctx.store, p.RegionId, p.VpnSslServerId);
  const window = logWindow(p, ctx.now.getTime());
  const lines = sslLogLines(ctx.store, p.RegionId, server.id, {
    ...window,
    certId: p.SslVpnClientCertId,
  });
  const page = paginate(lines, p);
  return {
    Count: page.items.length,
    // "Whether the queried logs are accurate": the emulator's log is complete ([emulator choice]).
    IsCompleted: true,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    Data: { Logs: page.items },
  };
}

/** Connected SSL clients and SSL server logs (REFERENCE-2 §3.10, §3.11). */
export const sslVpnClientHandlers: Record<string, ActionHandler> = {
  DescribeSslVpnClients: describeSslVpnClients,
  DescribeVpnSslServerLogs: describeVpnSslServerLogs,
};
