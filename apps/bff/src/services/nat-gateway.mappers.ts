import {
  entryStatusSchema,
  natGatewayStatusSchema,
  type DnatEntry,
  type NatGateway,
  type NatGatewayStatus,
  type SnatEntry,
} from '@gc/contracts';
import type {
  ForwardTableEntry,
  NatGateway as ApiNatGateway,
  SnatTableEntry,
} from '@gc/vpc-client';

function natStatus(value: string): NatGatewayStatus {
  const parsed = natGatewayStatusSchema.safeParse(value);
  // An unknown upstream status is shown as transitional, so the UI keeps polling.
  return parsed.success ? parsed.data : 'Modifying';
}

function entryStatus(value: string): SnatEntry['status'] {
  const parsed = entryStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : 'Pending';
}

/** DescribeNatGateways item (PascalCase, REFERENCE §3.2) → the contracts' camelCase gateway. */
export function toNatGateway(g: ApiNatGateway): NatGateway {
  const info = g.NatGatewayPrivateInfo;
  return {
    id: g.NatGatewayId,
    name: g.Name ?? '',
    description: g.Description ?? '',
    status: natStatus(g.Status),
    regionId: g.RegionId ?? '',
    vpcId: g.VpcId ?? '',
    // `NatGatewayPrivateInfo.VswitchId` has a lower-case s; IzNo is the zone (REFERENCE §2.1).
    vSwitchId: info?.VswitchId ?? '',
    zoneId: info?.IzNo ?? '',
    natType: g.NatType ?? 'Enhanced',
    networkType: g.NetworkType === 'intranet' ? 'intranet' : 'internet',
    spec: g.Spec ?? '',
    instanceChargeType: g.InstanceChargeType ?? 'PostPaid',
    internetChargeType: g.InternetChargeType ?? '',
    eipBindMode: g.EipBindMode ?? '',
    deletionProtection: g.DeletionProtection ?? false,
    privateIpAddress: info?.PrivateIpAddress ?? '',
    creationTime: g.CreationTime ?? '',
    expiredTime: g.ExpiredTime || undefined,
    snatTableIds: g.SnatTableIds.SnatTableId,
    forwardTableIds: g.ForwardTableIds.ForwardTableId,
    eips: g.IpLists.IpList.filter((ip) => ip.AllocationId).map((ip) => ({
      allocationId: ip.AllocationId ?? '',
      ipAddress: ip.IpAddress ?? '',
      usedBySnat: ip.UsingStatus === undefined ? undefined : /snat/i.test(ip.UsingStatus),
    })),
    // NAT tags are TagKey/TagValue, unlike every other resource (REFERENCE §2.1).
    tags: g.Tags.Tag.map((t) => ({ key: t.TagKey ?? '', value: t.TagValue ?? '' })),
  };
}

/** DescribeSnatTableEntries item → contracts SNAT entry. */
export function toSnatEntry(e: SnatTableEntry): SnatEntry {
  return {
    id: e.SnatEntryId,
    name: e.SnatEntryName ?? '',
    snatTableId: e.SnatTableId ?? '',
    snatIp: e.SnatIp ?? '',
    sourceCidr: e.SourceCIDR || undefined,
    sourceVSwitchId: e.SourceVSwitchId || undefined,
    status: entryStatus(e.Status),
  };
}

/** DescribeForwardTableEntries item → contracts DNAT entry. */
export function toDnatEntry(e: ForwardTableEntry): DnatEntry {
  return {
    id: e.ForwardEntryId,
    name: e.ForwardEntryName ?? '',
    forwardTableId: e.ForwardTableId ?? '',
    externalIp: e.ExternalIp ?? '',
    externalPort: e.ExternalPort ?? '',
    internalIp: e.InternalIp ?? '',
    internalPort: e.InternalPort ?? '',
    ipProtocol: e.IpProtocol ?? '',
    status: entryStatus(e.Status),
  };
}
