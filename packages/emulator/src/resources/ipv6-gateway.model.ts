import { defineError } from '../api-error.ts';
import { incorrectStatusIpv6Gateway, invalidIpv6GatewayIdNotFound } from '../errors.ts';
import type { BaseRecord, Store } from '../store.ts';
import { renderTags } from '../tags.ts';

/** Store kind of IPv6 gateways. */
export const IPV6_GATEWAY_KIND = 'ipv6Gateways';

/**
 * IPv6 gateway statuses: `Creating` → `Available`, `Deleting` → gone ([emulator choice] of
 * REFERENCE §4.5: tf waits for `Available`, not the `Created` of the create remark).
 */
export type Ipv6GatewayStatus = 'Creating' | 'Available' | 'Deleting';

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

/** [emulator choice] 400 `QuotaExceeded.Ipv6Gateway`: a VPC has at most one (REFERENCE §5.4). */
export const quotaExceededIpv6Gateway = defineError(
  400,
  'QuotaExceeded.Ipv6Gateway',
  (vpcId: string, gw: string) => `VPC ${vpcId} already has IPv6 gateway ${gw}; a VPC can have one.`,
);

/** [emulator choice] 400 `OperationFailed.VpcIpv6NotEnabled`: the VPC has no IPv6 CIDR (§4.5). */
export const vpcIpv6NotEnabled = defineError(
  400,
  'OperationFailed.VpcIpv6NotEnabled',
  (vpcId: string) => `VPC ${vpcId} has no IPv6 CIDR block; enable IPv6 on the VPC first.`,
);

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
