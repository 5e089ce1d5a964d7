import {
  illegalParamSubnet,
  invalidVpnConnectionAlreadyExists,
  invalidVpnConnectionIdNotFound,
  ipsecNotEnabled,
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
import type { HealthCheck, SingleBgp } from './vpn-connection.single.ts';
import { renderHealthCheck, renderSingleBgp } from './vpn-connection.single.ts';
import { renderTunnelForDescribe } from './vpn-tunnel.render.ts';
import { CUSTOMER_GATEWAY_KIND } from './customer-gateway.model.ts';
import type { CustomerGatewayRecord } from './customer-gateway.model.ts';

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
export type AttachState = 'init' | 'active' | 'updating' | 'deleting';

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
  /** Dual-tunnel BGP switch (each tunnel then has a TunnelBgpConfig). */
  EnableTunnelsBgp?: boolean;
  /** Single-tunnel `HealthCheckConfig` / `BgpConfig`, when one was sent. */
  HealthCheck?: HealthCheck;
  Bgp?: SingleBgp;
  /** Single-tunnel: the admin API marked the peer down (dual tunnels keep it per tunnel). */
  PeerDown?: boolean;
}

/** True for a dual-tunnel connection. */
export const isDualTunnel = (c: VpnConnectionRecord): boolean => (c.Tunnels?.length ?? 0) > 0;

/** Every customer gateway a connection uses (one, or one per tunnel). */
export function customerGatewaysOf(c: VpnConnectionRecord): string[] {
  return isDualTunnel(c)
    ? [...new Set((c.Tunnels ?? []).map((t) => t.CustomerGatewayId))]
    : [c.CustomerGatewayId];
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
  // 400 IllegalParam.<Field> with the documented message (REFERENCE-2 §6 row 7), plus why.
  const bad = (why: string) => illegalParamSubnet(field, raw, `${field}: ${why}`);
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

/** The zone of a gateway's vSwitch (tunnel 1, single tunnel) or of its DR vSwitch (tunnel 2). */
export function zoneOf(store: Store, gw: VpnGatewayRecord | undefined, dr = false): string {
  if (!gw) return '';
  const id = dr ? gw.DisasterRecoveryVSwitchId : gw.VSwitchId;
  const vsw = store.table<VSwitchRecord>(gw.regionId, VSWITCH_KIND).get(id);
  return vsw?.ZoneId ?? '';
}

/**
 * A connection in the DescribeVpnConnection(s) shape. The list item carries user tags in the
 * irregular `Tag.Tag[]` wrapper, the single-object call in `Tags.Tag[]` (REFERENCE §3.4, §8.3).
 */
export function renderVpnConnection(store: Store, c: VpnConnectionRecord, single: boolean) {
  const gw = store.table<VpnGatewayRecord>(c.regionId, VPN_GATEWAY_KIND).get(c.VpnGatewayId);
  const tags = renderTags(c.tags);
  const dual = isDualTunnel(c);
  const cgw = store
    .table<CustomerGatewayRecord>(c.regionId, CUSTOMER_GATEWAY_KIND)
    .get(c.CustomerGatewayId);
  // [emulator choice] (REFERENCE-2 §1.7): a dual-tunnel connection answers its settings per
  // tunnel only; a single-tunnel one keeps them at the top level and an empty tunnel list.
  const singleTunnelFields = dual
    ? {}
    : {
        CustomerGatewayId: c.CustomerGatewayId,
        EnableDpd: c.EnableDpd,
        EnableNatTraversal: c.EnableNatTraversal,
        IkeConfig: c.IkeConfig,
        IpsecConfig: c.IpsecConfig,
        VcoHealthCheck: renderHealthCheck(c),
        VpnBgpConfig: renderSingleBgp(c, cgw?.Asn ?? 0, single),
      };
  return {
    VpnConnectionId: c.id,
    VpnGatewayId: c.VpnGatewayId,
    Name: c.Name,
    LocalSubnet: c.LocalSubnet,
    RemoteSubnet: c.RemoteSubnet,
    CreateTime: c.CreateTime,
    EffectImmediately: c.EffectImmediately,
    EnableTunnelsBgp: c.EnableTunnelsBgp ?? false,
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
    ...singleTunnelFields,
    TunnelOptionsSpecification: {
      TunnelOptions: (c.Tunnels ?? []).map(renderTunnelForDescribe),
    },
    ...(single ? { ZoneNo: zoneOf(store, gw), Tags: tags } : { Tag: tags }),
  };
}

/** IPsec connections per gateway ([emulator choice]: 10, answered `Resource.QuotaFull`, §5.4). */
export const CONNECTIONS_PER_GATEWAY = 10;

/**
 * A new connection needs IPsec on the gateway, customer gateways no other connection of the
 * gateway uses (both tunnels of one connection may share one), and room.
 */
export function checkNewConnection(
  store: Store,
  gw: VpnGatewayRecord,
  cgwIds: readonly string[],
): void {
  if (!gw.EnableIpsec) throw ipsecNotEnabled(gw.id);
  for (const cgwId of cgwIds) {
    const pair = (c: VpnConnectionRecord) =>
      c.VpnGatewayId === gw.id && customerGatewaysOf(c).includes(cgwId);
    if (connectionsWhere(store, gw.regionId, pair).length > 0)
      throw invalidVpnConnectionAlreadyExists(gw.id, cgwId);
  }
  const onGateway = connectionsWhere(store, gw.regionId, (c) => c.VpnGatewayId === gw.id);
  if (onGateway.length >= CONNECTIONS_PER_GATEWAY)
    throw resourceQuotaFull(gw.id, CONNECTIONS_PER_GATEWAY);
}
