import { list, obj, response } from '../schema.ts';
import type { Fields, Infer } from '../schema.ts';
import { defineAction, pageFields, requestIdOnly, tagList } from './define-action.ts';
import type { ClientTokenRequest, PageRequest, TagInput } from './define-action.ts';

/** A JSON-text parameter; an object is JSON-encoded by the client (REFERENCE §1.2). */
export type JsonParam = string | { readonly [key: string]: string | number | boolean };

/** One tunnel of a dual-tunnel connection (`TunnelOptionsSpecification.N.*`). */
export interface TunnelOptionsInput {
  CustomerGatewayId?: string;
  /** `master` (the other value is presumably `slave`, REFERENCE §3.4). */
  Role?: string;
  EnableDpd?: boolean;
  EnableNatTraversal?: boolean;
  RemoteCaCertificate?: string;
  TunnelBgpConfig?: { LocalAsn?: number; LocalBgpIp?: string; TunnelCidr?: string };
  TunnelIkeConfig?: { readonly [key: string]: string | number };
  TunnelIpsecConfig?: { readonly [key: string]: string | number };
}

/** CreateVpnConnection request (REFERENCE §3.4); `Tags` (plural) here. */
export interface CreateVpnConnectionRequest extends ClientTokenRequest {
  RegionId: string;
  VpnGatewayId: string;
  /** Comma-separated VPC-side CIDRs. */
  LocalSubnet: string;
  /** Comma-separated on-premises CIDRs. */
  RemoteSubnet: string;
  CustomerGatewayId?: string;
  Name?: string;
  EffectImmediately?: boolean;
  AutoConfigRoute?: boolean;
  EnableDpd?: boolean;
  EnableNatTraversal?: boolean;
  EnableTunnelsBgp?: boolean;
  RemoteCaCertificate?: string;
  IkeConfig?: JsonParam;
  IpsecConfig?: JsonParam;
  BgpConfig?: JsonParam;
  HealthCheckConfig?: JsonParam;
  TunnelOptionsSpecification?: TunnelOptionsInput[];
  DryRun?: boolean;
  Tags?: TagInput[];
}

/** DescribeVpnConnections request. */
export interface DescribeVpnConnectionsRequest extends PageRequest {
  RegionId: string;
  VpnGatewayId?: string;
  VpnConnectionId?: string;
  CustomerGatewayId?: string;
  ResourceGroupId?: string;
  Tag?: TagInput[];
}

/** DescribeVpnConnection request. */
export interface DescribeVpnConnectionRequest {
  RegionId: string;
  VpnConnectionId: string;
}

/** DeleteVpnConnection request. */
export interface DeleteVpnConnectionRequest extends ClientTokenRequest {
  RegionId: string;
  VpnConnectionId: string;
}

/** The IKE settings object of connection reads and of DownloadVpnConnectionConfig. */
export const ikeConfig = obj({
  IkeAuthAlg: 'string',
  IkeEncAlg: 'string',
  IkeLifetime: 'int',
  IkeMode: 'string',
  IkePfs: 'string',
  IkeVersion: 'string',
  LocalId: 'string',
  Psk: 'string',
  RemoteId: 'string',
});

/** The IPsec settings object (lifetime an int here, a string in tunnel reads). */
export const ipsecConfig = obj({
  IpsecAuthAlg: 'string',
  IpsecEncAlg: 'string',
  IpsecLifetime: 'int',
  IpsecPfs: 'string',
});

// Tunnel sub-objects carry strings only, lifetimes and ASNs included (sdk model).
const tunnelOptions = obj({
  TunnelId: 'string',
  TunnelIndex: 'int',
  CustomerGatewayId: 'string',
  Role: 'string',
  State: 'string',
  Status: 'string',
  InternetIp: 'string',
  ZoneNo: 'string',
  RemoteCaCertificate: 'string',
  EnableDpd: 'string', // string, REFERENCE §8.8
  EnableNatTraversal: 'string',
  TunnelBgpConfig: obj({
    BgpStatus: 'string',
    LocalAsn: 'string',
    LocalBgpIp: 'string',
    PeerAsn: 'string',
    PeerBgpIp: 'string',
    TunnelCidr: 'string',
  }),
  TunnelIkeConfig: obj({
    IkeAuthAlg: 'string',
    IkeEncAlg: 'string',
    IkeLifetime: 'string',
    IkeMode: 'string',
    IkePfs: 'string',
    IkeVersion: 'string',
    LocalId: 'string',
    Psk: 'string',
    RemoteId: 'string',
  }),
  TunnelIpsecConfig: obj({
    IpsecAuthAlg: 'string',
    IpsecEncAlg: 'string',
    IpsecLifetime: 'string',
    IpsecPfs: 'string',
  }),
});

const connectionFields = {
  VpnConnectionId: 'string!',
  VpnGatewayId: 'string',
  CustomerGatewayId: 'string',
  Name: 'string',
  LocalSubnet: 'string',
  RemoteSubnet: 'string',
  // Epoch milliseconds.
  CreateTime: 'int',
  EffectImmediately: 'bool',
  EnableDpd: 'bool',
  EnableNatTraversal: 'bool',
  EnableTunnelsBgp: 'bool',
  CrossAccountAuthorized: 'bool',
  // Negotiation state: ike_sa_not_established … ipsec_sa_established.
  Status: 'string',
  State: 'string',
  AttachType: 'string',
  AttachInstanceId: 'string',
  InternetIp: 'string',
  NetworkType: 'string',
  RemoteCaCertificate: 'string',
  ResourceGroupId: 'string',
  Spec: 'string',
  TransitRouterId: 'string',
  TransitRouterName: 'string',
  TunnelBandwidth: 'string',
  IkeConfig: ikeConfig,
  IpsecConfig: ipsecConfig,
  VcoHealthCheck: obj({
    Dip: 'string',
    Sip: 'string',
    Enable: 'string',
    Interval: 'int',
    Retry: 'int',
    Policy: 'string',
    Status: 'string',
  }),
  TunnelOptionsSpecification: list('TunnelOptions', tunnelOptions),
} as const satisfies Fields;

const bgpFields = {
  AuthKey: 'string',
  LocalAsn: 'int',
  LocalBgpIp: 'string',
  PeerAsn: 'int',
  PeerBgpIp: 'string',
  Status: 'string',
  TunnelCidr: 'string',
} as const satisfies Fields;

// The list item's user tags sit in `Tag.Tag[]`; the single-object call uses `Tags.Tag[]` (§2.1).
const vpnConnection = obj({ ...connectionFields, VpnBgpConfig: obj(bgpFields), Tag: tagList });

/** An IPsec connection of DescribeVpnConnections. */
export type VpnConnection = Infer<typeof vpnConnection>;

/** IPsec-VPN connection actions (REFERENCE §3.4). */
export const vpnConnectionActions = {
  CreateVpnConnection: defineAction<CreateVpnConnectionRequest>()(
    response({ VpnConnectionId: 'string!', Name: 'string', CreateTime: 'int' }),
  ),
  DescribeVpnConnections: defineAction<DescribeVpnConnectionsRequest>({ read: true })(
    response({ ...pageFields, VpnConnections: list('VpnConnection', vpnConnection) }),
  ),
  DescribeVpnConnection: defineAction<DescribeVpnConnectionRequest>({ read: true })(
    response({
      ...connectionFields,
      ZoneNo: 'string',
      VpnBgpConfig: obj({ ...bgpFields, EnableBgp: 'string' }),
      Tags: tagList,
    }),
  ),
  DeleteVpnConnection: defineAction<DeleteVpnConnectionRequest>()(requestIdOnly),
};

type Actions = typeof vpnConnectionActions;
/** CreateVpnConnection response. */
export type CreateVpnConnectionResponse = Infer<Actions['CreateVpnConnection']['response']>;
/** DescribeVpnConnections response. */
export type DescribeVpnConnectionsResponse = Infer<Actions['DescribeVpnConnections']['response']>;
/** DescribeVpnConnection response (flat). */
export type DescribeVpnConnectionResponse = Infer<Actions['DescribeVpnConnection']['response']>;
/** DeleteVpnConnection response. */
export type DeleteVpnConnectionResponse = Infer<Actions['DeleteVpnConnection']['response']>;
