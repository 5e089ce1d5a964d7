import {
  ipv6GatewayStatusSchema,
  type Ipv6Address,
  type Ipv6Gateway,
  type Ipv6VpcCandidate,
  type Tag,
  type Vpc,
} from '@gc/contracts';
import type { Ipv6Address as ApiIpv6Address, Ipv6Gateway as ApiIpv6Gateway } from '@gc/vpc-client';

type ApiTags = { Tags: { Tag: { Key?: string; Value?: string }[] } };

function toTags(source: ApiTags): Tag[] {
  return source.Tags.Tag.map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' }));
}

/** The fields DescribeIpv6Gateways items and DescribeIpv6GatewayAttribute share. */
export type ApiIpv6GatewayLike = Omit<ApiIpv6Gateway, 'OwnerId'> & { Spec?: string };

/**
 * DescribeIpv6Gateways item (or the flat attribute answer) → contracts gateway. An unknown status
 * (`Created` of the create remark, REFERENCE §4.5) reads as `Pending`, so the UI keeps polling.
 */
export function toIpv6Gateway(g: ApiIpv6GatewayLike): Ipv6Gateway {
  const status = ipv6GatewayStatusSchema.safeParse(g.Status);
  return {
    id: g.Ipv6GatewayId,
    name: g.Name ?? '',
    description: g.Description ?? '',
    status: status.success ? status.data : 'Pending',
    businessStatus: g.BusinessStatus ?? '',
    regionId: g.RegionId ?? '',
    vpcId: g.VpcId ?? '',
    spec: g.Spec ?? '',
    instanceChargeType: g.InstanceChargeType ?? '',
    creationTime: g.CreationTime ?? '',
    expiredTime: g.ExpiredTime || undefined,
    resourceGroupId: g.ResourceGroupId ?? '',
    tags: toTags(g),
  };
}

/** DescribeIpv6Addresses item → contracts address (bandwidth only when one is allocated). */
export function toIpv6Address(a: ApiIpv6Address, regionId: string): Ipv6Address {
  const bw = a.Ipv6InternetBandwidth;
  const bandwidthId = bw?.Ipv6InternetBandwidthId ?? '';
  return {
    id: a.Ipv6AddressId,
    address: a.Ipv6Address ?? '',
    name: a.Ipv6AddressName ?? '',
    description: a.Ipv6AddressDescription ?? '',
    status: a.Status ?? '',
    regionId,
    vpcId: a.VpcId ?? '',
    vSwitchId: a.VSwitchId ?? '',
    ipv6GatewayId: a.Ipv6GatewayId ?? '',
    instanceId: a.AssociatedInstanceId ?? '',
    instanceType: a.AssociatedInstanceType ?? '',
    // `Public` once internet bandwidth is allocated (REFERENCE §3.5).
    networkType: a.NetworkType === 'Public' || bandwidthId !== '' ? 'Public' : 'Private',
    allocationTime: a.AllocationTime ?? '',
    internetBandwidth:
      bw && bandwidthId !== ''
        ? {
            id: bandwidthId,
            bandwidth: bw.Bandwidth ?? a.RealBandwidth ?? 0,
            internetChargeType: bw.InternetChargeType ?? '',
            instanceChargeType: bw.InstanceChargeType ?? '',
            businessStatus: bw.BusinessStatus ?? '',
          }
        : undefined,
    tags: toTags(a),
  };
}

/**
 * The create picker's view of a VPC: a VPC has at most one IPv6 gateway and needs an IPv6 CIDR
 * block (REFERENCE §4.5), so those that fail either rule carry the reason.
 */
export function toIpv6VpcCandidate(vpc: Vpc, gateways: Ipv6Gateway[]): Ipv6VpcCandidate {
  const gateway = gateways.find((g) => g.vpcId === vpc.id);
  const base = {
    id: vpc.id,
    name: vpc.name,
    cidrBlock: vpc.cidrBlock,
    ipv6CidrBlock: vpc.ipv6CidrBlock,
  };
  if (gateway) {
    return { ...base, eligible: false, blocker: 'hasIpv6Gateway', ipv6GatewayId: gateway.id };
  }
  if (!vpc.ipv6CidrBlock) return { ...base, eligible: false, blocker: 'ipv6NotEnabled' };
  return { ...base, eligible: true };
}
