import { XML_PROLOG, requestIdOnly } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

const emptyNatList = {
  RequestId: '0C5C8B1E-3333-4E59-A5B9-1B2D3F4A5B6C',
  TotalCount: 0,
  PageNumber: 1,
  PageSize: 10,
  NatGateways: { NatGateway: [] },
};

const natXmlItem = `<NatGateway>
  <NatGatewayId>ngw-bp1uewa15k4iy5770****</NatGatewayId><Name>egress</Name><Description>123</Description>
  <Status>Available</Status><BusinessStatus>Normal</BusinessStatus><RegionId>cn-hangzhou</RegionId>
  <VpcId>vpc-bp1qpo0kug3a20qqe****</VpcId><NatType>Enhanced</NatType><NetworkType>internet</NetworkType>
  <Spec></Spec><InstanceChargeType>PostPaid</InstanceChargeType><InternetChargeType>PayByLcu</InternetChargeType>
  <CreationTime>2026-01-09T12:20Z</CreationTime><ExpiredTime></ExpiredTime><AutoPay>false</AutoPay>
  <DeletionProtection>false</DeletionProtection><EcsMetricEnabled>false</EcsMetricEnabled>
  <IcmpReplyEnabled>true</IcmpReplyEnabled><SecurityProtectionEnabled>false</SecurityProtectionEnabled>
  <PrivateLinkEnabled>false</PrivateLinkEnabled><EnableSessionLog>false</EnableSessionLog>
  <EipBindMode>MULTI_BINDED</EipBindMode><ResourceGroupId>rg-acfmxazb4ph6aiy</ResourceGroupId>
  <AccessMode><ModeValue>route</ModeValue><TunnelType></TunnelType></AccessMode>
  <ForwardTableIds><ForwardTableId>ftb-bp1mbjubq34hlcqpa****</ForwardTableId></ForwardTableIds>
  <SnatTableIds><SnatTableId>stb-bp190wu8io1vgev8f****</SnatTableId></SnatTableIds>
  <FullNatTableIds/>
  <IpLists>
    <IpList><AllocationId>eip-bp13e9i2qst4g6jzi****</AllocationId><IpAddress>47.96.10.1</IpAddress><PrivateIpAddress>192.168.1.10</PrivateIpAddress><SnatEntryEnabled>true</SnatEntryEnabled><UsingStatus>UsedBySnatTable</UsingStatus></IpList>
    <IpList><AllocationId>eip-bp1a9vtbqbhxtm4p3****</AllocationId><IpAddress>47.96.10.2</IpAddress><PrivateIpAddress>192.168.1.11</PrivateIpAddress><SnatEntryEnabled>false</SnatEntryEnabled><UsingStatus>Idle</UsingStatus></IpList>
  </IpLists>
  <IpPrefixList><IpPrefixList><IpPrefix>192.168.1.64/28</IpPrefix></IpPrefixList></IpPrefixList>
  <NatGatewayPrivateInfo><EniInstanceId>eni-bp1abcde12345****</EniInstanceId><EniType>indirect</EniType><IzNo>cn-hangzhou-b</IzNo><MaxBandwidth>5120</MaxBandwidth><MaxSessionEstablishRate>100000</MaxSessionEstablishRate><MaxSessionQuota>2000000</MaxSessionQuota><PrivateIpAddress>192.168.1.9</PrivateIpAddress><VswitchId>vsw-bp1nhbnpv2blyz8dl****</VswitchId></NatGatewayPrivateInfo>
  <Tags><Tag><TagKey>env</TagKey><TagValue>prod</TagValue></Tag></Tags>
</NatGateway>`;

const natJsonItem = {
  NatGatewayId: 'ngw-bp1uewa15k4iy5770****',
  Name: 'egress',
  // "123" in a string field stays a string in both formats.
  Description: '123',
  Status: 'Available',
  BusinessStatus: 'Normal',
  RegionId: 'cn-hangzhou',
  VpcId: 'vpc-bp1qpo0kug3a20qqe****',
  NatType: 'Enhanced',
  NetworkType: 'internet',
  Spec: '',
  InstanceChargeType: 'PostPaid',
  InternetChargeType: 'PayByLcu',
  CreationTime: '2026-01-09T12:20Z',
  ExpiredTime: '',
  AutoPay: false,
  DeletionProtection: false,
  EcsMetricEnabled: false,
  IcmpReplyEnabled: true,
  SecurityProtectionEnabled: false,
  PrivateLinkEnabled: false,
  EnableSessionLog: 'false',
  EipBindMode: 'MULTI_BINDED',
  ResourceGroupId: 'rg-acfmxazb4ph6aiy',
  AccessMode: { ModeValue: 'route', TunnelType: '' },
  ForwardTableIds: { ForwardTableId: ['ftb-bp1mbjubq34hlcqpa****'] },
  SnatTableIds: { SnatTableId: ['stb-bp190wu8io1vgev8f****'] },
  FullNatTableIds: { FullNatTableId: [] },
  IpLists: {
    IpList: [
      {
        AllocationId: 'eip-bp13e9i2qst4g6jzi****',
        IpAddress: '47.96.10.1',
        PrivateIpAddress: '192.168.1.10',
        SnatEntryEnabled: true,
        UsingStatus: 'UsedBySnatTable',
      },
      {
        AllocationId: 'eip-bp1a9vtbqbhxtm4p3****',
        IpAddress: '47.96.10.2',
        PrivateIpAddress: '192.168.1.11',
        SnatEntryEnabled: false,
        UsingStatus: 'Idle',
      },
    ],
  },
  IpPrefixList: { IpPrefixList: [{ IpPrefix: '192.168.1.64/28' }] },
  NatGatewayPrivateInfo: {
    EniInstanceId: 'eni-bp1abcde12345****',
    EniType: 'indirect',
    IzNo: 'cn-hangzhou-b',
    MaxBandwidth: 5120,
    MaxSessionEstablishRate: 100000,
    MaxSessionQuota: 2000000,
    PrivateIpAddress: '192.168.1.9',
    VswitchId: 'vsw-bp1nhbnpv2blyz8dl****',
  },
  Tags: { Tag: [{ TagKey: 'env', TagValue: 'prod' }] },
};

/** Recorded NAT gateway bodies (REFERENCE §3.2), irregular wrappers and empty lists included. */
export const natGatewayFixtures: ActionFixture[] = [
  {
    action: 'CreateNatGateway',
    name: 'new gateway with its table ids',
    xml: `${XML_PROLOG}<CreateNatGatewayResponse><RequestId>2315DEB7-5E92-423A-91F7-4C1EC9AD97C3</RequestId><NatGatewayId>ngw-bp1uewa15k4iy5770****</NatGatewayId><ForwardTableIds><ForwardTableId>ftb-bp1mbjubq34hlcqpa****</ForwardTableId></ForwardTableIds><SnatTableIds><SnatTableId>stb-bp190wu8io1vgev8f****</SnatTableId></SnatTableIds><FullNatTableIds></FullNatTableIds></CreateNatGatewayResponse>`,
    json: JSON.stringify({
      RequestId: '2315DEB7-5E92-423A-91F7-4C1EC9AD97C3',
      NatGatewayId: 'ngw-bp1uewa15k4iy5770****',
      ForwardTableIds: { ForwardTableId: ['ftb-bp1mbjubq34hlcqpa****'] },
      SnatTableIds: { SnatTableId: ['stb-bp190wu8io1vgev8f****'] },
      FullNatTableIds: { FullNatTableId: [] },
    }),
  },
  {
    action: 'DescribeNatGateways',
    name: 'one gateway: TagKey/TagValue, IpPrefixList.IpPrefixList, VswitchId, string EnableSessionLog',
    xml: `${XML_PROLOG}<DescribeNatGatewaysResponse><RequestId>0C5C8B1E-3333-4E59-A5B9-1B2D3F4A5B6C</RequestId><TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><NatGateways>${natXmlItem}</NatGateways></DescribeNatGatewaysResponse>`,
    json: JSON.stringify({
      ...emptyNatList,
      TotalCount: 1,
      NatGateways: { NatGateway: [natJsonItem] },
    }),
  },
  {
    action: 'DescribeNatGateways',
    name: 'two gateways',
    xml: `${XML_PROLOG}<DescribeNatGatewaysResponse><RequestId>0C5C8B1E-3333-4E59-A5B9-1B2D3F4A5B6C</RequestId><TotalCount>2</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><NatGateways>${natXmlItem}${natXmlItem.replace('>egress<', '>egress-2<')}</NatGateways></DescribeNatGatewaysResponse>`,
    json: JSON.stringify({
      ...emptyNatList,
      TotalCount: 2,
      NatGateways: { NatGateway: [natJsonItem, { ...natJsonItem, Name: 'egress-2' }] },
    }),
  },
  {
    action: 'DescribeNatGateways',
    name: 'empty list as a self-closing element',
    xml: `${XML_PROLOG}<DescribeNatGatewaysResponse><RequestId>0C5C8B1E-3333-4E59-A5B9-1B2D3F4A5B6C</RequestId><TotalCount>0</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><NatGateways/></DescribeNatGatewaysResponse>`,
    json: JSON.stringify(emptyNatList),
  },
  {
    action: 'DescribeNatGateways',
    name: 'empty list as an open/close pair; JSON omits the wrapper',
    xml: `${XML_PROLOG}<DescribeNatGatewaysResponse><RequestId>0C5C8B1E-3333-4E59-A5B9-1B2D3F4A5B6C</RequestId><TotalCount>0</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><NatGateways></NatGateways></DescribeNatGatewaysResponse>`,
    json: JSON.stringify({ ...emptyNatList, NatGateways: undefined }),
    expected: emptyNatList,
  },
  requestIdOnly('DeleteNatGateway', 'F0E1D2C3-4444-4B5A-8C7D-6E5F4A3B2C1D'),
  requestIdOnly('ModifyNatGatewayAttribute', 'A1B2C3D4-5555-4E6F-8A9B-0C1D2E3F4A5B'),
  requestIdOnly('ModifyNatGatewaySpec', 'B2C3D4E5-6666-4F70-9A1B-2C3D4E5F6A7B'),
];
