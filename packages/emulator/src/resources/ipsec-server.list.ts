import { z } from 'zod';
import { nextTokenMalformed } from '../errors.ts';
import { pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import { IPSEC_SERVER_KIND, renderIpsecServer, requireIpsecServer } from './ipsec-server.model.ts';
import type { IpsecServerRecord } from './ipsec-server.model.ts';
import { logWindow } from './ssl-vpn-client.handlers.ts';
import { requireVpnGateway } from './vpn-gateway.model.ts';

// [emulator choice] NextToken is the next offset in base64url; MaxResults 1–20, default 10.
const encodeToken = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');
function decodeToken(token: string | undefined): number {
  if (token === undefined || token === '') return 0;
  const m = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!m) throw nextTokenMalformed();
  return Number(m[1]);
}

const listParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  VpnGatewayId: z.string().optional(),
  IpsecServerId: v.list(z.string(), 20).optional(),
  IpsecServerName: z.string().optional(),
  ResourceGroupId: z.string().optional(),
  MaxResults: v.int({ min: 1, max: 20 }).optional(),
  NextToken: z.string().optional(),
});

/** ListIpsecServers: a bare `IpsecServers` array with MaxResults/NextToken paging (SDK model). */
export function listIpsecServers(ctx: ActionContext) {
  const p = parseParams(listParams, ctx.params);
  requireRegion(p.RegionId);
  const ids = p.IpsecServerId?.length ? new Set(p.IpsecServerId) : undefined;
  const rows = ctx.store
    .table<IpsecServerRecord>(p.RegionId, IPSEC_SERVER_KIND)
    .list()
    .filter(
      (s) =>
        (p.VpnGatewayId === undefined || s.VpnGatewayId === p.VpnGatewayId) &&
        (ids === undefined || ids.has(s.id)) &&
        (p.IpsecServerName === undefined || s.IpsecServerName === p.IpsecServerName) &&
        (p.ResourceGroupId === undefined || s.ResourceGroupId === p.ResourceGroupId),
    );
  const offset = decodeToken(p.NextToken);
  const max = p.MaxResults ?? 10;
  const page = rows.slice(offset, offset + max);
  return {
    TotalCount: rows.length,
    MaxResults: max,
    // An empty NextToken means the last page.
    NextToken: offset + max < rows.length ? encodeToken(offset + max) : '',
    IpsecServers: page.map((s) =>
      renderIpsecServer(s, requireVpnGateway(ctx.store, p.RegionId, s.VpnGatewayId)),
    ),
  };
}

const logsParams = paramsSchema({
  ...ownerParams,
  ...pageParams(50),
  RegionId: z.string(),
  IpsecServerId: z.string(),
  From: v.int({ min: 0 }).optional(),
  To: v.int({ min: 0 }).optional(),
  MinutePeriod: v.int({ min: 1, max: 10 }).optional(),
});

/** ListIpsecServerLogs: `From`/`To` in seconds or `MinutePeriod`; `Data` is a bare string array. */
export function listIpsecServerLogs(ctx: ActionContext) {
  const p = parseParams(logsParams, ctx.params);
  requireRegion(p.RegionId);
  const server = requireIpsecServer(ctx.store, p.RegionId, p.IpsecServerId);
  // The same window rules as DescribeVpnSslServerLogs ([emulator choice]).
  const { fromMs, toMs } = logWindow(p, ctx.now.getTime());
  // Compared at whole seconds: `To` is a second, and a line of that second belongs to it.
  const sec = (ms: number) => Math.floor(ms / 1000);
  const lines = server.logs
    .filter((l) => sec(l.at) >= sec(fromMs) && sec(l.at) <= sec(toMs))
    .map((l) => l.line);
  const page = paginate(lines, p);
  return {
    Count: page.items.length,
    IsCompleted: true,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    Data: page.items,
  };
}
