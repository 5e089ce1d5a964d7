import { XML_PROLOG } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

/** Recorded DescribeRegions/Zones/Vpcs/VSwitches bodies (REFERENCE §3.1 shapes). */
export const lookupFixtures: ActionFixture[] = [
  {
    action: 'DescribeRegions',
    name: 'two regions',
    xml: `${XML_PROLOG}<DescribeRegionsResponse>
  <RequestId>611CB80C-B6A9-43DB-9E38-0B0AC3D9B58F</RequestId>
  <Regions>
    <Region><RegionId>cn-qingdao</RegionId><LocalName>华北 1</LocalName><RegionEndpoint>vpc.aliyuncs.com</RegionEndpoint></Region>
    <Region><RegionId>ap-southeast-1</RegionId><LocalName>Singapore</LocalName><RegionEndpoint>vpc.ap-southeast-1.aliyuncs.com</RegionEndpoint></Region>
  </Regions>
</DescribeRegionsResponse>`,
    json: JSON.stringify({
      RequestId: '611CB80C-B6A9-43DB-9E38-0B0AC3D9B58F',
      Regions: {
        Region: [
          { RegionId: 'cn-qingdao', LocalName: '华北 1', RegionEndpoint: 'vpc.aliyuncs.com' },
          {
            RegionId: 'ap-southeast-1',
            LocalName: 'Singapore',
            RegionEndpoint: 'vpc.ap-southeast-1.aliyuncs.com',
          },
        ],
      },
    }),
  },
  {
    action: 'DescribeZones',
    name: 'one zone (a one-item XML list)',
    xml: `${XML_PROLOG}<DescribeZonesResponse><RequestId>DF5D7D8C-8A3B-4C05-9A2E-0F4C7E5E1C11</RequestId><Zones><Zone><ZoneId>cn-hangzhou-b</ZoneId><LocalName>杭州 可用区B</LocalName><ZoneType>AvailabilityZone</ZoneType></Zone></Zones></DescribeZonesResponse>`,
    json: JSON.stringify({
      RequestId: 'DF5D7D8C-8A3B-4C05-9A2E-0F4C7E5E1C11',
      Zones: {
        Zone: [
          { ZoneId: 'cn-hangzhou-b', LocalName: '杭州 可用区B', ZoneType: 'AvailabilityZone' },
        ],
      },
    }),
  },
  {
    action: 'DescribeVpcs',
    name: 'one VPC with same-name wrappers and one-item lists',
    xml: `${XML_PROLOG}<DescribeVpcsResponse>
  <RequestId>4E2D6C1A-1111-4C3E-9C1D-7A0C1B2C3D4E</RequestId>
  <TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize>
  <Vpcs>
    <Vpc>
      <VpcId>vpc-bp1qpo0kug3a20qqe****</VpcId><VpcName>prod</VpcName><Status>Available</Status>
      <RegionId>cn-hangzhou</RegionId><CidrBlock>192.168.0.0/16</CidrBlock>
      <CreationTime>2026-01-09T12:00:00Z</CreationTime><Description></Description>
      <IsDefault>false</IsDefault><EnabledIpv6>true</EnabledIpv6><Ipv6CidrBlock>2408:4005:3c6::/56</Ipv6CidrBlock>
      <Ipv6CidrBlocks><Ipv6CidrBlock><Ipv6CidrBlock>2408:4005:3c6::/56</Ipv6CidrBlock><Ipv6Isp>BGP</Ipv6Isp></Ipv6CidrBlock></Ipv6CidrBlocks>
      <NatGatewayIds><NatGatewayIds>ngw-bp1uewa15k4iy5770****</NatGatewayIds></NatGatewayIds>
      <RouterTableIds><RouterTableIds>vtb-bp145q7glnuzdvzu2****</RouterTableIds></RouterTableIds>
      <SecondaryCidrBlocks/>
      <UserCidrs></UserCidrs>
      <VSwitchIds><VSwitchId>vsw-bp1nhbnpv2blyz8dl****</VSwitchId><VSwitchId>vsw-bp1ek8hn2uh9wy3k3****</VSwitchId></VSwitchIds>
      <VRouterId>vrt-bp1lhl0taikrteen8****</VRouterId><OwnerId>1337420000000000</OwnerId>
      <ResourceGroupId>rg-acfmxazb4ph6aiy</ResourceGroupId>
      <Tags><Tag><Key>env</Key><Value>prod</Value></Tag></Tags>
    </Vpc>
  </Vpcs>
</DescribeVpcsResponse>`,
    json: JSON.stringify({
      RequestId: '4E2D6C1A-1111-4C3E-9C1D-7A0C1B2C3D4E',
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      Vpcs: {
        Vpc: [
          {
            VpcId: 'vpc-bp1qpo0kug3a20qqe****',
            VpcName: 'prod',
            Status: 'Available',
            RegionId: 'cn-hangzhou',
            CidrBlock: '192.168.0.0/16',
            CreationTime: '2026-01-09T12:00:00Z',
            Description: '',
            IsDefault: false,
            EnabledIpv6: true,
            Ipv6CidrBlock: '2408:4005:3c6::/56',
            Ipv6CidrBlocks: {
              Ipv6CidrBlock: [{ Ipv6CidrBlock: '2408:4005:3c6::/56', Ipv6Isp: 'BGP' }],
            },
            NatGatewayIds: { NatGatewayIds: ['ngw-bp1uewa15k4iy5770****'] },
            RouterTableIds: { RouterTableIds: ['vtb-bp145q7glnuzdvzu2****'] },
            SecondaryCidrBlocks: { SecondaryCidrBlock: [] },
            UserCidrs: { UserCidr: [] },
            VSwitchIds: { VSwitchId: ['vsw-bp1nhbnpv2blyz8dl****', 'vsw-bp1ek8hn2uh9wy3k3****'] },
            VRouterId: 'vrt-bp1lhl0taikrteen8****',
            OwnerId: 1337420000000000,
            ResourceGroupId: 'rg-acfmxazb4ph6aiy',
            Tags: { Tag: [{ Key: 'env', Value: 'prod' }] },
          },
        ],
      },
    }),
  },
  {
    action: 'DescribeVSwitches',
    name: 'one vSwitch with its route table',
    xml: `${XML_PROLOG}<DescribeVSwitchesResponse><RequestId>9E1C3F2B-2222-4AD8-8C6B-55F0E9A1B2C3</RequestId><TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>50</PageSize><VSwitches><VSwitch><VSwitchId>vsw-bp1nhbnpv2blyz8dl****</VSwitchId><VSwitchName>prod-b</VSwitchName><VpcId>vpc-bp1qpo0kug3a20qqe****</VpcId><ZoneId>cn-hangzhou-b</ZoneId><Status>Available</Status><CidrBlock>192.168.1.0/24</CidrBlock><AvailableIpAddressCount>252</AvailableIpAddressCount><IsDefault>false</IsDefault><EnabledIpv6>false</EnabledIpv6><CreationTime>2026-01-09T12:01:00Z</CreationTime><OwnerId>1337420000000000</OwnerId><ShareType>Sharing</ShareType><RouteTable><RouteTableId>vtb-bp145q7glnuzdvzu2****</RouteTableId><RouteTableType>System</RouteTableType></RouteTable><Tags/></VSwitch></VSwitches></DescribeVSwitchesResponse>`,
    json: JSON.stringify({
      RequestId: '9E1C3F2B-2222-4AD8-8C6B-55F0E9A1B2C3',
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 50,
      VSwitches: {
        VSwitch: [
          {
            VSwitchId: 'vsw-bp1nhbnpv2blyz8dl****',
            VSwitchName: 'prod-b',
            VpcId: 'vpc-bp1qpo0kug3a20qqe****',
            ZoneId: 'cn-hangzhou-b',
            Status: 'Available',
            CidrBlock: '192.168.1.0/24',
            AvailableIpAddressCount: 252,
            IsDefault: false,
            EnabledIpv6: false,
            CreationTime: '2026-01-09T12:01:00Z',
            OwnerId: 1337420000000000,
            ShareType: 'Sharing',
            RouteTable: { RouteTableId: 'vtb-bp145q7glnuzdvzu2****', RouteTableType: 'System' },
            Tags: { Tag: [] },
          },
        ],
      },
    }),
  },
];
