import { array, obj, response } from '../schema.ts';
import type { Infer } from '../schema.ts';
import { defineAction, requestIdOnly } from './define-action.ts';
import type { ClientTokenRequest } from './define-action.ts';
import { ikeConfig, ipsecConfig } from './vpn-connections.ts';
import type { JsonParam } from './vpn-connections.ts';

/** Fields CreateIpsecServer and UpdateIpsecServer share (SDK 7.3.2 models). */
interface IpsecServerSettable extends ClientTokenRequest {
  RegionId: string;
  /** Local (VPC side) CIDR blocks, comma-separated. */
  LocalSubnet?: string;
  /** The client address pool (CIDR); must not overlap the VPC. */
  ClientIpPool?: string;
  EffectImmediately?: boolean;
  /** JSON text of phase-1 settings (`IkeVersion`, `IkeMode`, `IkeEncAlg`, …). */
  IkeConfig?: JsonParam;
  /** JSON text of phase-2 settings (`IpsecEncAlg`, `IpsecAuthAlg`, `IpsecPfs`, `IpsecLifetime`). */
  IpsecConfig?: JsonParam;
  /** The pre-shared key: a secret, never logged. */
  Psk?: string;
  PskEnabled?: boolean;
  /** `'true'` checks the request only (a string in the SDK model). */
  DryRun?: string;
}

/** CreateIpsecServer request: the name is spelled `IpSecServerName` here. */
export interface CreateIpsecServerRequest extends IpsecServerSettable {
  VpnGatewayId: string;
  LocalSubnet: string;
  ClientIpPool: string;
  IpSecServerName?: string;
}

/** UpdateIpsecServer request: the name is spelled `IpsecServerName` here. */
export interface UpdateIpsecServerRequest extends IpsecServerSettable {
  IpsecServerId: string;
  IpsecServerName?: string;
}

/** DeleteIpsecServer request. */
export interface DeleteIpsecServerRequest extends ClientTokenRequest {
  RegionId: string;
  IpsecServerId: string;
  DryRun?: string;
}

/** ListIpsecServers request: MaxResults/NextToken paging; `IpsecServerId` goes as `.N`. */
export interface ListIpsecServersRequest {
  RegionId: string;
  VpnGatewayId?: string;
  IpsecServerId?: string[];
  IpsecServerName?: string;
  ResourceGroupId?: string;
  MaxResults?: number;
  NextToken?: string;
}

/** ListIpsecServerLogs request: `From`/`To` are Unix seconds, or `MinutePeriod` minutes. */
export interface ListIpsecServerLogsRequest {
  RegionId: string;
  IpsecServerId: string;
  From?: number;
  To?: number;
  MinutePeriod?: number;
  PageNumber?: number;
  PageSize?: number;
}

// The list's IKE object has no Psk: the server's key is the item's own `Psk` field.
const { Psk: _noPsk, ...ikeFields } = ikeConfig.fields;

const ipsecServer = obj({
  IpsecServerId: 'string!',
  IpsecServerName: 'string',
  VpnGatewayId: 'string',
  RegionId: 'string',
  ClientIpPool: 'string',
  LocalSubnet: 'string',
  EffectImmediately: 'bool',
  Psk: 'string',
  PskEnabled: 'bool',
  IkeConfig: obj(ikeFields),
  IpsecConfig: ipsecConfig,
  InternetIp: 'string',
  MaxConnections: 'int',
  OnlineClientCount: 'int',
  MultiFactorAuthEnabled: 'bool',
  IDaaSInstanceId: 'string',
  // ISO 8601 UTC text, unlike the SSL actions' epoch milliseconds.
  CreationTime: 'string',
  ResourceGroupId: 'string',
});

/** An item of ListIpsecServers; `Psk` is the server's pre-shared key (a secret). */
export type IpsecServer = Infer<typeof ipsecServer>;

/** IPsec server actions (client-to-site over IPsec; issue 14 item 4). */
export const ipsecServerActions = {
  CreateIpsecServer: defineAction<CreateIpsecServerRequest>()(
    response({
      IpsecServerId: 'string!',
      IpsecServerName: 'string',
      VpnGatewayId: 'string',
      RegionId: 'string',
      CreationTime: 'string',
    }),
  ),
  UpdateIpsecServer: defineAction<UpdateIpsecServerRequest>()(requestIdOnly),
  DeleteIpsecServer: defineAction<DeleteIpsecServerRequest>()(requestIdOnly),
  ListIpsecServers: defineAction<ListIpsecServersRequest>({ read: true })(
    response({
      TotalCount: 'int!',
      MaxResults: 'int',
      NextToken: 'string',
      IpsecServers: array(ipsecServer),
    }),
  ),
  ListIpsecServerLogs: defineAction<ListIpsecServerLogsRequest>({ read: true })(
    response({
      Count: 'int!',
      IsCompleted: 'bool',
      PageNumber: 'int!',
      PageSize: 'int!',
      Data: array('string'),
    }),
  ),
};

type Actions = typeof ipsecServerActions;
/** ListIpsecServers response. */
export type ListIpsecServersResponse = Infer<Actions['ListIpsecServers']['response']>;
/** ListIpsecServerLogs response (`Data` is a bare string array). */
export type ListIpsecServerLogsResponse = Infer<Actions['ListIpsecServerLogs']['response']>;
