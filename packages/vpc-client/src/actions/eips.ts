import { list, obj, response } from '../schema.ts';
import type { Infer } from '../schema.ts';
import { defineAction, pageFields, requestIdOnly, tagList } from './define-action.ts';
import type { ClientTokenRequest, PageRequest, TagInput } from './define-action.ts';

/** AllocateEipAddress request (REFERENCE §3.3). */
export interface AllocateEipAddressRequest extends ClientTokenRequest {
  RegionId: string;
  /** Mbit/s as a **string** (REFERENCE §3.3); default 5. */
  Bandwidth?: string;
  /** `PayByBandwidth` (default) | `PayByTraffic`. */
  InternetChargeType?: string;
  InstanceChargeType?: string;
  ISP?: string;
  Name?: string;
  Description?: string;
  Netmode?: string;
  ResourceGroupId?: string;
  PublicIpAddressPoolId?: string;
  IpAddress?: string;
  InstanceId?: string;
  Zone?: string;
  Period?: number;
  PricingCycle?: string;
  AutoPay?: boolean;
  ActivityId?: number;
  SecurityProtectionTypes?: string[];
  Tag?: TagInput[];
}

/** DescribeEipAddresses request (PageSize up to 100). */
export interface DescribeEipAddressesRequest extends PageRequest {
  RegionId: string;
  AllocationId?: string;
  EipAddress?: string;
  EipName?: string;
  Status?: string;
  AssociatedInstanceId?: string;
  AssociatedInstanceType?: string;
  ChargeType?: string;
  ISP?: string;
  LockReason?: string;
  ResourceGroupId?: string;
  PublicIpAddressPoolId?: string;
  SegmentInstanceId?: string;
  IncludeReservationData?: boolean;
  SecurityProtectionEnabled?: boolean;
  ServiceManaged?: boolean;
  DryRun?: boolean;
  Filter?: { Key: string; Value: string }[];
  Tag?: TagInput[];
}

/** AssociateEipAddress request; set `InstanceType: 'Nat'` for NAT gateways. */
export interface AssociateEipAddressRequest extends ClientTokenRequest {
  AllocationId: string;
  InstanceId: string;
  RegionId?: string;
  InstanceType?: string;
  InstanceRegionId?: string;
  Mode?: string;
  PrivateIpAddress?: string;
  VpcId?: string;
}

/** UnassociateEipAddress request; `Force` unbinds an EIP used by SNAT/DNAT entries. */
export interface UnassociateEipAddressRequest extends ClientTokenRequest {
  AllocationId: string;
  RegionId?: string;
  InstanceId?: string;
  InstanceType?: string;
  PrivateIpAddress?: string;
  Force?: boolean;
}

/** ReleaseEipAddress request. */
export interface ReleaseEipAddressRequest {
  AllocationId: string;
  RegionId?: string;
}

/** ModifyEipAddressAttribute request (REFERENCE-2 §4.10); synchronous. */
export interface ModifyEipAddressAttributeRequest {
  AllocationId: string;
  /** Not marked required in SDK 7.3.2. */
  RegionId?: string;
  Name?: string;
  Description?: string;
  /** Mbit/s as a **string**: 1–200 pay-by-traffic, 1–500 pay-by-bandwidth. */
  Bandwidth?: string;
}

const eipAddress = obj({
  AllocationId: 'string!',
  IpAddress: 'string',
  Name: 'string',
  Description: 'string',
  Status: 'string!',
  RegionId: 'string',
  AllocationTime: 'string',
  ExpiredTime: 'string',
  // Bandwidth is a string in Mbit/s (REFERENCE §3.3, §8.8).
  Bandwidth: 'string',
  EipBandwidth: 'string',
  BandwidthPackageBandwidth: 'string',
  BandwidthPackageId: 'string',
  BandwidthPackageType: 'string',
  BizType: 'string',
  BusinessStatus: 'string',
  ChargeType: 'string',
  InternetChargeType: 'string',
  DeletionProtection: 'bool',
  HDMonitorStatus: 'string',
  HasReservationData: 'string',
  ISP: 'string',
  InstanceId: 'string',
  InstanceRegionId: 'string',
  InstanceType: 'string',
  Mode: 'string',
  Netmode: 'string',
  PrivateIpAddress: 'string',
  PublicIpAddressPoolId: 'string',
  ReservationActiveTime: 'string',
  ReservationBandwidth: 'string',
  ReservationInternetChargeType: 'string',
  ReservationOrderType: 'string',
  ResourceGroupId: 'string',
  SecondLimited: 'bool',
  SegmentInstanceId: 'string',
  ServiceID: 'int',
  ServiceManaged: 'int',
  VpcId: 'string',
  Zone: 'string',
  // `OperationLocks.LockReason[].LockReason` (REFERENCE §2.1).
  OperationLocks: list('LockReason', obj({ LockReason: 'string' })),
  SecurityProtectionTypes: list('SecurityProtectionType', 'string'),
  Tags: tagList,
});

/** An EIP of DescribeEipAddresses. */
export type EipAddress = Infer<typeof eipAddress>;

/** EIP actions (REFERENCE §3.3). */
export const eipActions = {
  AllocateEipAddress: defineAction<AllocateEipAddressRequest>()(
    response({
      AllocationId: 'string!',
      EipAddress: 'string',
      OrderId: 'int',
      ResourceGroupId: 'string',
    }),
  ),
  DescribeEipAddresses: defineAction<DescribeEipAddressesRequest>({ read: true })(
    response({ ...pageFields, EipAddresses: list('EipAddress', eipAddress) }),
  ),
  AssociateEipAddress: defineAction<AssociateEipAddressRequest>()(requestIdOnly),
  UnassociateEipAddress: defineAction<UnassociateEipAddressRequest>()(requestIdOnly),
  ReleaseEipAddress: defineAction<ReleaseEipAddressRequest>()(requestIdOnly),
  ModifyEipAddressAttribute: defineAction<ModifyEipAddressAttributeRequest>()(requestIdOnly),
};

type Actions = typeof eipActions;
/** AllocateEipAddress response. */
export type AllocateEipAddressResponse = Infer<Actions['AllocateEipAddress']['response']>;
/** DescribeEipAddresses response. */
export type DescribeEipAddressesResponse = Infer<Actions['DescribeEipAddresses']['response']>;
/** AssociateEipAddress response. */
export type AssociateEipAddressResponse = Infer<Actions['AssociateEipAddress']['response']>;
/** UnassociateEipAddress response. */
export type UnassociateEipAddressResponse = Infer<Actions['UnassociateEipAddress']['response']>;
/** ReleaseEipAddress response. */
export type ReleaseEipAddressResponse = Infer<Actions['ReleaseEipAddress']['response']>;
/** ModifyEipAddressAttribute response. */
export type ModifyEipAddressAttributeResponse = Infer<
  Actions['ModifyEipAddressAttribute']['response']
>;
