import { createHash } from 'node:crypto';
import type { ApiError } from '../api-error.ts';
import { ipv6GatewayDisMatchIpv6Address, resourceNotFoundIpv6Address } from '../errors.ts';
import type { BaseRecord, Store } from '../store.ts';
import { renderTags } from '../tags.ts';
import { ipv6GatewayOfVpc } from './ipv6-gateway.model.ts';

/** Store kind of IPv6 addresses. */
export const IPV6_ADDRESS_KIND = 'ipv6Addresses';

/** Internet bandwidth bought for one IPv6 address (REFERENCE §3.5). */
export interface Ipv6BandwidthRecord {
  Ipv6InternetBandwidthId: string;
  Bandwidth: number;
  InternetChargeType: 'PayByBandwidth' | 'PayByTraffic';
}

/** An IPv6 address of a (fictional) ECS instance in an IPv6-enabled vSwitch. */
export interface Ipv6AddressRecord extends BaseRecord {
  Ipv6Address: string;
  Name: string;
  Description: string;
  VpcId: string;
  VSwitchId: string;
  AssociatedInstanceId: string;
  AssociatedInstanceType: 'EcsInstance' | 'NetworkInterface';
  AllocationTime: string;
  ResourceGroupId: string;
  bandwidth?: Ipv6BandwidthRecord;
}

/**
 * The address, or 404 `ResourceNotFound.Ipv6Address` (the code REFERENCE-2 §5.5 documents); the
 * bandwidth Modify/Delete keep their older [emulator choice] `InvalidIpv6AddressId.NotFound`.
 */
export function requireIpv6Address(
  store: Store,
  regionId: string,
  id: string,
  notFound: (id: string) => ApiError = resourceNotFoundIpv6Address,
): Ipv6AddressRecord {
  const addr = store.table<Ipv6AddressRecord>(regionId, IPV6_ADDRESS_KIND).get(id);
  if (!addr) throw notFound(id);
  return addr;
}

/** Every address of a region. */
export function ipv6AddressesOf(store: Store, regionId: string): Ipv6AddressRecord[] {
  return store.table<Ipv6AddressRecord>(regionId, IPV6_ADDRESS_KIND).list();
}

/** A /64 of a VPC's /56: `2408:4005:3a3:e900::/56`, index 1 → `2408:4005:3a3:e901::/64`. */
export function subnet64(vpcCidr56: string, index: number): string {
  const groups = (vpcCidr56.split('::')[0] ?? '').split(':');
  const last = parseInt(groups[groups.length - 1] ?? '0', 16);
  groups[groups.length - 1] = ((last & 0xff00) | (index & 0xff)).toString(16);
  return `${groups.join(':')}::/64`;
}

/** A stable host address inside a /64, derived from a key (seeds stay identical on each start). */
export function hostIn64(cidr64: string, key: string): string {
  const prefix = cidr64.split('::')[0] ?? '';
  const h = createHash('sha256').update(key).digest('hex');
  const groups = [0, 4, 8, 12].map((i) => h.slice(i, i + 4).replace(/^0+(?=.)/, ''));
  return `${prefix}:${groups.join(':')}`;
}

/** An address in the DescribeIpv6Addresses shape, with its bandwidth sub-object (REFERENCE §3.5). */
export function renderIpv6Address(store: Store, a: Ipv6AddressRecord) {
  const gw = ipv6GatewayOfVpc(store, a.regionId, a.VpcId);
  const bw = a.bandwidth;
  return {
    Ipv6AddressId: a.id,
    Ipv6Address: a.Ipv6Address,
    Ipv6AddressName: a.Name,
    Ipv6AddressDescription: a.Description,
    AddressType: 'IPv6Address',
    AllocationTime: a.AllocationTime,
    AssociatedInstanceId: a.AssociatedInstanceId,
    AssociatedInstanceType: a.AssociatedInstanceType,
    Ipv6GatewayId: gw?.id ?? '',
    Ipv6Isp: 'BGP',
    // `Public` once internet bandwidth is allocated (REFERENCE §3.5).
    NetworkType: bw ? 'Public' : 'Private',
    RealBandwidth: bw?.Bandwidth ?? 0,
    ResourceGroupId: a.ResourceGroupId,
    ServiceManaged: 0,
    Status: 'Available',
    VSwitchId: a.VSwitchId,
    VpcId: a.VpcId,
    ...(bw
      ? {
          Ipv6InternetBandwidth: {
            Ipv6InternetBandwidthId: bw.Ipv6InternetBandwidthId,
            Bandwidth: bw.Bandwidth,
            InternetChargeType: bw.InternetChargeType,
            InstanceChargeType: 'PostPaid',
            BusinessStatus: 'Normal',
            HasReservationData: false,
          },
        }
      : {}),
    Tags: renderTags(a.tags),
  };
}

/** Refuses a gateway of another VPC: 400 `OperationFailed.Ipv6GatewayDisMatchIpv6Address` (§5.5). */
export function checkSameVpc(addr: Ipv6AddressRecord, gw: { id: string; VpcId: string }): void {
  if (addr.VpcId !== gw.VpcId)
    throw ipv6GatewayDisMatchIpv6Address(
      `IPv6 gateway ${gw.id} is not in VPC ${addr.VpcId} of IPv6 address ${addr.id}`,
    );
}
