import { createHash } from 'node:crypto';
import {
  incorrectStatusVpnGateway,
  invalidVpnGatewayIdNotFound,
  vpnGatewayConfiguring,
} from '../errors.ts';
import type { BaseRecord, Store } from '../store.ts';
import { renderTags } from '../tags.ts';

/** Store kind of VPN gateways. */
export const VPN_GATEWAY_KIND = 'vpnGateways';

/** VPN gateway statuses, lower-case (REFERENCE §4.4). */
export const VPN_STATUSES = ['init', 'provisioning', 'active', 'updating', 'deleting'] as const;

/** One of {@link VPN_STATUSES}. */
export type VpnStatus = (typeof VPN_STATUSES)[number];

/** A VPN gateway (DescribeVpnGateways shape, REFERENCE §3.4). */
export interface VpnGatewayRecord extends BaseRecord {
  Name: string;
  Description: string;
  VpcId: string;
  VSwitchId: string;
  DisasterRecoveryVSwitchId: string;
  InternetIp: string;
  DisasterRecoveryInternetIp: string;
  IntranetIp: string;
  Status: VpnStatus;
  Bandwidth: number;
  EnableIpsec: boolean;
  EnableSsl: boolean;
  SslConnections: number;
  /** Response spelling: `POSTPAY` or `Prepay` (REFERENCE §3.4). */
  ChargeType: 'POSTPAY' | 'Prepay';
  NetworkType: 'public' | 'private';
  VpnType: 'Normal' | 'NationalStandard';
  AutoPropagate: boolean;
  CreateTime: number;
  EndTime: number;
  ResourceGroupId: string;
  /** Absent on records written before enhanced gateways existed: `Traditional`. */
  GatewayType?: 'Traditional' | 'Enhanced.SiteToSite';
}

/** The VPN gateway or 404 `InvalidVpnGatewayInstanceId.NotFound`. */
export function requireVpnGateway(store: Store, regionId: string, id: string): VpnGatewayRecord {
  const gw = store.table<VpnGatewayRecord>(regionId, VPN_GATEWAY_KIND).get(id);
  if (!gw) throw invalidVpnGatewayIdNotFound(id);
  return gw;
}

/**
 * The gateway, which must be `active`: `provisioning`/`updating` answer `VpnGateway.Configuring`
 * (tf retries it), `deleting` answers `IncorrectStatus.VpnGateway` (REFERENCE §4.4, §3.4).
 */
export function requireActiveVpnGateway(
  store: Store,
  regionId: string,
  id: string,
): VpnGatewayRecord {
  const gw = requireVpnGateway(store, regionId, id);
  if (gw.Status === 'deleting') throw incorrectStatusVpnGateway(id);
  if (gw.Status !== 'active') throw vpnGatewayConfiguring(id);
  return gw;
}

// Plausible public prefixes per region (Alibaba's own ranges); unknown regions get 47.74.
const PUBLIC_PREFIX: Record<string, string> = {
  'cn-hangzhou': '47.96',
  'cn-shanghai': '47.100',
  'cn-beijing': '47.93',
  'ap-southeast-1': '47.74',
  'eu-central-1': '47.254',
  'us-west-1': '47.88',
};

/** A stable public IPv4 for a resource id (deterministic, so seeds and snapshots agree). */
export function publicIpFor(regionId: string, id: string): string {
  const h = createHash('sha256').update(id).digest();
  const prefix = PUBLIC_PREFIX[regionId] ?? '47.74';
  return `${prefix}.${(h[0] ?? 0) % 254}.${((h[1] ?? 0) % 253) + 1}`;
}

/** Epoch milliseconds: VPN objects use int64 ms, not ISO strings (REFERENCE §3.4, §7). */
export const epochMs = (d: Date): number => d.getTime();

// `Tag` is a JSON string of system labels, not user tags (REFERENCE §3.4); values are invented.
const SYSTEM_LABELS = JSON.stringify({
  VpnEnableBgp: 'true',
  VisuallySsl: 'true',
  PbrPriority: 'true',
  VpnNewImage: 'true',
  VpnVersion: 'v1.2.4',
});

/**
 * The second tunnel's fields are "returned only for" dual-tunnel gateways, and `SslVpnInternetIp`
 * only for public dual-tunnel gateways with SSL on, a separate IP; a single-tunnel gateway serves
 * SSL-VPN on its `InternetIp` (REFERENCE-2 §1.1, SDK over tf).
 */
function tunnelFields(gw: VpnGatewayRecord) {
  if (gw.DisasterRecoveryVSwitchId === '') return {};
  const ssl = gw.EnableSsl && gw.NetworkType === 'public';
  return {
    DisasterRecoveryVSwitchId: gw.DisasterRecoveryVSwitchId,
    DisasterRecoveryInternetIp: gw.DisasterRecoveryInternetIp,
    ...(ssl ? { SslVpnInternetIp: publicIpFor(gw.regionId, `${gw.id}-ssl`) } : {}),
  };
}

/** Fields shared by DescribeVpnGateway(s) and ModifyVpnGatewayAttribute. */
function commonFields(gw: VpnGatewayRecord) {
  return {
    VpnGatewayId: gw.id,
    VpcId: gw.VpcId,
    VSwitchId: gw.VSwitchId,
    InternetIp: gw.InternetIp,
    ...tunnelFields(gw),
    Name: gw.Name,
    Description: gw.Description,
    Status: gw.Status,
    BusinessStatus: 'Normal',
    // `Spec` is a string with unit, "10M" ([emulator choice] of REFERENCE §7: docs21 + Modify example).
    // Enhanced gateways are bought without a bandwidth (REFERENCE-2 §1.4): no spec.
    Spec: gw.Bandwidth > 0 ? `${gw.Bandwidth}M` : '',
    AutoPropagate: gw.AutoPropagate,
    EnableBgp: false,
    CreateTime: gw.CreateTime,
    EndTime: gw.EndTime,
    ResourceGroupId: gw.ResourceGroupId,
  };
}

/** A gateway in the DescribeVpnGateways / DescribeVpnGateway shape (REFERENCE §3.4). */
export function renderVpnGateway(gw: VpnGatewayRecord, includeReservation = false) {
  return {
    ...commonFields(gw),
    ChargeType: gw.ChargeType,
    GatewayType: gw.GatewayType ?? 'Traditional',
    IpsecVpn: gw.EnableIpsec ? 'enable' : 'disable',
    SslVpn: gw.EnableSsl ? 'enable' : 'disable',
    SslMaxConnections: gw.EnableSsl ? gw.SslConnections : 0,
    NetworkType: gw.NetworkType,
    VpnType: gw.VpnType,
    EniInstanceIds: { EniInstanceId: [] as string[] },
    ...(includeReservation ? { ReservationData: {} } : {}),
    Tag: SYSTEM_LABELS,
    Tags: renderTags(gw.tags),
  };
}

/** The ModifyVpnGatewayAttribute answer: the gateway's attributes (REFERENCE §3.4). */
export function renderVpnGatewayAttributes(gw: VpnGatewayRecord) {
  return { ...commonFields(gw), IntranetIp: gw.IntranetIp };
}
