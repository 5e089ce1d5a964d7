import { list, obj, response } from '../schema.ts';
import type { Fields, Infer } from '../schema.ts';
import { defineAction, pageFields, requestIdOnly, tagList } from './define-action.ts';
import type { ClientTokenRequest, PageRequest, TagInput } from './define-action.ts';

/** CreateVpnGateway request (REFERENCE §3.4). */
export interface CreateVpnGatewayRequest extends ClientTokenRequest {
  RegionId: string;
  VpcId: string;
  /** Mbit/s, e.g. 10, 100, 200, 500, 1000. */
  Bandwidth: number;
  VSwitchId?: string;
  DisasterRecoveryVSwitchId?: string;
  Name?: string;
  EnableIpsec?: boolean;
  EnableSsl?: boolean;
  SslConnections?: number;
  /** `POSTPAY` | `PREPAY` (upper-case in the request). */
  InstanceChargeType?: string;
  Period?: number;
  AutoPay?: boolean;
  /** `public` (default) | `private`. */
  NetworkType?: string;
  VpnType?: string;
  ResourceGroupId?: string;
}

/** DescribeVpnGateways request; `Status` filter is lower-case. */
export interface DescribeVpnGatewaysRequest extends PageRequest {
  RegionId: string;
  VpnGatewayId?: string;
  VpcId?: string;
  Status?: string;
  BusinessStatus?: string;
  GatewayType?: string;
  IncludeReservationData?: boolean;
  ResourceGroupId?: string;
  Tag?: TagInput[];
}

/** DescribeVpnGateway request. */
export interface DescribeVpnGatewayRequest {
  RegionId: string;
  VpnGatewayId: string;
  IncludeReservationData?: boolean;
}

/** DeleteVpnGateway request. */
export interface DeleteVpnGatewayRequest extends ClientTokenRequest {
  RegionId: string;
  VpnGatewayId: string;
}

/** ModifyVpnGatewayAttribute request. */
export interface ModifyVpnGatewayAttributeRequest extends ClientTokenRequest {
  RegionId: string;
  VpnGatewayId: string;
  Name?: string;
  Description?: string;
  AutoPropagate?: boolean;
}

// Shared by the list item, DescribeVpnGateway and ModifyVpnGatewayAttribute.
const vpnGatewayFields = {
  VpnGatewayId: 'string!',
  Name: 'string',
  Description: 'string',
  VpcId: 'string',
  VSwitchId: 'string',
  DisasterRecoveryVSwitchId: 'string',
  InternetIp: 'string',
  DisasterRecoveryInternetIp: 'string',
  SslVpnInternetIp: 'string',
  // Lower-case vocabulary `init|provisioning|active|updating|deleting` (REFERENCE §4.4).
  Status: 'string',
  BusinessStatus: 'string',
  // CreateTime/EndTime are int64 epoch milliseconds, not ISO strings (REFERENCE §3.4).
  CreateTime: 'int',
  EndTime: 'int',
  // A string with unit, e.g. "5M" (REFERENCE §7).
  Spec: 'string',
  AutoPropagate: 'bool',
  EnableBgp: 'bool',
  ResourceGroupId: 'string',
} as const satisfies Fields;

const reservationData = obj({
  ReservationEndTime: 'string',
  ReservationIpsec: 'string',
  ReservationMaxConnections: 'int',
  ReservationOrderType: 'string',
  ReservationSpec: 'string',
  ReservationSsl: 'string',
  Status: 'string',
});

const vpnGatewayDetail = {
  ...vpnGatewayFields,
  ChargeType: 'string',
  GatewayType: 'string',
  IpsecVpn: 'string',
  SslVpn: 'string',
  SslMaxConnections: 'int',
  NetworkType: 'string',
  VpnType: 'string',
  EniInstanceIds: list('EniInstanceId', 'string'),
  ReservationData: reservationData,
  // `Tag` is a JSON string of system labels; user tags are `Tags.Tag[]` (REFERENCE §2.1).
  // It stays a string as in the SDK model.
  Tag: 'string',
  Tags: tagList,
} as const satisfies Fields;

const vpnGateway = obj({ ...vpnGatewayDetail, Status: 'string!' });

/** A VPN gateway of DescribeVpnGateways. */
export type VpnGateway = Infer<typeof vpnGateway>;

/** VPN gateway actions (REFERENCE §3.4). */
export const vpnGatewayActions = {
  CreateVpnGateway: defineAction<CreateVpnGatewayRequest>()(
    response({ VpnGatewayId: 'string!', Name: 'string', OrderId: 'int' }),
  ),
  DescribeVpnGateways: defineAction<DescribeVpnGatewaysRequest>({ read: true })(
    response({ ...pageFields, VpnGateways: list('VpnGateway', vpnGateway) }),
  ),
  DescribeVpnGateway: defineAction<DescribeVpnGatewayRequest>({ read: true })(
    response(vpnGatewayDetail),
  ),
  DeleteVpnGateway: defineAction<DeleteVpnGatewayRequest>()(requestIdOnly),
  ModifyVpnGatewayAttribute: defineAction<ModifyVpnGatewayAttributeRequest>()(
    response({ ...vpnGatewayFields, IntranetIp: 'string' }),
  ),
};

type Actions = typeof vpnGatewayActions;
/** CreateVpnGateway response. */
export type CreateVpnGatewayResponse = Infer<Actions['CreateVpnGateway']['response']>;
/** DescribeVpnGateways response. */
export type DescribeVpnGatewaysResponse = Infer<Actions['DescribeVpnGateways']['response']>;
/** DescribeVpnGateway response (flat). */
export type DescribeVpnGatewayResponse = Infer<Actions['DescribeVpnGateway']['response']>;
/** DeleteVpnGateway response. */
export type DeleteVpnGatewayResponse = Infer<Actions['DeleteVpnGateway']['response']>;
/** ModifyVpnGatewayAttribute response (the gateway's attributes). */
export type ModifyVpnGatewayAttributeResponse = Infer<
  Actions['ModifyVpnGatewayAttribute']['response']
>;
