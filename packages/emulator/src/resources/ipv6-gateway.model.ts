import { incorrectStatusIpv6Gateway, invalidIpv6GatewayIdNotFound } from '../errors.ts';
import { v } from '../params.ts';
import type { BaseRecord, Store } from '../store.ts';
import { renderTags } from '../tags.ts';

// Current sdk rules for IPv6 names: Name 0–128, Description 0–256, no http(s):// prefix
// (REFERENCE §3.5, §7; REFERENCE-2 §5.1, §5.4).
const NO_HTTP = /^(?!https?:\/\/)/i;
/** Name of an IPv6 gateway, address or egress-only rule. */
export const IPV6_NAME = () => v.str({ max: 128, pattern: NO_HTTP });
/** Description of an IPv6 gateway, address or egress-only rule. */
export const IPV6_DESCRIPTION = () => v.str({ max: 256, pattern: NO_HTTP });

/** Store kind of IPv6 gateways. */
export const IPV6_GATEWAY_KIND = 'ipv6Gateways';

/**
 * IPv6 gateway statuses: `Pending` → `Available`, `Deleting` → gone (REFERENCE-2 §5.6, §7.6:
 * Describe never answers the `Creating`/`Created` of the create remark).
 */
export type Ipv6GatewayStatus = 'Pending' | 'Available' | 'Deleting';

/** An IPv6 gateway (DescribeIpv6Gateways shape, REFERENCE §3.5). */
export interface Ipv6GatewayRecord extends BaseRecord {
  Name: string;
  Description: string;
  VpcId: string;
  Status: Ipv6GatewayStatus;
  CreationTime: string;
  ResourceGroupId: string;
}

/** The account id the emulator answers in `OwnerId` (fictional). */
export const DEMO_OWNER_ID = 1_688_000_000_000_000;

/** The IPv6 gateway or [emulator choice] 404 `InvalidIpv6GatewayId.NotFound` (none confirmed, §5.6). */
export function requireIpv6Gateway(store: Store, regionId: string, id: string): Ipv6GatewayRecord {
  const gw = store.table<Ipv6GatewayRecord>(regionId, IPV6_GATEWAY_KIND).get(id);
  if (!gw) throw invalidIpv6GatewayIdNotFound(id);
  return gw;
}

/** The gateway, which must be `Available`, else 400 `IncorrectStatus.Ipv6Gateway` (REFERENCE §4.5). */
export function requireAvailableIpv6Gateway(
  store: Store,
  regionId: string,
  id: string,
): Ipv6GatewayRecord {
  const gw = requireIpv6Gateway(store, regionId, id);
  if (gw.Status !== 'Available') throw incorrectStatusIpv6Gateway(id);
  return gw;
}

/** The IPv6 gateway of a VPC, if any (at most one per VPC). */
export function ipv6GatewayOfVpc(
  store: Store,
  regionId: string,
  vpcId: string,
): Ipv6GatewayRecord | undefined {
  return store
    .table<Ipv6GatewayRecord>(regionId, IPV6_GATEWAY_KIND)
    .list()
    .find((g) => g.VpcId === vpcId);
}

/** A gateway in the DescribeIpv6GatewayAttribute shape (REFERENCE §3.5). */
export function renderIpv6Gateway(gw: Ipv6GatewayRecord) {
  return {
    Ipv6GatewayId: gw.id,
    RegionId: gw.regionId,
    VpcId: gw.VpcId,
    Name: gw.Name,
    Description: gw.Description,
    Status: gw.Status,
    BusinessStatus: 'Normal',
    CreationTime: gw.CreationTime,
    ExpiredTime: '',
    InstanceChargeType: 'PostPaid',
    ResourceGroupId: gw.ResourceGroupId,
    Tags: renderTags(gw.tags),
  };
}

/** DescribeIpv6GatewayAttribute for an unknown id: 200 with empty fields, as tf expects (§5.6). */
export function emptyIpv6GatewayAttribute(regionId: string) {
  return {
    Ipv6GatewayId: '',
    RegionId: regionId,
    VpcId: '',
    Name: '',
    Description: '',
    Status: '',
    BusinessStatus: '',
    CreationTime: '',
    ExpiredTime: '',
    InstanceChargeType: '',
    ResourceGroupId: '',
    Tags: { Tag: [] as unknown[] },
  };
}
