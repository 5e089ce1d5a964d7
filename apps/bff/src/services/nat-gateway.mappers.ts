import {
  type NatGatewayAttribute,
  entryStatusSchema,
  natGatewayStatusSchema,
  type DnatEntry,
  type NatGateway,
  type NatGatewayStatus,
  type SnatEntry,
} from '@gc/contracts';
import type {
  DescribeNatGatewayAssociateNetworkInterfacesResponse,
  NatGatewayAttribute as ApiNatGatewayAttribute,
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

type ApiEnis = DescribeNatGatewayAssociateNetworkInterfacesResponse['AssociateNetworkInterfaces'];

/** GetNatGatewayAttribute (REFERENCE-2 §4.3) and its associated ENIs (§4.7) → the contracts' attribute. */
export function toNatGatewayAttribute(
  a: ApiNatGatewayAttribute,
  enis: ApiEnis,
): NatGatewayAttribute {
  const billing = a.BillingConfig;
  const info = a.PrivateInfo;
  return {
    id: a.NatGatewayId,
    deletionProtection: a.DeletionProtectionInfo?.Enabled ?? false,
    businessStatus: a.BusinessStatus ?? '',
    billing: {
      instanceChargeType: billing?.InstanceChargeType ?? '',
      internetChargeType: billing?.InternetChargeType ?? '',
      spec: billing?.Spec ?? '',
      // "true"/"false" text for PrePaid, empty for PostPaid (§4.3).
      autoPay: billing?.AutoPay ? billing.AutoPay === 'true' : undefined,
    },
    privateNetwork: {
      networkInterfaceId: info?.EniInstanceId ?? '',
      zoneId: info?.IzNo ?? '',
      vSwitchId: info?.VswitchId ?? '',
      privateIpAddress: info?.PrivateIpAddress ?? '',
      maxBandwidthMbps: info?.MaxBandwidth,
    },
    accessMode: a.AccessMode?.ModeValue
      ? { modeValue: a.AccessMode.ModeValue, tunnelType: a.AccessMode.TunnelType ?? '' }
      : undefined,
    privateLinkEnabled: a.PrivateLinkEnabled ?? false,
    privateLinkMode: a.PrivateLinkMode || undefined,
    snatEntryCount: a.SnatTable?.SnatEntryCount ?? 0,
    forwardEntryCount: a.ForwardTable?.ForwardEntryCount ?? 0,
    fullNatEntryCount: a.FullNatTable?.FullNatEntryCount ?? 0,
    ips: a.IpList.map((ip) => ({
      allocationId: ip.AllocationId ?? '',
      ipAddress: ip.IpAddress ?? '',
      usingStatus: ip.UsingStatus ?? '',
    })),
    associatedNetworkInterfaces: enis.AssociateNetworkInterface.map((n) => ({
      networkInterfaceId: n.NetworkInterfaceId ?? '',
      resourceId: n.ResourceId ?? '',
      resourceType: n.ResourceType ?? '',
      resourceVpcId: n.ResourceVpcId ?? '',
      ipv4Addresses: n.IPv4Sets.IPv4Set.map((ip) => ip.IPv4Address ?? ''),
    })),
  };
}
