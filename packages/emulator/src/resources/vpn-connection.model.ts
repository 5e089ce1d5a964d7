import {
  invalidVpnConnectionAlreadyExists,
  invalidVpnConnectionIdNotFound,
  ipsecNotEnabled,
  malformedParam,
  resourceQuotaFull,
} from '../errors.ts';
import { isCidr } from '../params.ts';
import type { BaseRecord, Store } from '../store.ts';
import { renderTags } from '../tags.ts';
import { cidrRange, ipToInt, VSWITCH_KIND } from './vpc.model.ts';
import type { VSwitchRecord } from './vpc.model.ts';
import { VPN_GATEWAY_KIND } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';
import type { IkeConfig, IpsecConfig } from './vpn-connection.config.ts';
import type { VpnTunnelRecord } from './vpn-tunnel.model.ts';

/** Store kind of IPsec-VPN connections. */
export const VPN_CONNECTION_KIND = 'vpnConnections';

/** Tunnel negotiation states (REFERENCE §4.4). */
export type TunnelStatus =
  | 'ike_sa_not_established'
  | 'ike_sa_established'
  | 'ipsec_sa_not_established'
  | 'ipsec_sa_established';

/**
 * Attachment state ([emulator choice], value set unconfirmed in REFERENCE §7): `init` while the
 * gateway applies the connection, `active` once applied (tf waits for `active`), `deleting`.
 */
export type AttachState = 'init' | 'active' | 'deleting';

/** An IPsec-VPN connection (single tunnel, REFERENCE §3.4). */
export interface VpnConnectionRecord extends BaseRecord {
  Name: string;
  VpnGatewayId: string;
  CustomerGatewayId: string;
  LocalSubnet: string;
  RemoteSubnet: string;
  CreateTime: number;
  EffectImmediately: boolean;
  EnableDpd: boolean;
  EnableNatTraversal: boolean;
  AutoConfigRoute: boolean;
  RemoteCaCertificate: string;
  Status: TunnelStatus;
  State: AttachState;
  IkeConfig: IkeConfig;
  IpsecConfig: IpsecConfig;
  ResourceGroupId: string;
  /** The two tunnels of a dual-tunnel connection; absent or empty for single-tunnel ones. */
  Tunnels?: VpnTunnelRecord[];
}

/** The connection or 404 `InvalidVpnConnectionInstanceId.NotFound`. */
export function requireVpnConnection(
  store: Store,
  regionId: string,
  id: string,
): VpnConnectionRecord {
  const conn = store.table<VpnConnectionRecord>(regionId, VPN_CONNECTION_KIND).get(id);
  if (!conn) throw invalidVpnConnectionIdNotFound(id);
  return conn;
}

/** Connections matching a predicate in one region. */
export function connectionsWhere(
  store: Store,
  regionId: string,
  pred: (c: VpnConnectionRecord) => boolean,
): VpnConnectionRecord[] {
  return store.table<VpnConnectionRecord>(regionId, VPN_CONNECTION_KIND).list().filter(pred);
}

/**
 * Validates a comma-separated CIDR list (LocalSubnet/RemoteSubnet, REFERENCE §3.4), naming the
 * field and the bad entry; returns the normalised list (no spaces).
 */
export function parseSubnetList(field: 'LocalSubnet' | 'RemoteSubnet', raw: string): string {
  const items = raw.split(',').map((s) => s.trim());
  const bad = (why: string) => malformedParam(field, `${field}: ${why}`);
  if (items.length > 10) throw bad('at most 10 CIDR blocks are allowed.');
  for (const cidr of items) {
    if (!isCidr(cidr)) throw bad(`"${cidr}" is not an IPv4 CIDR block such as 192.168.1.0/24.`);
    const [ip = ''] = cidr.split('/');
    if (cidrRange(cidr).first !== ipToInt(ip))
      throw bad(`"${cidr}" has host bits set; use its network address.`);
  }
  if (new Set(items).size !== items.length) throw bad('a CIDR block is listed twice.');
  return items.join(',');
}

function zoneOf(store: Store, gw: VpnGatewayRecord | undefined): string {
  if (!gw) return '';
  const vsw = store.table<VSwitchRecord>(gw.regionId, VSWITCH_KIND).get(gw.VSwitchId);
  return vsw?.ZoneId ?? '';
}

/**
 * A connection in the DescribeVpnConnection(s) shape. The list item carries user tags in the
 * irregular `Tag.Tag[]` wrapper, the single-object call in `Tags.Tag[]` (REFERENCE §3.4, §8.3).
 */
export function renderVpnConnection(store: Store, c: VpnConnectionRecord, single: boolean) {
  const gw = store.table<VpnGatewayRecord>(c.regionId, VPN_GATEWAY_KIND).get(c.VpnGatewayId);
  const tags = renderTags(c.tags);
  return {
    VpnConnectionId: c.id,
    VpnGatewayId: c.VpnGatewayId,
    CustomerGatewayId: c.CustomerGatewayId,
    Name: c.Name,
    LocalSubnet: c.LocalSubnet,
    RemoteSubnet: c.RemoteSubnet,
    CreateTime: c.CreateTime,
    EffectImmediately: c.EffectImmediately,
    EnableDpd: c.EnableDpd,
    EnableNatTraversal: c.EnableNatTraversal,
    EnableTunnelsBgp: false,
    CrossAccountAuthorized: false,
    Status: c.Status,
    State: c.State,
    AttachType: 'VPNGW',
    AttachInstanceId: '',
    InternetIp: gw?.InternetIp ?? '',
    NetworkType: gw?.NetworkType ?? 'public',
    RemoteCaCertificate: c.RemoteCaCertificate,
    ResourceGroupId: c.ResourceGroupId,
    Spec: gw ? `${gw.Bandwidth}M` : '',
    TransitRouterId: '',
    TransitRouterName: '',
    TunnelBandwidth: '',
    IkeConfig: c.IkeConfig,
    IpsecConfig: c.IpsecConfig,
    VcoHealthCheck: {
      Enable: 'false',
      Dip: '',
      Sip: '',
      Interval: 3,
      Retry: 3,
      Policy: '',
      Status: '',
    },
    TunnelOptionsSpecification: { TunnelOptions: [] as unknown[] },
    ...(single
      ? {
          ZoneNo: zoneOf(store, gw),
          VpnBgpConfig: { EnableBgp: 'false', LocalAsn: 45104, Status: 'false' },
          Tags: tags,
        }
      : { VpnBgpConfig: { LocalAsn: 45104, Status: 'false' }, Tag: tags }),
  };
}

/** IPsec connections per gateway ([emulator choice]: 10, answered `Resource.QuotaFull`, §5.4). */
export const CONNECTIONS_PER_GATEWAY = 10;

/** A new connection needs IPsec on the gateway, a new gateway/customer-gateway pair and room. */
export function checkNewConnection(store: Store, gw: VpnGatewayRecord, cgwId: string): void {
  if (!gw.EnableIpsec) throw ipsecNotEnabled(gw.id);
  const pair = (c: VpnConnectionRecord) =>
    c.VpnGatewayId === gw.id && c.CustomerGatewayId === cgwId;
  if (connectionsWhere(store, gw.regionId, pair).length > 0)
    throw invalidVpnConnectionAlreadyExists(gw.id, cgwId);
  const onGateway = connectionsWhere(store, gw.regionId, (c) => c.VpnGatewayId === gw.id);
  if (onGateway.length >= CONNECTIONS_PER_GATEWAY)
    throw resourceQuotaFull(gw.id, CONNECTIONS_PER_GATEWAY);
}
