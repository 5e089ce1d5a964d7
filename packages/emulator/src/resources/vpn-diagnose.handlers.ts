import { z } from 'zod';
import {
  illegalDiagnoseResource,
  illegalIpsecExtendInfo,
  illegalResourceType,
  invalidDiagnoseIdNotFound,
  missingParameter,
} from '../errors.ts';
import type { EffectFn } from '../lifecycle.ts';
import { isIpv4, ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { downloadVpnConnectionConfig } from './vpn-connection.download.ts';
import { describeVpnConnectionLogs } from './vpn-connection.logs.ts';
import { requireVpnConnection } from './vpn-connection.model.ts';
import { diagnoseVpnConnections } from './vpn-diagnose.connections-action.ts';
import { runDiagnosis } from './vpn-diagnose.checks.ts';
import { isoSeconds, VPN_DIAGNOSIS_KIND } from './vpn-diagnose.model.ts';
import type { VpnDiagnosisRecord } from './vpn-diagnose.model.ts';
import { requireVpnGateway } from './vpn-gateway.model.ts';

const diagnoseParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  VpnGatewayId: z.string(),
  ResourceId: z.string(),
  ResourceType: z.string(),
  IPsecExtendInfo: z.string().optional(),
  ClientToken: v.clientToken().optional(),
});

/** `{"PrivateSourceIp":"…","PrivateDestinationIp":"…"}` (JSON text, REFERENCE-2 §1.14). */
function extendInfo(raw: string | undefined): { src: string; dst: string } {
  if (raw === undefined || raw.trim() === '') return { src: '', dst: '' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw illegalIpsecExtendInfo('it must be a JSON object string.');
  }
  const o = (value ?? {}) as Record<string, unknown>;
  const src = String(o.PrivateSourceIp ?? '');
  const dst = String(o.PrivateDestinationIp ?? '');
  if (!isIpv4(src) || !isIpv4(dst))
    throw illegalIpsecExtendInfo(
      'PrivateSourceIp and PrivateDestinationIp must be IPv4 addresses.',
    );
  return { src, dst };
}

/** DiagnoseVpnGateway: starts a one-click diagnosis of one IPsec connection; the lifecycle ends it. */
function diagnoseVpnGateway(ctx: ActionContext) {
  const p = parseParams(diagnoseParams, ctx.params);
  requireRegion(p.RegionId);
  if (p.ResourceType !== 'IPsec') throw illegalResourceType(p.ResourceType);
  const gw = requireVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  const conn = requireVpnConnection(ctx.store, p.RegionId, p.ResourceId);
  if (conn.VpnGatewayId !== gw.id) throw illegalDiagnoseResource(conn.id, gw.id);
  const { src, dst } = extendInfo(p.IPsecExtendInfo);
  const id = ctx.newId('vpndgn', p.RegionId);
  const begin = ctx.lifecycle.now();
  const record: VpnDiagnosisRecord = {
    id,
    regionId: p.RegionId,
    tags: [],
    VpnGatewayId: gw.id,
    ResourceInstanceId: conn.id,
    BeginMs: begin,
    DueMs: begin,
    FinishMs: 0,
    // Six items, seven with the private-connectivity probe (REFERENCE-2 §1.14).
    TotalCount: src ? 7 : 6,
    PrivateSourceIp: src,
    PrivateDestinationIp: dst,
    Results: [],
  };
  ctx.store.table<VpnDiagnosisRecord>(p.RegionId, VPN_DIAGNOSIS_KIND).put(record);
  ctx.lifecycle.schedule({
    regionId: p.RegionId,
    kind: VPN_DIAGNOSIS_KIND,
    resourceId: id,
    duration: 'vpnConnection',
    effect: { name: 'vpn-diagnose.finished', args: { regionId: p.RegionId, diagnoseId: id } },
  });
  const due = ctx.store.state.transitions.find((t) => t.resourceId === id)?.dueAt;
  record.DueMs = due ?? begin;
  return { DiagnoseId: id };
}

/** The diagnosis ran: its report reflects the state at this moment. */
const diagnosisFinished: EffectFn = (store, args, lifecycle) => {
  const { regionId, diagnoseId } = args as { regionId: string; diagnoseId: string };
  const d = store.table<VpnDiagnosisRecord>(regionId, VPN_DIAGNOSIS_KIND).get(diagnoseId);
  if (!d) return;
  d.Results = runDiagnosis(store, d);
  d.TotalCount = d.Results.length;
  d.FinishMs = lifecycle.now();
};

const resultParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  DiagnoseId: z.string().optional(),
  VpnGatewayId: z.string().optional(),
  ClientToken: v.clientToken().optional(),
});

function findDiagnosis(ctx: ActionContext, p: z.output<typeof resultParams>) {
  const table = ctx.store.table<VpnDiagnosisRecord>(p.RegionId, VPN_DIAGNOSIS_KIND);
  if (p.DiagnoseId) {
    const d = table.get(p.DiagnoseId);
    if (!d || (p.VpnGatewayId && d.VpnGatewayId !== p.VpnGatewayId))
      throw invalidDiagnoseIdNotFound(p.DiagnoseId);
    return d;
  }
  if (!p.VpnGatewayId) throw missingParameter('DiagnoseId or VpnGatewayId is mandatory.');
  requireVpnGateway(ctx.store, p.RegionId, p.VpnGatewayId);
  // Only the gateway: its latest diagnosis ([emulator choice], REFERENCE-2 §1.14 "presumably").
  const latest = table
    .list()
    .filter((d) => d.VpnGatewayId === p.VpnGatewayId)
    .sort((a, b) => b.BeginMs - a.BeginMs || b.id.localeCompare(a.id))[0];
  if (!latest) throw invalidDiagnoseIdNotFound(`latest of ${p.VpnGatewayId}`);
  return latest;
}

/** GetVpnGatewayDiagnoseResult: progress while running, the bare `DiagnoseResult[]` once done. */
function getVpnGatewayDiagnoseResult(ctx: ActionContext) {
  const p = parseParams(resultParams, ctx.params);
  requireRegion(p.RegionId);
  // A poll counts like a Describe in manual mode, so `describesToAdvance` finishes it too.
  ctx.lifecycle.countDescribe(p.RegionId);
  const d = findDiagnosis(ctx, p);
  const done = d.FinishMs > 0;
  const span = Math.max(1, d.DueMs - d.BeginMs);
  const progress = Math.min(
    d.TotalCount - 1,
    Math.floor(((ctx.lifecycle.now() - d.BeginMs) / span) * d.TotalCount),
  );
  return {
    DiagnoseId: d.id,
    VpnGatewayId: d.VpnGatewayId,
    ResourceInstanceId: d.ResourceInstanceId,
    ResourceType: 'IPsec',
    BeginTime: isoSeconds(d.BeginMs),
    // Empty while running (REFERENCE-2 §8: unconfirmed, [emulator choice]).
    FinishTime: done ? isoSeconds(d.FinishMs) : '',
    TotalCount: d.TotalCount,
    FinishedCount: done ? d.TotalCount : Math.max(0, progress),
    DiagnoseResult: done ? d.Results : [],
  };
}

const bgpParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  ClientToken: v.clientToken().optional(),
});

/** CheckVpnBgpEnabled: every region this emulator knows supports BGP ([emulator choice]). */
function checkVpnBgpEnabled(ctx: ActionContext) {
  const p = parseParams(bgpParams, ctx.params);
  requireRegion(p.RegionId);
  return { BgpEnabled: true };
}

/** VPN diagnostics: peer config download, negotiation logs, diagnoses (REFERENCE-2 §1.9–§1.14). */
export const vpnDiagnosticsResource: ResourceModule = {
  name: 'vpn-diagnostics',
  handlers: {
    DownloadVpnConnectionConfig: downloadVpnConnectionConfig,
    DescribeVpnConnectionLogs: describeVpnConnectionLogs,
    DiagnoseVpnConnections: diagnoseVpnConnections,
    DiagnoseVpnGateway: diagnoseVpnGateway,
    GetVpnGatewayDiagnoseResult: getVpnGatewayDiagnoseResult,
    CheckVpnBgpEnabled: checkVpnBgpEnabled,
  },
  effects: { 'vpn-diagnose.finished': diagnosisFinished },
};
