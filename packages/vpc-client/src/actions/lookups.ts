import { list, obj, response } from '../schema.ts';
import type { Infer } from '../schema.ts';
import { defineAction, pageFields, tagList } from './define-action.ts';
import type { PageRequest, TagInput } from './define-action.ts';

/** DescribeRegions request (REFERENCE §3.1); no RegionId. */
export interface DescribeRegionsRequest {
  /** `zh-CN` (default) or `en-US`. */
  AcceptLanguage?: string;
  ProductType?: string;
}

/** DescribeZones request. */
export interface DescribeZonesRequest {
  RegionId: string;
  AcceptLanguage?: string;
  ZoneType?: string;
}

/** DescribeVpcs request. */
export interface DescribeVpcsRequest extends PageRequest {
  RegionId: string;
  /** Up to 20 IDs, comma-separated. */
  VpcId?: string;
  VpcName?: string;
  IsDefault?: boolean;
  EnableIpv6?: boolean;
  DhcpOptionsSetId?: string;
  ResourceGroupId?: string;
  VpcOwnerId?: number;
  DryRun?: boolean;
  Tag?: TagInput[];
}

/** DescribeVSwitches request: at least one of RegionId / VpcId. */
export interface DescribeVSwitchesRequest extends PageRequest {
  RegionId?: string;
  VpcId?: string;
  VSwitchId?: string;
  VSwitchName?: string;
  ZoneId?: string;
  RouteTableId?: string;
  IsDefault?: boolean;
  EnableIpv6?: boolean;
  ResourceGroupId?: string;
  VSwitchOwnerId?: number;
  DryRun?: boolean;
  Tag?: TagInput[];
}

const region = obj({ RegionId: 'string!', LocalName: 'string', RegionEndpoint: 'string' });
const zone = obj({ ZoneId: 'string!', LocalName: 'string', ZoneType: 'string' });

const vpc = obj({
  VpcId: 'string!',
  VpcName: 'string',
  Status: 'string',
  RegionId: 'string',
  CidrBlock: 'string',
  CreationTime: 'string',
  Description: 'string',
  IsDefault: 'bool',
  EnabledIpv6: 'bool',
  Ipv6CidrBlock: 'string',
  Ipv6CidrBlocks: list('Ipv6CidrBlock', obj({ Ipv6CidrBlock: 'string', Ipv6Isp: 'string' })),
  // Same-name wrappers: `NatGatewayIds.NatGatewayIds[]`, `RouterTableIds.RouterTableIds[]` (§2.1).
  NatGatewayIds: list('NatGatewayIds', 'string'),
  RouterTableIds: list('RouterTableIds', 'string'),
  SecondaryCidrBlocks: list('SecondaryCidrBlock', 'string'),
  UserCidrs: list('UserCidr', 'string'),
  VSwitchIds: list('VSwitchId', 'string'),
  VRouterId: 'string',
  OwnerId: 'int',
  ResourceGroupId: 'string',
  CenStatus: 'string',
  DhcpOptionsSetId: 'string',
  DhcpOptionsSetStatus: 'string',
  DnsHostnameStatus: 'string',
  Tags: tagList,
});

const vSwitch = obj({
  VSwitchId: 'string!',
  VSwitchName: 'string',
  VpcId: 'string',
  ZoneId: 'string',
  Status: 'string',
  CidrBlock: 'string',
  Ipv6CidrBlock: 'string',
  EnabledIpv6: 'bool',
  AvailableIpAddressCount: 'int',
  CreationTime: 'string',
  Description: 'string',
  IsDefault: 'bool',
  NetworkAclId: 'string',
  OwnerId: 'int',
  ResourceGroupId: 'string',
  ShareType: 'string',
  RouteTable: obj({ RouteTableId: 'string', RouteTableType: 'string' }),
  Tags: tagList,
});

/** A region of DescribeRegions. */
export type Region = Infer<typeof region>;
/** A zone of DescribeZones. */
export type Zone = Infer<typeof zone>;
/** A VPC of DescribeVpcs. */
export type Vpc = Infer<typeof vpc>;
/** A vSwitch of DescribeVSwitches. */
export type VSwitch = Infer<typeof vSwitch>;

/** Lookup actions (REFERENCE §3.1). */
export const lookupActions = {
  DescribeRegions: defineAction<DescribeRegionsRequest>({ read: true })(
    response({ Regions: list('Region', region) }),
  ),
  DescribeZones: defineAction<DescribeZonesRequest>({ read: true })(
    response({ Zones: list('Zone', zone) }),
  ),
  DescribeVpcs: defineAction<DescribeVpcsRequest>({ read: true })(
    response({ ...pageFields, Vpcs: list('Vpc', vpc) }),
  ),
  DescribeVSwitches: defineAction<DescribeVSwitchesRequest>({ read: true })(
    response({ ...pageFields, VSwitches: list('VSwitch', vSwitch) }),
  ),
};

/** DescribeRegions response. */
export type DescribeRegionsResponse = Infer<typeof lookupActions.DescribeRegions.response>;
/** DescribeZones response. */
export type DescribeZonesResponse = Infer<typeof lookupActions.DescribeZones.response>;
/** DescribeVpcs response. */
export type DescribeVpcsResponse = Infer<typeof lookupActions.DescribeVpcs.response>;
/** DescribeVSwitches response. */
export type DescribeVSwitchesResponse = Infer<typeof lookupActions.DescribeVSwitches.response>;
