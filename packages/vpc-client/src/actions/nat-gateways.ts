import { list, obj, response } from '../schema.ts';
import type { Infer } from '../schema.ts';
import { defineAction, pageFields, requestIdOnly } from './define-action.ts';
import type { ClientTokenRequest, PageRequest, TagInput } from './define-action.ts';

/** CreateNatGateway request (REFERENCE §3.2). */
export interface CreateNatGatewayRequest extends ClientTokenRequest {
  RegionId: string;
  VpcId: string;
  /** Effectively required: the gateway takes a private IP from it. */
  VSwitchId?: string;
  Name?: string;
  Description?: string;
  NatType?: string;
  /** `internet` | `intranet`. */
  NetworkType?: string;
  /** `PayByLcu`. */
  InternetChargeType?: string;
  InstanceChargeType?: string;
  /** `MULTI_BINDED` (default) | `NAT`. */
  EipBindMode?: string;
  IcmpReplyEnabled?: boolean;
  PrivateLinkEnabled?: boolean;
  /** Sent as one JSON string (REFERENCE §1.2 "shrink"). */
  AccessMode?: { ModeValue?: string; TunnelType?: string };
  NatIp?: string;
  Ipv4Prefix?: string;
  AvailabilityMode?: string;
  SecurityProtectionEnabled?: boolean;
  Tag?: TagInput[];
}

/** DescribeNatGateways request. */
export interface DescribeNatGatewaysRequest extends PageRequest {
  RegionId: string;
  NatGatewayId?: string;
  VpcId?: string;
  Name?: string;
  NatType?: string;
  NetworkType?: string;
  Status?: string;
  ZoneId?: string;
  InstanceChargeType?: string;
  ResourceGroupId?: string;
  Spec?: string;
  AvailabilityMode?: string;
  DryRun?: boolean;
  Tag?: TagInput[];
}

/** DeleteNatGateway request; `Force` cascades to entries, EIPs and bandwidth packages. */
export interface DeleteNatGatewayRequest {
  RegionId: string;
  NatGatewayId: string;
  Force?: boolean;
}

/** ModifyNatGatewayAttribute request. */
export interface ModifyNatGatewayAttributeRequest {
  RegionId: string;
  NatGatewayId: string;
  Name?: string;
  Description?: string;
  /** Only `NAT` (one-way MULTI_BINDED → NAT). */
  EipBindMode?: string;
  IcmpReplyEnabled?: boolean;
  EnableSessionLog?: boolean;
  /** Sent as one JSON string. */
  LogDelivery?: { LogDeliveryType?: string; LogDestination?: string };
}

/** ModifyNatGatewaySpec request (legacy subscription gateways). */
export interface ModifyNatGatewaySpecRequest extends ClientTokenRequest {
  RegionId: string;
  NatGatewayId: string;
  /** `Small` | `Middle` | `Large`. */
  Spec: string;
  AutoPay?: boolean;
}

const natGateway = obj({
  NatGatewayId: 'string!',
  Name: 'string',
  Description: 'string',
  Status: 'string!',
  BusinessStatus: 'string',
  RegionId: 'string',
  VpcId: 'string',
  NatType: 'string',
  NetworkType: 'string',
  Spec: 'string',
  InstanceChargeType: 'string',
  InternetChargeType: 'string',
  CreationTime: 'string',
  ExpiredTime: 'string',
  AutoPay: 'bool',
  DeletionProtection: 'bool',
  EcsMetricEnabled: 'bool',
  IcmpReplyEnabled: 'bool',
  SecurityProtectionEnabled: 'bool',
  PrivateLinkEnabled: 'bool',
  PrivateLinkMode: 'string',
  // A string "true"/"false", not a boolean (REFERENCE §3.2, §8.8).
  EnableSessionLog: 'string',
  EipBindMode: 'string',
  AvailabilityMode: 'string',
  ResourceGroupId: 'string',
  AccessMode: obj({ ModeValue: 'string', TunnelType: 'string' }),
  ForwardTableIds: list('ForwardTableId', 'string'),
  SnatTableIds: list('SnatTableId', 'string'),
  FullNatTableIds: list('FullNatTableId', 'string'),
  IpLists: list(
    'IpList',
    obj({
      AllocationId: 'string',
      IpAddress: 'string',
      PrivateIpAddress: 'string',
      SnatEntryEnabled: 'bool',
      UsingStatus: 'string',
    }),
  ),
  // Same-name wrapper `IpPrefixList.IpPrefixList[]` (REFERENCE §2.1).
  IpPrefixList: list('IpPrefixList', obj({ IpPrefix: 'string' })),
  NatGatewayPrivateInfo: obj({
    EniInstanceId: 'string',
    EniType: 'string',
    IzNo: 'string',
    MaxBandwidth: 'int',
    MaxSessionEstablishRate: 'int',
    MaxSessionQuota: 'int',
    PrivateIpAddress: 'string',
    VswitchId: 'string', // lower-case `s`, REFERENCE §2.1
  }),
  // NAT tags use TagKey/TagValue, unlike every other resource (REFERENCE §2.1).
  Tags: list('Tag', obj({ TagKey: 'string', TagValue: 'string' })),
});

/** A NAT gateway of DescribeNatGateways. */
export type NatGateway = Infer<typeof natGateway>;

/** NAT gateway actions (REFERENCE §3.2). */
export const natGatewayActions = {
  CreateNatGateway: defineAction<CreateNatGatewayRequest>()(
    response({
      NatGatewayId: 'string!',
      ForwardTableIds: list('ForwardTableId', 'string'),
      SnatTableIds: list('SnatTableId', 'string'),
      FullNatTableIds: list('FullNatTableId', 'string'),
    }),
  ),
  DescribeNatGateways: defineAction<DescribeNatGatewaysRequest>({ read: true })(
    response({ ...pageFields, NatGateways: list('NatGateway', natGateway) }),
  ),
  DeleteNatGateway: defineAction<DeleteNatGatewayRequest>()(requestIdOnly),
  ModifyNatGatewayAttribute: defineAction<ModifyNatGatewayAttributeRequest>()(requestIdOnly),
  ModifyNatGatewaySpec: defineAction<ModifyNatGatewaySpecRequest>()(requestIdOnly),
};

type Actions = typeof natGatewayActions;
/** CreateNatGateway response. */
export type CreateNatGatewayResponse = Infer<Actions['CreateNatGateway']['response']>;
/** DescribeNatGateways response. */
export type DescribeNatGatewaysResponse = Infer<Actions['DescribeNatGateways']['response']>;
/** DeleteNatGateway response. */
export type DeleteNatGatewayResponse = Infer<Actions['DeleteNatGateway']['response']>;
/** ModifyNatGatewayAttribute response. */
export type ModifyNatGatewayAttributeResponse = Infer<
  Actions['ModifyNatGatewayAttribute']['response']
>;
/** ModifyNatGatewaySpec response. */
export type ModifyNatGatewaySpecResponse = Infer<Actions['ModifyNatGatewaySpec']['response']>;
