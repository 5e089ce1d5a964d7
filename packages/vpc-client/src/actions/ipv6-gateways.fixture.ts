import { XML_PROLOG, requestIdOnly } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

const gw = {
  Ipv6GatewayId: 'ipv6gw-bp1mjxp4bz0ebqtbi****',
  Name: 'v6',
  Description: '',
  VpcId: 'vpc-bp1qpo0kug3a20qqe****',
  RegionId: 'cn-hangzhou',
  Status: 'Available',
  BusinessStatus: 'Normal',
  CreationTime: '2026-01-09T13:00:00Z',
  ExpiredTime: '',
  InstanceChargeType: 'PostPaid',
  ResourceGroupId: 'rg-acfmxazb4ph6aiy',
  Tags: { Tag: [{ Key: 'ipv6', Value: '' }] },
};
const gwXml = `<Ipv6GatewayId>ipv6gw-bp1mjxp4bz0ebqtbi****</Ipv6GatewayId><Name>v6</Name><Description></Description><VpcId>vpc-bp1qpo0kug3a20qqe****</VpcId><RegionId>cn-hangzhou</RegionId><Status>Available</Status><BusinessStatus>Normal</BusinessStatus><CreationTime>2026-01-09T13:00:00Z</CreationTime><ExpiredTime/><InstanceChargeType>PostPaid</InstanceChargeType><ResourceGroupId>rg-acfmxazb4ph6aiy</ResourceGroupId><Tags><Tag><Key>ipv6</Key><Value></Value></Tag></Tags>`;

/** Recorded IPv6 gateway and address bodies (REFERENCE §3.5). */
export const ipv6GatewayFixtures: ActionFixture[] = [
  {
    action: 'CreateIpv6Gateway',
    name: 'new gateway',
    xml: `${XML_PROLOG}<CreateIpv6GatewayResponse><RequestId>8192A3B4-FFFF-4809-91A8-192A3B4C5D6E</RequestId><Ipv6GatewayId>ipv6gw-bp1mjxp4bz0ebqtbi****</Ipv6GatewayId><ResourceGroupId>rg-acfmxazb4ph6aiy</ResourceGroupId></CreateIpv6GatewayResponse>`,
    json: JSON.stringify({
      RequestId: '8192A3B4-FFFF-4809-91A8-192A3B4C5D6E',
      Ipv6GatewayId: 'ipv6gw-bp1mjxp4bz0ebqtbi****',
      ResourceGroupId: 'rg-acfmxazb4ph6aiy',
    }),
  },
  {
    action: 'DescribeIpv6Gateways',
    name: 'one gateway with an empty tag value',
    xml: `${XML_PROLOG}<DescribeIpv6GatewaysResponse><RequestId>92A3B4C5-0000-491A-82B9-2A3B4C5D6E7F</RequestId><TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><Ipv6Gateways><Ipv6Gateway>${gwXml}<OwnerId>1337420000000000</OwnerId></Ipv6Gateway></Ipv6Gateways></DescribeIpv6GatewaysResponse>`,
    json: JSON.stringify({
      RequestId: '92A3B4C5-0000-491A-82B9-2A3B4C5D6E7F',
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      Ipv6Gateways: { Ipv6Gateway: [{ ...gw, OwnerId: 1337420000000000 }] },
    }),
  },
  {
    action: 'DescribeIpv6GatewayAttribute',
    name: 'flat body',
    xml: `${XML_PROLOG}<DescribeIpv6GatewayAttributeResponse><RequestId>A3B4C5D6-1111-4A2B-93CA-3B4C5D6E7F80</RequestId>${gwXml}<GatewayRouteTableId></GatewayRouteTableId></DescribeIpv6GatewayAttributeResponse>`,
    json: JSON.stringify({
      RequestId: 'A3B4C5D6-1111-4A2B-93CA-3B4C5D6E7F80',
      ...gw,
      GatewayRouteTableId: '',
    }),
  },
  {
    action: 'DescribeIpv6GatewayAttribute',
    name: 'unknown id: 200 with empty fields (REFERENCE §5.6)',
    xml: `${XML_PROLOG}<DescribeIpv6GatewayAttributeResponse><RequestId>A3B4C5D6-1111-4A2B-93CA-3B4C5D6E7F81</RequestId><Status></Status><Tags/></DescribeIpv6GatewayAttributeResponse>`,
    json: JSON.stringify({
      RequestId: 'A3B4C5D6-1111-4A2B-93CA-3B4C5D6E7F81',
      Status: '',
      Tags: { Tag: [] },
    }),
  },
  requestIdOnly('DeleteIpv6Gateway', 'B4C5D6E7-2222-4B3C-84DB-4C5D6E7F8091'),
  requestIdOnly('ModifyIpv6GatewayAttribute', 'C5D6E7F8-3333-4C4D-95EC-5D6E7F8091A2'),
  {
    action: 'DescribeIpv6Addresses',
    name: 'one public address with bandwidth',
    xml: `${XML_PROLOG}<DescribeIpv6AddressesResponse><RequestId>D6E7F809-4444-4D5E-86FD-6E7F8091A2B3</RequestId><TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><Ipv6Addresses><Ipv6Address><Ipv6AddressId>ipv6-bp1h8jgc4khlyq2d****</Ipv6AddressId><Ipv6Address>2408:4005:3c6:6a01::1</Ipv6Address><Ipv6AddressName>web</Ipv6AddressName><AddressType>IPv6Address</AddressType><AllocationTime>2026-01-09T13:05:00Z</AllocationTime><AssociatedInstanceId>i-bp1abcdefg****</AssociatedInstanceId><AssociatedInstanceType>EcsInstance</AssociatedInstanceType><Ipv6GatewayId>ipv6gw-bp1mjxp4bz0ebqtbi****</Ipv6GatewayId><Ipv6Isp>BGP</Ipv6Isp><NetworkType>Public</NetworkType><RealBandwidth>10</RealBandwidth><ServiceManaged>0</ServiceManaged><Status>Available</Status><VSwitchId>vsw-bp1nhbnpv2blyz8dl****</VSwitchId><VpcId>vpc-bp1qpo0kug3a20qqe****</VpcId><Ipv6InternetBandwidth><Ipv6InternetBandwidthId>ipv6bw-bp1g7kzq3zlb4m1f****</Ipv6InternetBandwidthId><Bandwidth>10</Bandwidth><BusinessStatus>Normal</BusinessStatus><HasReservationData>false</HasReservationData><InstanceChargeType>PostPaid</InstanceChargeType><InternetChargeType>PayByTraffic</InternetChargeType></Ipv6InternetBandwidth><Tags/></Ipv6Address></Ipv6Addresses></DescribeIpv6AddressesResponse>`,
    json: JSON.stringify({
      RequestId: 'D6E7F809-4444-4D5E-86FD-6E7F8091A2B3',
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      Ipv6Addresses: {
        Ipv6Address: [
          {
            Ipv6AddressId: 'ipv6-bp1h8jgc4khlyq2d****',
            Ipv6Address: '2408:4005:3c6:6a01::1',
            Ipv6AddressName: 'web',
            AddressType: 'IPv6Address',
            AllocationTime: '2026-01-09T13:05:00Z',
            AssociatedInstanceId: 'i-bp1abcdefg****',
            AssociatedInstanceType: 'EcsInstance',
            Ipv6GatewayId: 'ipv6gw-bp1mjxp4bz0ebqtbi****',
            Ipv6Isp: 'BGP',
            NetworkType: 'Public',
            RealBandwidth: 10,
            ServiceManaged: 0,
            Status: 'Available',
            VSwitchId: 'vsw-bp1nhbnpv2blyz8dl****',
            VpcId: 'vpc-bp1qpo0kug3a20qqe****',
            Ipv6InternetBandwidth: {
              Ipv6InternetBandwidthId: 'ipv6bw-bp1g7kzq3zlb4m1f****',
              Bandwidth: 10,
              BusinessStatus: 'Normal',
              HasReservationData: false,
              InstanceChargeType: 'PostPaid',
              InternetChargeType: 'PayByTraffic',
            },
            Tags: { Tag: [] },
          },
        ],
      },
    }),
  },
  {
    action: 'AllocateIpv6InternetBandwidth',
    name: 'bandwidth id',
    xml: `${XML_PROLOG}<AllocateIpv6InternetBandwidthResponse><RequestId>E7F8091A-5555-4E6F-870E-7F8091A2B3C4</RequestId><InternetBandwidthId>ipv6bw-bp1g7kzq3zlb4m1f****</InternetBandwidthId><Ipv6AddressId>ipv6-bp1h8jgc4khlyq2d****</Ipv6AddressId></AllocateIpv6InternetBandwidthResponse>`,
    json: JSON.stringify({
      RequestId: 'E7F8091A-5555-4E6F-870E-7F8091A2B3C4',
      InternetBandwidthId: 'ipv6bw-bp1g7kzq3zlb4m1f****',
      Ipv6AddressId: 'ipv6-bp1h8jgc4khlyq2d****',
    }),
  },
  requestIdOnly('DeleteIpv6InternetBandwidth', 'F8091A2B-6666-4F70-981F-8091A2B3C4D5'),
  requestIdOnly('ModifyIpv6InternetBandwidth', '091A2B3C-7777-4081-A920-91A2B3C4D5E6'),
];
