import {
  type ConnectionLogs,
  type DiagnoseCheck,
  type Diagnosis,
  type StartDiagnosisRequest,
} from '@gc/contracts';
import type { VpcClient } from '@gc/vpc-client';
import { upstreamCall } from '../upstream-error-map.ts';
import { VPN_DIAGNOSTICS_ERRORS } from '../upstream-error-tables.ts';
import { readLogWindow } from './kit/log-window.ts';

const LEVELS = new Set<string>(['normal', 'warning', 'error']);

function decode(text: string | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { value };
  } catch {
    return { text: text ?? '' };
  }
}

/** Negotiation logs and one-click diagnoses of IPsec connections (REFERENCE-2 §1.12–§1.14). */
export class VpnDiagnosticsService {
  constructor(
    private readonly client: VpcClient,
    private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  /** Log lines between `from` and `to` (Unix seconds; default: the last hour), oldest first. */
  async logs(
    regionId: string,
    id: string,
    query: { from?: number; to?: number; tunnelId?: string },
  ): Promise<ConnectionLogs> {
    const w = await readLogWindow(query, this.nowSeconds(), async ({ from, to, ...page }) => {
      const r = await upstreamCall(VPN_DIAGNOSTICS_ERRORS, () =>
        this.client.describeVpnConnectionLogs({
          RegionId: regionId,
          VpnConnectionId: id,
          TunnelId: query.tunnelId,
          From: from,
          To: to,
          ...page,
        }),
      );
      return r.Data?.Logs ?? [];
    });
    return {
      vpnConnectionId: id,
      ...(query.tunnelId ? { tunnelId: query.tunnelId } : {}),
      ...w,
    };
  }

  /** Starts a diagnosis of one connection of the gateway; answers its id. */
  async start(
    regionId: string,
    vpnGatewayId: string,
    body: StartDiagnosisRequest,
  ): Promise<{ diagnoseId: string }> {
    const pair = body.privateSourceIp
      ? JSON.stringify({
          PrivateSourceIp: body.privateSourceIp,
          PrivateDestinationIp: body.privateDestinationIp,
        })
      : undefined;
    const r = await upstreamCall(VPN_DIAGNOSTICS_ERRORS, () =>
      this.client.diagnoseVpnGateway({
        RegionId: regionId,
        VpnGatewayId: vpnGatewayId,
        ResourceId: body.vpnConnectionId,
        ResourceType: 'IPsec',
        IPsecExtendInfo: pair,
      }),
    );
    return { diagnoseId: r.DiagnoseId };
  }

  /** A diagnosis report; `latest` is the gateway's latest one. */
  async diagnosis(regionId: string, vpnGatewayId: string, diagnoseId: string): Promise<Diagnosis> {
    const r = await upstreamCall(VPN_DIAGNOSTICS_ERRORS, () =>
      this.client.getVpnGatewayDiagnoseResult({
        RegionId: regionId,
        VpnGatewayId: vpnGatewayId,
        ...(diagnoseId === 'latest' ? {} : { DiagnoseId: diagnoseId }),
      }),
    );
    const checks: DiagnoseCheck[] = r.DiagnoseResult.map((d) => ({
      name: d.DiagnoseName,
      // An unknown level is shown as the worst rather than hidden.
      level: (LEVELS.has(d.DiagnoseResultLevel)
        ? d.DiagnoseResultLevel
        : 'error') as DiagnoseCheck['level'],
      details: decode(d.DiagnoseResultDescription),
    }));
    return {
      diagnoseId: r.DiagnoseId,
      vpnGatewayId: r.VpnGatewayId ?? vpnGatewayId,
      vpnConnectionId: r.ResourceInstanceId ?? '',
      beginTime: r.BeginTime ?? '',
      ...(r.FinishTime ? { finishTime: r.FinishTime } : {}),
      finished: Boolean(r.FinishTime),
      finishedCount: r.FinishedCount ?? 0,
      totalCount: r.TotalCount ?? checks.length,
      checks,
    };
  }
}
