import { array, list, obj, response } from '../schema.ts';
import type { Infer } from '../schema.ts';
import { defineAction, pageFields } from './define-action.ts';
import type { ClientTokenRequest, PageRequest } from './define-action.ts';
import { ikeConfig, ipsecConfig } from './vpn-connections.ts';

/** DownloadVpnConnectionConfig request (REFERENCE-2 §1.10). */
export interface DownloadVpnConnectionConfigRequest {
  RegionId: string;
  VpnConnectionId: string;
}

/** DescribeVpnConnectionLogs request: `From`/`To` are Unix **seconds** (REFERENCE-2 §1.12). */
export interface DescribeVpnConnectionLogsRequest extends PageRequest {
  RegionId: string;
  VpnConnectionId: string;
  /** Dual-tunnel connections only. */
  TunnelId?: string;
  From?: number;
  To?: number;
  /** 1–10; required when neither `From` nor `To` is given. */
  MinutePeriod?: number;
}

/** DiagnoseVpnConnections request: `VpnConnectionIds` (single-tunnel) or `TunnelIds` (dual). */
export interface DiagnoseVpnConnectionsRequest extends PageRequest {
  RegionId: string;
  VpnGatewayId?: string;
  VpnConnectionIds?: string[];
  TunnelIds?: string[];
}

/** DiagnoseVpnGateway request: diagnoses one IPsec connection (`ResourceId`). */
export interface DiagnoseVpnGatewayRequest extends ClientTokenRequest {
  RegionId: string;
  VpnGatewayId: string;
  ResourceId: string;
  /** `IPsec`, the only value. */
  ResourceType: string;
  /** JSON text `{"PrivateSourceIp":"…","PrivateDestinationIp":"…"}`. */
  IPsecExtendInfo?: string;
}

/** GetVpnGatewayDiagnoseResult request: at least one of `DiagnoseId` / `VpnGatewayId`. */
export interface GetVpnGatewayDiagnoseResultRequest extends ClientTokenRequest {
  RegionId: string;
  DiagnoseId?: string;
  VpnGatewayId?: string;
}

/** CheckVpnBgpEnabled request. */
export interface CheckVpnBgpEnabledRequest extends ClientTokenRequest {
  RegionId: string;
}

// Lifetimes are ints here, unlike DescribeVpnConnection's tunnel strings (REFERENCE-2 §8).
// `Local*` is the customer device's side in SDK 7.3.2 (REFERENCE-2 §1.10 disagreement).
const vpnConnectionConfig = obj({
  Local: 'string',
  Remote: 'string',
  LocalSubnet: 'string',
  RemoteSubnet: 'string',
  IkeConfig: ikeConfig,
  IpsecConfig: ipsecConfig,
  TunnelsConfig: list(
    'TunnelConfig',
    obj({
      TunnelId: 'string',
      Local: 'string',
      Remote: 'string',
      IkeConfig: ikeConfig,
      IpsecConfig: ipsecConfig,
    }),
  ),
  BgpConfigs: list(
    'BgpConfig',
    obj({
      TunnelId: 'string',
      TunnelCidr: 'string',
      LocalAsn: 'string',
      LocalBgpIp: 'string',
      PeerAsn: 'string',
      PeerBgpIp: 'string',
    }),
  ),
});

/** The peer device's configuration of DownloadVpnConnectionConfig. */
export type VpnConnectionConfig = Infer<typeof vpnConnectionConfig>;

const connectionDiagnosis = obj({
  VpnConnectionId: 'string',
  TunnelId: 'string',
  /** `Critical` | `Warn` | `Normal`. */
  Severity: 'string',
  FailedReason: 'string',
  FailedReasonCode: 'string',
  // Epoch milliseconds.
  FailedTime: 'int',
  MismatchLocalParam: 'string',
  MismatchRemoteParam: 'string',
  SourceLog: 'string',
});

const diagnoseItem = obj({
  DiagnoseName: 'string!',
  /** `normal` | `warning` | `error`. */
  DiagnoseResultLevel: 'string!',
  /** JSON text; its keys depend on the item (REFERENCE-2 §1.14). */
  DiagnoseResultDescription: 'string',
});

/** One check of a one-click diagnosis report. */
export type VpnDiagnoseItem = Infer<typeof diagnoseItem>;

/**
 * VPN diagnostics actions (REFERENCE-2 §1.9, §1.10, §1.12–§1.14); the lists are bare arrays.
 * Only the log read is declared a read: the others are not Describe/List actions, and keeping
 * them out of the BFF's read cache also keeps the downloaded pre-shared keys out of it.
 */
export const vpnDiagnosticsActions = {
  DownloadVpnConnectionConfig: defineAction<DownloadVpnConnectionConfigRequest>()(
    response({ VpnConnectionConfig: vpnConnectionConfig }),
  ),
  DescribeVpnConnectionLogs: defineAction<DescribeVpnConnectionLogsRequest>({ read: true })(
    response({
      Count: 'int!',
      IsCompleted: 'bool',
      PageNumber: 'int!',
      PageSize: 'int!',
      Data: obj({ Logs: array('string') }),
    }),
  ),
  DiagnoseVpnConnections: defineAction<DiagnoseVpnConnectionsRequest>()(
    response({ ...pageFields, VpnConnections: array(connectionDiagnosis) }),
  ),
  DiagnoseVpnGateway: defineAction<DiagnoseVpnGatewayRequest>()(
    response({ DiagnoseId: 'string!' }),
  ),
  GetVpnGatewayDiagnoseResult: defineAction<GetVpnGatewayDiagnoseResultRequest>()(
    response({
      DiagnoseId: 'string!',
      VpnGatewayId: 'string',
      ResourceInstanceId: 'string',
      ResourceType: 'string',
      // ISO strings here, not epoch ms; FinishTime is empty while the diagnosis runs.
      BeginTime: 'string',
      FinishTime: 'string',
      FinishedCount: 'int',
      TotalCount: 'int',
      DiagnoseResult: array(diagnoseItem),
    }),
  ),
  CheckVpnBgpEnabled: defineAction<CheckVpnBgpEnabledRequest>()(response({ BgpEnabled: 'bool!' })),
};

type Actions = typeof vpnDiagnosticsActions;
/** DownloadVpnConnectionConfig response. */
export type DownloadVpnConnectionConfigResponse = Infer<
  Actions['DownloadVpnConnectionConfig']['response']
>;
/** DescribeVpnConnectionLogs response. */
export type DescribeVpnConnectionLogsResponse = Infer<
  Actions['DescribeVpnConnectionLogs']['response']
>;
/** DiagnoseVpnConnections response. */
export type DiagnoseVpnConnectionsResponse = Infer<Actions['DiagnoseVpnConnections']['response']>;
/** DiagnoseVpnGateway response. */
export type DiagnoseVpnGatewayResponse = Infer<Actions['DiagnoseVpnGateway']['response']>;
/** GetVpnGatewayDiagnoseResult response. */
export type GetVpnGatewayDiagnoseResultResponse = Infer<
  Actions['GetVpnGatewayDiagnoseResult']['response']
>;
/** CheckVpnBgpEnabled response. */
export type CheckVpnBgpEnabledResponse = Infer<Actions['CheckVpnBgpEnabled']['response']>;
