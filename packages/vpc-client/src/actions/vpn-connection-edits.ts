import { list, obj, response } from '../schema.ts';
import type { Infer } from '../schema.ts';
import { defineAction } from './define-action.ts';
import type { ClientTokenRequest } from './define-action.ts';
import { ikeConfig, ipsecConfig } from './vpn-connections.ts';
import type { JsonParam, TunnelOptionsInput } from './vpn-connections.ts';

/** ModifyVpnConnectionAttribute request, either form (REFERENCE-2 §1.6); omitted fields keep their values. */
export interface ModifyVpnConnectionAttributeRequest extends ClientTokenRequest {
  RegionId: string;
  VpnConnectionId: string;
  Name?: string;
  LocalSubnet?: string;
  RemoteSubnet?: string;
  EffectImmediately?: boolean;
  AutoConfigRoute?: boolean;
  /** Single-tunnel form. */
  CustomerGatewayId?: string;
  EnableDpd?: boolean;
  EnableNatTraversal?: boolean;
  RemoteCaCertificate?: string;
  IkeConfig?: JsonParam;
  IpsecConfig?: JsonParam;
  HealthCheckConfig?: JsonParam;
  BgpConfig?: JsonParam;
  /** Dual-tunnel form; the list goes in the form body. */
  EnableTunnelsBgp?: boolean;
  TunnelOptionsSpecification?: TunnelOptionsInput[];
}

/** ModifyTunnelAttribute request: one tunnel, its object un-indexed in the query (REFERENCE-2 §1.8). */
export interface ModifyTunnelAttributeRequest extends ClientTokenRequest {
  RegionId: string;
  VpnConnectionId: string;
  TunnelId: string;
  TunnelOptionsSpecification?: Omit<TunnelOptionsInput, 'Role' | 'TunnelId'>;
}

// Modify answers bools and ints where Describe answers strings (REFERENCE-2 §1.6, §8).
const tunnelFields = {
  TunnelId: 'string',
  Role: 'string',
  State: 'string',
  CustomerGatewayId: 'string',
  InternetIp: 'string',
  ZoneNo: 'string',
  RemoteCaCertificate: 'string',
  EnableDpd: 'bool',
  EnableNatTraversal: 'bool',
  TunnelIkeConfig: ikeConfig,
  TunnelIpsecConfig: ipsecConfig,
  TunnelBgpConfig: obj({
    EnableBgp: 'bool',
    LocalAsn: 'int',
    LocalBgpIp: 'string',
    PeerAsn: 'int',
    PeerBgpIp: 'string',
    TunnelCidr: 'string',
  }),
} as const;

/** IPsec connection edits (REFERENCE-2 §1.6, §1.8). */
export const vpnConnectionEditActions = {
  ModifyVpnConnectionAttribute: defineAction<ModifyVpnConnectionAttributeRequest>({
    placement: { body: ['TunnelOptionsSpecification'] },
  })(
    response({
      VpnConnectionId: 'string!',
      VpnGatewayId: 'string',
      CustomerGatewayId: 'string',
      Name: 'string',
      LocalSubnet: 'string',
      RemoteSubnet: 'string',
      CreateTime: 'int',
      EffectImmediately: 'bool',
      EnableDpd: 'bool',
      EnableNatTraversal: 'bool',
      EnableTunnelsBgp: 'bool',
      IkeConfig: ikeConfig,
      IpsecConfig: ipsecConfig,
      TunnelOptionsSpecification: list('TunnelOptions', obj(tunnelFields)),
    }),
  ),
  ModifyTunnelAttribute: defineAction<ModifyTunnelAttributeRequest>({
    placement: { unindexed: ['TunnelOptionsSpecification'] },
  })(response(tunnelFields)),
};

type Actions = typeof vpnConnectionEditActions;
/** ModifyVpnConnectionAttribute response (the connection's new settings). */
export type ModifyVpnConnectionAttributeResponse = Infer<
  Actions['ModifyVpnConnectionAttribute']['response']
>;
/** ModifyTunnelAttribute response (the tunnel, flat). */
export type ModifyTunnelAttributeResponse = Infer<Actions['ModifyTunnelAttribute']['response']>;
