import { createHash } from 'node:crypto';
import { z } from 'zod';
import { illegalTimeRange, invalidTunnelIdNotFound, missingParameter } from '../errors.ts';
import { pageParams } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import type { Store } from '../store.ts';
import { requireVpnConnection } from './vpn-connection.model.ts';
import type { VpnConnectionRecord } from './vpn-connection.model.ts';
import { tunnelViews } from './vpn-diagnose.model.ts';
import type { TunnelView } from './vpn-diagnose.model.ts';
import { vpnEventsOf } from './vpn-events.ts';
import type { VpnEventRecord } from './vpn-events.ts';

const MINUTE = 60_000;
// Synthesised lines: one probe per slot, and never more than a week of them ([emulator choice]).
const SLOT_MS = 10 * MINUTE;
const SYNTH_HORIZON_MS = 7 * 24 * 60 * MINUTE;

/** `2026-12-05 21:40:07`, UTC: the syslog-like stamp of the API's own example lines. */
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

const spi = (seed: string) => createHash('sha256').update(seed).digest('hex').slice(0, 8);

function line(c: VpnConnectionRecord, tunnelId: string, at: number, tag: string, text: string) {
  return `${stamp(at)} ${c.id}${tunnelId ? ` ${tunnelId}` : ''} [${tag}]: ${text}`;
}

/** One event as charon (strongSwan) would have logged it. */
export function eventLogLine(
  c: VpnConnectionRecord,
  t: TunnelView | undefined,
  e: VpnEventRecord,
): string {
  const gw = t?.gatewayIp ?? '';
  const peer = t?.customerGatewayIp ?? '';
  const why = e.detail ? `: ${e.detail}` : '';
  const text: Record<VpnEventRecord['type'], [string, string]> = {
    config_applied: ['CFG', `configuration applied, ${gw}...${peer}${why}`],
    ike_sa_established: [
      'IKE',
      `IKE_SA ${c.id}[1] established between ${gw}[${t?.ike.LocalId ?? gw}]...${peer}[${t?.ike.RemoteId ?? peer}]`,
    ],
    ipsec_sa_established: [
      'IKE',
      `CHILD_SA ${c.id}{1} established with SPIs ${spi(`${e.id}i`)}_i ${spi(`${e.id}o`)}_o and TS ${c.LocalSubnet} === ${c.RemoteSubnet}`,
    ],
    negotiation_failed: ['PROTO_ERR', `negotiation failed${why}`],
    peer_down: ['NET', `peer ${peer} not responding${why}`],
    peer_up: ['NET', `peer ${peer} reachable again${why}`],
    dpd_timeout: [
      'IKE',
      `DPD: no response from ${peer} after 5 retransmits, deleting IKE_SA${why}`,
    ],
    failover: ['HA', `traffic failed over to tunnel ${e.tunnelId}${why}`],
    failback: ['HA', `traffic failed back to tunnel ${e.tunnelId}${why}`],
  };
  const [tag, msg] = text[e.type];
  return line(c, e.tunnelId, e.at, tag, msg);
}

/** What one probe of a path logs, judged from its current state ([emulator choice]). */
export function probeLines(c: VpnConnectionRecord, t: TunnelView, at: number): string[] {
  const l = (tag: string, text: string) => line(c, t.tunnelId, at, tag, text);
  const start = `initiating ${t.ike.IkeMode === 'aggressive' ? 'Aggressive' : 'Main'} Mode IKE_SA ${c.id}[1] to ${t.customerGatewayIp}`;
  if (t.status === 'ipsec_sa_established')
    return [
      l('IKE', 'sending DPD request'),
      l('IKE', `received DPD response, ${t.customerGatewayIp} alive`),
    ];
  if (t.peerDown)
    return [
      l('IKE', start),
      l('PROTO_ERR', `Phase1 negotiation timeout: peer ${t.customerGatewayIp} not responding`),
    ];
  if (!c.EffectImmediately && t.status === 'ike_sa_not_established')
    return [
      l(
        'CFG',
        `waiting for traffic to ${c.RemoteSubnet} before negotiating (EffectImmediately=false)`,
      ),
    ];
  if (t.status === 'ike_sa_established' || t.status === 'ipsec_sa_not_established')
    return [
      l('IKE', `IKE_SA ${c.id}[1] established`),
      l(
        'PROTO_ERR',
        'Phase2 negotiation failed: no acceptable proposal or traffic selector mismatch',
      ),
    ];
  return [
    l('IKE', start),
    l(
      'PROTO_ERR',
      'Phase1 negotiation timeout: no IKE response (check the pre-shared key and IKE settings on the peer)',
    ),
  ];
}

/** Lines for a connection that has no recorded events (seeded ones): probes every ten minutes. */
function synthesise(c: VpnConnectionRecord, views: TunnelView[], fromMs: number, toMs: number) {
  const begin = Math.max(fromMs, toMs - SYNTH_HORIZON_MS, c.CreateTime);
  const out: string[] = [];
  if (c.CreateTime >= fromMs && c.CreateTime <= toMs)
    out.push(
      line(
        c,
        '',
        c.CreateTime,
        'CFG',
        `configuration applied: ${c.LocalSubnet} <=> ${c.RemoteSubnet}`,
      ),
    );
  for (let slot = Math.ceil(begin / SLOT_MS) * SLOT_MS; slot <= toMs; slot += SLOT_MS)
    views.forEach((t, i) => out.push(...probeLines(c, t, slot + i * 7_000)));
  return out;
}

/** Every log line of a connection (or one tunnel) in a window, oldest first. */
export function connectionLogLines(
  store: Store,
  c: VpnConnectionRecord,
  fromMs: number,
  toMs: number,
  tunnelId?: string,
): string[] {
  const views = tunnelViews(store, c).filter((t) => !tunnelId || t.tunnelId === tunnelId);
  const events = vpnEventsOf(store, c.regionId, c.id);
  if (events.length === 0) return synthesise(c, views, fromMs, toMs);
  const byId = new Map(tunnelViews(store, c).map((t) => [t.tunnelId, t]));
  return events
    .filter((e) => e.at >= fromMs && e.at <= toMs)
    .filter((e) => !tunnelId || e.tunnelId === tunnelId || e.tunnelId === '')
    .map((e) => eventLogLine(c, byId.get(e.tunnelId) ?? views[0], e));
}

const logsParams = paramsSchema({
  ...ownerParams,
  ...pageParams(50),
  RegionId: z.string(),
  VpnConnectionId: z.string(),
  TunnelId: z.string().optional(),
  From: v.int({ min: 0 }).optional(),
  To: v.int({ min: 0 }).optional(),
  MinutePeriod: v.int({ min: 1, max: 10 }).optional(),
});

/** `From`/`To` (Unix seconds) or `MinutePeriod` → a window in ms (REFERENCE-2 §1.12). */
function windowOf(p: z.output<typeof logsParams>, nowMs: number): [number, number] {
  const span = (p.MinutePeriod ?? 0) * MINUTE;
  if (p.From !== undefined && p.To !== undefined) {
    if (p.From > p.To) throw illegalTimeRange('From is after To.');
    return [p.From * 1000, p.To * 1000];
  }
  if (!span) throw missingParameter('MinutePeriod is mandatory unless both From and To are given.');
  if (p.From !== undefined) return [p.From * 1000, p.From * 1000 + span];
  const to = p.To !== undefined ? p.To * 1000 : nowMs;
  return [to - span, to];
}

/** DescribeVpnConnectionLogs: `Data.Logs` is a bare string array; `Count` counts this page. */
export function describeVpnConnectionLogs(ctx: ActionContext) {
  const p = parseParams(logsParams, ctx.params);
  requireRegion(p.RegionId);
  const conn = requireVpnConnection(ctx.store, p.RegionId, p.VpnConnectionId);
  if (p.TunnelId && !(conn.Tunnels ?? []).some((t) => t.TunnelId === p.TunnelId))
    throw invalidTunnelIdNotFound(p.TunnelId);
  const [fromMs, toMs] = windowOf(p, ctx.lifecycle.now());
  const lines = connectionLogLines(ctx.store, conn, fromMs, toMs, p.TunnelId);
  const PageNumber = p.PageNumber ?? 1;
  const PageSize = p.PageSize ?? 10;
  const page = lines.slice((PageNumber - 1) * PageSize, PageNumber * PageSize);
  return { Count: page.length, IsCompleted: true, PageNumber, PageSize, Data: { Logs: page } };
}
