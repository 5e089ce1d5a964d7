import { array, list, obj, response } from '../schema.ts';
import type { Infer } from '../schema.ts';
import { defineAction } from './define-action.ts';
import type { ClientTokenRequest, TagInput } from './define-action.ts';

/** GetNatGatewayAttribute request (REFERENCE-2 §4.3). */
export interface GetNatGatewayAttributeRequest {
  RegionId: string;
  NatGatewayId: string;
}

/** ListEnhanhcedNatGatewayAvailableZones (sic) request (REFERENCE-2 §4.6). */
export interface ListEnhanhcedNatGatewayAvailableZonesRequest {
  RegionId: string;
  /** `zh-CN` (the default here) | `en-US`. */
  AcceptLanguage?: string;
  /** Only `Key: 'PrivateLinkEnabled'`, `Value: 'true' | 'false'`. */
  Filter?: { Key: string; Value?: string }[];
}

/** DescribeNatGatewayAssociateNetworkInterfaces request (REFERENCE-2 §4.7). */
export interface DescribeNatGatewayAssociateNetworkInterfacesRequest extends ClientTokenRequest {
  RegionId: string;
  NatGatewayId: string;
  /** 1–100, an int here (REFERENCE-2 §0.3). */
  MaxResults?: number;
  NextToken?: string;
  ResourceGroupId?: string;
  /** `ResourceId` | `NetworkInterfaceId` | `ResourceOwnerId`; values comma-separated. */
  Filter?: { Key: string; Value?: string }[];
  Tag?: TagInput[];
}

const natGatewayAttribute = response({
  NatGatewayId: 'string!',
  RegionId: 'string',
  Name: 'string',
  Description: 'string',
  VpcId: 'string',
  Status: 'string!',
  BusinessStatus: 'string',
  NatType: 'string',
  NetworkType: 'string',
  CreationTime: 'string',
  ExpiredTime: 'string',
  ResourceGroupId: 'string',
  AvailabilityMode: 'string',
  // A bool here, a string in DescribeNatGateways (REFERENCE-2 §4.3).
  EnableSessionLog: 'bool',
  EcsMetricEnabled: 'bool',
  PrivateLinkEnabled: 'bool',
  PrivateLinkMode: 'string',
  AccessMode: obj({ ModeValue: 'string', TunnelType: 'string' }),
  // AutoPay is the text "true"/"false" (PrePaid) or empty (PostPaid).
  BillingConfig: obj({
    AutoPay: 'string',
    InstanceChargeType: 'string',
    InternetChargeType: 'string',
    Spec: 'string',
  }),
  DeletionProtectionInfo: obj({ Enabled: 'bool' }),
  PrivateInfo: obj({
    EniInstanceId: 'string',
    IzNo: 'string',
    MaxBandwidth: 'int',
    PrivateIpAddress: 'string',
    VswitchId: 'string', // lower-case s (REFERENCE-2 §4.3)
  }),
  SnatTable: obj({ SnatTableId: 'string', SnatEntryCount: 'int' }),
  ForwardTable: obj({ ForwardTableId: 'string', ForwardEntryCount: 'int' }),
  FullNatTable: obj({ FullNatTableId: 'string', FullNatEntryCount: 'int' }),
  IpList: array(obj({ AllocationId: 'string', IpAddress: 'string', UsingStatus: 'string' })),
});

/** NAT gateway reads beyond DescribeNatGateways (REFERENCE-2 §4.3, §4.6, §4.7). */
export const natGatewayDetailActions = {
  // Not declared a read, as GetVpnGatewayDiagnoseResult: reads are Describe*/List* by the
  // table's rule, and an uncached read shows a protection flip at once.
  GetNatGatewayAttribute: defineAction<GetNatGatewayAttributeRequest>()(natGatewayAttribute),
  ListEnhanhcedNatGatewayAvailableZones: defineAction<ListEnhanhcedNatGatewayAvailableZonesRequest>(
    { read: true },
  )(response({ Zones: array(obj({ ZoneId: 'string!', LocalName: 'string' })) })),
  DescribeNatGatewayAssociateNetworkInterfaces:
    defineAction<DescribeNatGatewayAssociateNetworkInterfacesRequest>({ read: true })(
      response({
        NatGatewayId: 'string',
        Count: 'int',
        TotalCount: 'int',
        MaxResults: 'int',
        NextToken: 'string',
        AssociateNetworkInterfaces: list(
          'AssociateNetworkInterface',
          obj({
            NetworkInterfaceId: 'string',
            ResourceId: 'string',
            ResourceType: 'string',
            ResourceVpcId: 'string',
            TunnelIndex: 'string',
            // Capital `IPv4` (REFERENCE-2 §4.7).
            IPv4Sets: list('IPv4Set', obj({ IPv4Address: 'string', Primary: 'bool' })),
          }),
        ),
      }),
    ),
};

/** GetNatGatewayAttribute response. */
export type NatGatewayAttribute = Infer<typeof natGatewayAttribute>;

/** DescribeNatGatewayAssociateNetworkInterfaces response. */
export type DescribeNatGatewayAssociateNetworkInterfacesResponse = Infer<
  (typeof natGatewayDetailActions)['DescribeNatGatewayAssociateNetworkInterfaces']['response']
>;
