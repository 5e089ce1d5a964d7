import { array, list, obj, response } from '../schema.ts';
import type { Infer } from '../schema.ts';
import { defineAction, requestIdOnly, tagList } from './define-action.ts';
import type { ClientTokenRequest } from './define-action.ts';

/** DescribeVpnGatewayAvailableZones request (REFERENCE-2 §1.3): `Spec` is a string with unit. */
export interface DescribeVpnGatewayAvailableZonesRequest {
  RegionId: string;
  /** `5M` | `10M` | `20M` | `50M` | `100M` | `200M` | `500M` | `1000M`. */
  Spec: string;
  /** `Traditional` | `Enhanced.SiteToSite`; omitted = every type. */
  GatewayType?: string;
  /** `zh-CN` | `en-US` (default). */
  AcceptLanguage?: string;
}

/** CreateEnhancedVpnGateway request (REFERENCE-2 §1.4): always two vSwitches. */
export interface CreateEnhancedVpnGatewayRequest extends ClientTokenRequest {
  RegionId: string;
  VpcId: string;
  VSwitchId: string;
  DisasterRecoveryVSwitchId: string;
  /** Only `Enhanced.SiteToSite`. */
  GatewayType: string;
  Name?: string;
  NetworkType?: string;
  VpnType?: string;
  ResourceGroupId?: string;
}

/** UpdateEnhancedVpnGateway request. */
export interface UpdateEnhancedVpnGatewayRequest extends ClientTokenRequest {
  RegionId: string;
  VpnGatewayId: string;
  Name?: string;
  Description?: string;
  AutoPropagate?: boolean;
}

/** DeleteEnhancedVpnGateway request. */
export interface DeleteEnhancedVpnGatewayRequest extends ClientTokenRequest {
  RegionId: string;
  VpnGatewayId: string;
}

/** Dual-tunnel zones and enhanced (site-to-site) gateways (REFERENCE-2 §1.3–§1.4). */
export const enhancedVpnGatewayActions = {
  // The only GET of the SDK (REFERENCE-2 §0.1); the bare `AvailableZoneIdList` array (§0.2).
  DescribeVpnGatewayAvailableZones: defineAction<DescribeVpnGatewayAvailableZonesRequest>({
    read: true,
    method: 'GET',
  })(
    response({
      RegionId: 'string',
      AvailableZoneIdList: array(obj({ ZoneId: 'string!', ZoneName: 'string' })),
    }),
  ),
  CreateEnhancedVpnGateway: defineAction<CreateEnhancedVpnGatewayRequest>()(
    response({ VpnGatewayId: 'string!', Name: 'string' }),
  ),
  UpdateEnhancedVpnGateway: defineAction<UpdateEnhancedVpnGatewayRequest>()(
    response({
      VpnGatewayId: 'string!',
      Name: 'string',
      Description: 'string',
      VpcId: 'string',
      VSwitchId: 'string',
      DisasterRecoveryVSwitchId: 'string',
      GatewayType: 'string',
      NetworkType: 'string',
      VpnType: 'string',
      Status: 'string',
      AutoPropagate: 'bool',
      EnableBgp: 'bool',
      // Epoch milliseconds (REFERENCE-2 §1.4).
      CreateTime: 'int',
      ResourceGroupId: 'string',
      EniInstanceIds: list('EniInstanceId', 'string'),
      Tag: 'string',
      Tags: tagList,
    }),
  ),
  DeleteEnhancedVpnGateway: defineAction<DeleteEnhancedVpnGatewayRequest>()(requestIdOnly),
};

type Actions = typeof enhancedVpnGatewayActions;
/** DescribeVpnGatewayAvailableZones response. */
export type DescribeVpnGatewayAvailableZonesResponse = Infer<
  Actions['DescribeVpnGatewayAvailableZones']['response']
>;
/** CreateEnhancedVpnGateway response (no OrderId). */
export type CreateEnhancedVpnGatewayResponse = Infer<
  Actions['CreateEnhancedVpnGateway']['response']
>;
/** UpdateEnhancedVpnGateway response (the gateway's attributes). */
export type UpdateEnhancedVpnGatewayResponse = Infer<
  Actions['UpdateEnhancedVpnGateway']['response']
>;
