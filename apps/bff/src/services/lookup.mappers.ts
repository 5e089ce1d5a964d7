import { eipStatusSchema, type Eip, type VSwitch, type Vpc } from '@gc/contracts';
import type { EipAddress, VSwitch as ApiVSwitch, Vpc as ApiVpc } from '@gc/vpc-client';

/** DescribeVpcs item → contracts VPC. */
export function toVpc(v: ApiVpc): Vpc {
  return {
    id: v.VpcId,
    name: v.VpcName ?? '',
    cidrBlock: v.CidrBlock ?? '',
    status: v.Status ?? '',
    isDefault: v.IsDefault ?? false,
    description: v.Description ?? '',
    regionId: v.RegionId ?? '',
    vSwitchIds: v.VSwitchIds.VSwitchId,
    // Same-name wrapper `NatGatewayIds.NatGatewayIds[]` (REFERENCE §2.1).
    natGatewayIds: v.NatGatewayIds.NatGatewayIds,
    ipv6CidrBlock: v.Ipv6CidrBlock || undefined,
    creationTime: v.CreationTime || undefined,
    tags: v.Tags.Tag.map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' })),
  };
}

/** DescribeVSwitches item → contracts vSwitch. */
export function toVSwitch(s: ApiVSwitch): VSwitch {
  return {
    id: s.VSwitchId,
    name: s.VSwitchName ?? '',
    cidrBlock: s.CidrBlock ?? '',
    vpcId: s.VpcId ?? '',
    zoneId: s.ZoneId ?? '',
    status: s.Status ?? '',
    availableIpAddressCount: s.AvailableIpAddressCount ?? 0,
    ipv6CidrBlock: s.Ipv6CidrBlock || undefined,
    description: s.Description ?? '',
  };
}

/** DescribeEipAddresses item → contracts EIP. */
export function toEip(e: EipAddress): Eip {
  const status = eipStatusSchema.safeParse(e.Status);
  return {
    allocationId: e.AllocationId,
    ipAddress: e.IpAddress ?? '',
    name: e.Name ?? '',
    description: e.Description ?? '',
    status: status.success ? status.data : 'Associating',
    bandwidth: e.Bandwidth ?? '',
    internetChargeType: e.InternetChargeType ?? '',
    instanceId: e.InstanceId || undefined,
    instanceType: e.InstanceType || undefined,
    allocationTime: e.AllocationTime ?? '',
    tags: e.Tags.Tag.map((t) => ({ key: t.Key ?? '', value: t.Value ?? '' })),
    // Only when on, so unprotected EIPs read exactly as before (REFERENCE-2 §4.4).
    ...(e.DeletionProtection ? { deletionProtection: true } : {}),
  };
}
