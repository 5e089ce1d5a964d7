import { list, obj, response } from '../schema.ts';
import type { Fields, Infer } from '../schema.ts';
import { defineAction, pageFields, requestIdOnly, tagList } from './define-action.ts';
import type { ClientTokenRequest, PageRequest, TagInput } from './define-action.ts';

/** CreateIpv6Gateway request (REFERENCE §3.5). */
export interface CreateIpv6GatewayRequest extends ClientTokenRequest {
  RegionId: string;
  VpcId: string;
  Name?: string;
  Description?: string;
  ResourceGroupId?: string;
  DryRun?: boolean;
  Tag?: TagInput[];
}

/** DescribeIpv6Gateways request; the tag filter is `Tags` (plural) here. */
export interface DescribeIpv6GatewaysRequest extends PageRequest {
  RegionId: string;
  Ipv6GatewayId?: string;
  VpcId?: string;
  Name?: string;
  ResourceGroupId?: string;
  Tags?: TagInput[];
}

/** DescribeIpv6GatewayAttribute request. */
export interface DescribeIpv6GatewayAttributeRequest {
  RegionId: string;
  Ipv6GatewayId: string;
}

/** DeleteIpv6Gateway request. */
export interface DeleteIpv6GatewayRequest extends ClientTokenRequest {
  RegionId: string;
  Ipv6GatewayId: string;
  DryRun?: boolean;
}

/** ModifyIpv6GatewayAttribute request. */
export interface ModifyIpv6GatewayAttributeRequest extends ClientTokenRequest {
  RegionId: string;
  Ipv6GatewayId: string;
  Name?: string;
  Description?: string;
  DryRun?: boolean;
}

/** DescribeIpv6Addresses request. */
export interface DescribeIpv6AddressesRequest extends PageRequest {
  RegionId: string;
  Ipv6AddressId?: string;
  Ipv6Address?: string;
  Ipv6InternetBandwidthId?: string;
  VpcId?: string;
  VSwitchId?: string;
  AddressType?: string;
  AssociatedInstanceId?: string;
  AssociatedInstanceType?: string;
  Name?: string;
  /** `Private` | `Public`. */
  NetworkType?: string;
  ResourceGroupId?: string;
  IncludeReservationData?: boolean;
  ServiceManaged?: boolean;
  Tag?: TagInput[];
}

/** AllocateIpv6InternetBandwidth request. */
export interface AllocateIpv6InternetBandwidthRequest extends ClientTokenRequest {
  RegionId: string;
  Ipv6AddressId: string;
  /** Mbit/s (an int here, unlike EIP). */
  Bandwidth: number;
  Ipv6GatewayId?: string;
  InternetChargeType?: string;
  DryRun?: boolean;
}

/** DeleteIpv6InternetBandwidth request (sdk model; not in REFERENCE): one of the two IDs. */
export interface DeleteIpv6InternetBandwidthRequest extends ClientTokenRequest {
  RegionId: string;
  Ipv6AddressId?: string;
  Ipv6InternetBandwidthId?: string;
  DryRun?: boolean;
}

/** ModifyIpv6InternetBandwidth request (sdk model; not in REFERENCE). */
export interface ModifyIpv6InternetBandwidthRequest extends ClientTokenRequest {
  RegionId: string;
  Bandwidth: number;
  Ipv6AddressId?: string;
  Ipv6InternetBandwidthId?: string;
  DryRun?: boolean;
}

const gatewayFields = {
  Ipv6GatewayId: 'string!',
  Name: 'string',
  Description: 'string',
  VpcId: 'string',
  RegionId: 'string',
  Status: 'string!',
  BusinessStatus: 'string',
  CreationTime: 'string',
  ExpiredTime: 'string',
  InstanceChargeType: 'string',
  ResourceGroupId: 'string',
  Tags: tagList,
} as const satisfies Fields;

const ipv6Gateway = obj({ ...gatewayFields, OwnerId: 'int' });

const ipv6Address = obj({
  Ipv6AddressId: 'string!',
  Ipv6Address: 'string',
  Ipv6AddressName: 'string',
  Ipv6AddressDescription: 'string',
  AddressType: 'string',
  AllocationTime: 'string',
  AssociatedInstanceId: 'string',
  AssociatedInstanceType: 'string',
  Ipv6GatewayId: 'string',
  Ipv6Isp: 'string',
  NetworkType: 'string',
  RealBandwidth: 'int',
  ResourceGroupId: 'string',
  ServiceManaged: 'int',
  Status: 'string',
  VSwitchId: 'string',
  VpcId: 'string',
  Ipv6InternetBandwidth: obj({
    Ipv6InternetBandwidthId: 'string',
    Bandwidth: 'int',
    BusinessStatus: 'string',
    HasReservationData: 'bool',
    InstanceChargeType: 'string',
    InternetChargeType: 'string',
    ReservationActiveTime: 'string',
    ReservationBandwidth: 'int',
    ReservationInternetChargeType: 'string',
    ReservationOrderType: 'string',
  }),
  Tags: tagList,
});

/** An IPv6 gateway of DescribeIpv6Gateways. */
export type Ipv6Gateway = Infer<typeof ipv6Gateway>;
/** An IPv6 address of DescribeIpv6Addresses. */
export type Ipv6Address = Infer<typeof ipv6Address>;

// For an unknown ID the API apparently answers 200 with empty fields (REFERENCE §5.6), so the
// attribute response requires nothing but RequestId; callers test `Status` for emptiness.
const { Ipv6GatewayId: _id, Status: _status, ...attributeRest } = gatewayFields;

/** IPv6 gateway actions (REFERENCE §3.5). */
export const ipv6GatewayActions = {
  CreateIpv6Gateway: defineAction<CreateIpv6GatewayRequest>()(
    response({ Ipv6GatewayId: 'string!', ResourceGroupId: 'string' }),
  ),
  DescribeIpv6Gateways: defineAction<DescribeIpv6GatewaysRequest>({ read: true })(
    response({ ...pageFields, Ipv6Gateways: list('Ipv6Gateway', ipv6Gateway) }),
  ),
  DescribeIpv6GatewayAttribute: defineAction<DescribeIpv6GatewayAttributeRequest>({ read: true })(
    response({
      ...attributeRest,
      Ipv6GatewayId: 'string',
      Status: 'string',
      GatewayRouteTableId: 'string',
    }),
  ),
  DeleteIpv6Gateway: defineAction<DeleteIpv6GatewayRequest>()(requestIdOnly),
  ModifyIpv6GatewayAttribute: defineAction<ModifyIpv6GatewayAttributeRequest>()(requestIdOnly),
  DescribeIpv6Addresses: defineAction<DescribeIpv6AddressesRequest>({ read: true })(
    response({ ...pageFields, Ipv6Addresses: list('Ipv6Address', ipv6Address) }),
  ),
  AllocateIpv6InternetBandwidth: defineAction<AllocateIpv6InternetBandwidthRequest>()(
    response({ InternetBandwidthId: 'string!', Ipv6AddressId: 'string' }),
  ),
  DeleteIpv6InternetBandwidth: defineAction<DeleteIpv6InternetBandwidthRequest>()(requestIdOnly),
  ModifyIpv6InternetBandwidth: defineAction<ModifyIpv6InternetBandwidthRequest>()(requestIdOnly),
};

type Actions = typeof ipv6GatewayActions;
/** CreateIpv6Gateway response. */
export type CreateIpv6GatewayResponse = Infer<Actions['CreateIpv6Gateway']['response']>;
/** DescribeIpv6Gateways response. */
export type DescribeIpv6GatewaysResponse = Infer<Actions['DescribeIpv6Gateways']['response']>;
/** DescribeIpv6GatewayAttribute response (flat; empty fields for an unknown ID). */
export type DescribeIpv6GatewayAttributeResponse = Infer<
  Actions['DescribeIpv6GatewayAttribute']['response']
>;
/** DeleteIpv6Gateway response. */
export type DeleteIpv6GatewayResponse = Infer<Actions['DeleteIpv6Gateway']['response']>;
/** ModifyIpv6GatewayAttribute response. */
export type ModifyIpv6GatewayAttributeResponse = Infer<
  Actions['ModifyIpv6GatewayAttribute']['response']
>;
/** DescribeIpv6Addresses response. */
export type DescribeIpv6AddressesResponse = Infer<Actions['DescribeIpv6Addresses']['response']>;
/** AllocateIpv6InternetBandwidth response. */
export type AllocateIpv6InternetBandwidthResponse = Infer<
  Actions['AllocateIpv6InternetBandwidth']['response']
>;
/** DeleteIpv6InternetBandwidth response. */
export type DeleteIpv6InternetBandwidthResponse = Infer<
  Actions['DeleteIpv6InternetBandwidth']['response']
>;
/** ModifyIpv6InternetBandwidth response. */
export type ModifyIpv6InternetBandwidthResponse = Infer<
  Actions['ModifyIpv6InternetBandwidth']['response']
>;
