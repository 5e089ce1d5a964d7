import { XML_PROLOG } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

const RID = '9A1B2C3D-EEEE-4E5F-8A9B-0C1D2E3F4A5B';
const wrap = (action: string, inner: string) =>
  `${XML_PROLOG}<${action}Response><RequestId>${RID}</RequestId>${inner}</${action}Response>`;

const attribute = {
  NatGatewayId: 'ngw-bp1uewa15k4iy5770****',
  RegionId: 'cn-hangzhou',
  Name: 'pay-egress',
  Description: '',
  VpcId: 'vpc-bp1qpo0kug3a20qqe****',
  Status: 'Available',
  BusinessStatus: 'Normal',
  NatType: 'Enhanced',
  NetworkType: 'internet',
  CreationTime: '2026-09-07T08:00:00Z',
  ExpiredTime: '',
  ResourceGroupId: 'rg-acfmdemo0default',
  AvailabilityMode: 'SingleAZ',
  EnableSessionLog: false,
  EcsMetricEnabled: false,
  PrivateLinkEnabled: false,
  PrivateLinkMode: 'FullNat',
  AccessMode: { ModeValue: 'route', TunnelType: '' },
  BillingConfig: {
    AutoPay: '',
    InstanceChargeType: 'PostPaid',
    InternetChargeType: 'PayByLcu',
    Spec: '',
  },
  DeletionProtectionInfo: { Enabled: true },
  PrivateInfo: {
    EniInstanceId: 'eni-bp1eo3ntqfo2vq****',
    IzNo: 'cn-hangzhou-j',
    MaxBandwidth: 5120,
    PrivateIpAddress: '10.20.2.4',
    VswitchId: 'vsw-bp1s2laxhdf9ayjbo****',
  },
  SnatTable: { SnatTableId: 'stb-bp1l6xgmn3c3k2y7****', SnatEntryCount: 1 },
  ForwardTable: { ForwardTableId: 'ftb-bp1f2e1m7ks9dlvz****', ForwardEntryCount: 1 },
  FullNatTable: { FullNatTableId: '', FullNatEntryCount: 0 },
  IpList: [
    { AllocationId: 'eip-bp13e9i2qst4g6jzi****', IpAddress: '47.96.120.8', UsingStatus: 'idle' },
    {
      AllocationId: 'eip-bp1bk5h3b6p7vyh4q****',
      IpAddress: '47.96.120.9',
      UsingStatus: 'UsedBySnatTable',
    },
  ],
};
const attributeXml = `<NatGatewayId>ngw-bp1uewa15k4iy5770****</NatGatewayId><RegionId>cn-hangzhou</RegionId><Name>pay-egress</Name><Description></Description><VpcId>vpc-bp1qpo0kug3a20qqe****</VpcId><Status>Available</Status><BusinessStatus>Normal</BusinessStatus><NatType>Enhanced</NatType><NetworkType>internet</NetworkType><CreationTime>2026-09-07T08:00:00Z</CreationTime><ExpiredTime></ExpiredTime><ResourceGroupId>rg-acfmdemo0default</ResourceGroupId><AvailabilityMode>SingleAZ</AvailabilityMode><EnableSessionLog>false</EnableSessionLog><EcsMetricEnabled>false</EcsMetricEnabled><PrivateLinkEnabled>false</PrivateLinkEnabled><PrivateLinkMode>FullNat</PrivateLinkMode><AccessMode><ModeValue>route</ModeValue><TunnelType></TunnelType></AccessMode><BillingConfig><AutoPay></AutoPay><InstanceChargeType>PostPaid</InstanceChargeType><InternetChargeType>PayByLcu</InternetChargeType><Spec></Spec></BillingConfig><DeletionProtectionInfo><Enabled>true</Enabled></DeletionProtectionInfo><PrivateInfo><EniInstanceId>eni-bp1eo3ntqfo2vq****</EniInstanceId><IzNo>cn-hangzhou-j</IzNo><MaxBandwidth>5120</MaxBandwidth><PrivateIpAddress>10.20.2.4</PrivateIpAddress><VswitchId>vsw-bp1s2laxhdf9ayjbo****</VswitchId></PrivateInfo><SnatTable><SnatTableId>stb-bp1l6xgmn3c3k2y7****</SnatTableId><SnatEntryCount>1</SnatEntryCount></SnatTable><ForwardTable><ForwardTableId>ftb-bp1f2e1m7ks9dlvz****</ForwardTableId><ForwardEntryCount>1</ForwardEntryCount></ForwardTable><FullNatTable><FullNatTableId></FullNatTableId><FullNatEntryCount>0</FullNatEntryCount></FullNatTable><IpList><AllocationId>eip-bp13e9i2qst4g6jzi****</AllocationId><IpAddress>47.96.120.8</IpAddress><UsingStatus>idle</UsingStatus></IpList><IpList><AllocationId>eip-bp1bk5h3b6p7vyh4q****</AllocationId><IpAddress>47.96.120.9</IpAddress><UsingStatus>UsedBySnatTable</UsingStatus></IpList>`;

const eni = {
  NetworkInterfaceId: 'eni-gw8g131ef2dnbu3k****',
  ResourceId: 'ep-8psre8c4ed2lea3k****',
  ResourceType: 'Endpoint',
  ResourceVpcId: 'vpc-wz9bdxb5nbwlsdv1f****',
  TunnelIndex: '1',
  IPv4Sets: { IPv4Set: [{ IPv4Address: '192.168.0.5', Primary: true }] },
};
const eniXml = `<AssociateNetworkInterface><NetworkInterfaceId>eni-gw8g131ef2dnbu3k****</NetworkInterfaceId><ResourceId>ep-8psre8c4ed2lea3k****</ResourceId><ResourceType>Endpoint</ResourceType><ResourceVpcId>vpc-wz9bdxb5nbwlsdv1f****</ResourceVpcId><TunnelIndex>1</TunnelIndex><IPv4Sets><IPv4Set><IPv4Address>192.168.0.5</IPv4Address><Primary>true</Primary></IPv4Set></IPv4Sets></AssociateNetworkInterface>`;

/** DeletionProtection, GetNatGatewayAttribute, NAT zones and associated ENIs (REFERENCE-2 §4.3–§4.7). */
export const natProtectionFixtures: ActionFixture[] = [
  {
    action: 'DeletionProtection',
    name: 'enabled',
    xml: wrap('DeletionProtection', ''),
    json: JSON.stringify({ RequestId: RID }),
  },
  {
    action: 'GetNatGatewayAttribute',
    name: 'protected internet gateway, bare IpList',
    xml: wrap('GetNatGatewayAttribute', attributeXml),
    json: JSON.stringify({ RequestId: RID, ...attribute }),
  },
  {
    action: 'ListEnhanhcedNatGatewayAvailableZones',
    name: 'bare Zones array with LocalName',
    xml: wrap(
      'ListEnhanhcedNatGatewayAvailableZones',
      '<Zones><ZoneId>me-east-1a</ZoneId><LocalName>中东1 可用区A</LocalName></Zones><Zones><ZoneId>me-east-1b</ZoneId><LocalName>中东1 可用区B</LocalName></Zones>',
    ),
    json: JSON.stringify({
      RequestId: RID,
      Zones: [
        { ZoneId: 'me-east-1a', LocalName: '中东1 可用区A' },
        { ZoneId: 'me-east-1b', LocalName: '中东1 可用区B' },
      ],
    }),
  },
  {
    action: 'DescribeNatGatewayAssociateNetworkInterfaces',
    name: 'one ENI, IPv4Sets wrapper',
    xml: wrap(
      'DescribeNatGatewayAssociateNetworkInterfaces',
      `<NatGatewayId>ngw-gw8v16wgvtq26vh59****</NatGatewayId><Count>1</Count><TotalCount>1</TotalCount><MaxResults>20</MaxResults><NextToken></NextToken><AssociateNetworkInterfaces>${eniXml}</AssociateNetworkInterfaces>`,
    ),
    json: JSON.stringify({
      RequestId: RID,
      NatGatewayId: 'ngw-gw8v16wgvtq26vh59****',
      Count: 1,
      TotalCount: 1,
      MaxResults: 20,
      NextToken: '',
      AssociateNetworkInterfaces: { AssociateNetworkInterface: [eni] },
    }),
  },
];
