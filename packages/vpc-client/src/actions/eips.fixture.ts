import { XML_PROLOG, requestIdOnly } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

const eip = {
  AllocationId: 'eip-bp13e9i2qst4g6jzi****',
  IpAddress: '47.96.10.1',
  Name: 'nat-1',
  Description: '',
  Status: 'InUse',
  RegionId: 'cn-hangzhou',
  AllocationTime: '2026-01-09T12:30:15Z',
  ExpiredTime: '',
  Bandwidth: '5',
  EipBandwidth: '5',
  BusinessStatus: 'Normal',
  ChargeType: 'PostPaid',
  InternetChargeType: 'PayByTraffic',
  DeletionProtection: false,
  HasReservationData: 'false',
  ISP: 'BGP',
  InstanceId: 'ngw-bp1uewa15k4iy5770****',
  InstanceRegionId: 'cn-hangzhou',
  InstanceType: 'Nat',
  Mode: 'NAT',
  Netmode: 'public',
  PrivateIpAddress: '192.168.1.10',
  ResourceGroupId: 'rg-acfmxazb4ph6aiy',
  SecondLimited: false,
  ServiceManaged: 0,
  VpcId: 'vpc-bp1qpo0kug3a20qqe****',
  OperationLocks: { LockReason: [{ LockReason: 'financial' }] },
  SecurityProtectionTypes: { SecurityProtectionType: [] },
  Tags: { Tag: [{ Key: 'team', Value: 'net' }] },
};

/** Recorded EIP bodies (REFERENCE §3.3): string Bandwidth, OperationLocks.LockReason[]. */
export const eipFixtures: ActionFixture[] = [
  {
    action: 'AllocateEipAddress',
    name: 'PostPaid EIP',
    xml: `${XML_PROLOG}<AllocateEipAddressResponse><RequestId>C9D0E1F2-DDDD-46E7-9B8C-9D0E1F2A3B4C</RequestId><AllocationId>eip-bp13e9i2qst4g6jzi****</AllocationId><EipAddress>47.96.10.1</EipAddress><ResourceGroupId>rg-acfmxazb4ph6aiy</ResourceGroupId></AllocateEipAddressResponse>`,
    json: JSON.stringify({
      RequestId: 'C9D0E1F2-DDDD-46E7-9B8C-9D0E1F2A3B4C',
      AllocationId: 'eip-bp13e9i2qst4g6jzi****',
      EipAddress: '47.96.10.1',
      ResourceGroupId: 'rg-acfmxazb4ph6aiy',
    }),
  },
  {
    action: 'AllocateEipAddress',
    name: 'PrePaid EIP with an int OrderId',
    xml: `${XML_PROLOG}<AllocateEipAddressResponse><RequestId>C9D0E1F2-DDDD-46E7-9B8C-9D0E1F2A3B4D</RequestId><AllocationId>eip-bp1a9vtbqbhxtm4p3****</AllocationId><OrderId>20190000</OrderId></AllocateEipAddressResponse>`,
    json: JSON.stringify({
      RequestId: 'C9D0E1F2-DDDD-46E7-9B8C-9D0E1F2A3B4D',
      AllocationId: 'eip-bp1a9vtbqbhxtm4p3****',
      OrderId: 20190000,
    }),
  },
  {
    action: 'DescribeEipAddresses',
    name: 'one EIP bound to a NAT gateway, with a lock',
    xml: `${XML_PROLOG}<DescribeEipAddressesResponse>
  <RequestId>D0E1F2A3-EEEE-47F8-8C9D-0E1F2A3B4C5D</RequestId>
  <TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>100</PageSize>
  <EipAddresses>
    <EipAddress>
      <AllocationId>eip-bp13e9i2qst4g6jzi****</AllocationId><IpAddress>47.96.10.1</IpAddress><Name>nat-1</Name>
      <Description/><Status>InUse</Status><RegionId>cn-hangzhou</RegionId>
      <AllocationTime>2026-01-09T12:30:15Z</AllocationTime><ExpiredTime></ExpiredTime>
      <Bandwidth>5</Bandwidth><EipBandwidth>5</EipBandwidth><BusinessStatus>Normal</BusinessStatus>
      <ChargeType>PostPaid</ChargeType><InternetChargeType>PayByTraffic</InternetChargeType>
      <DeletionProtection>false</DeletionProtection><HasReservationData>false</HasReservationData><ISP>BGP</ISP>
      <InstanceId>ngw-bp1uewa15k4iy5770****</InstanceId><InstanceRegionId>cn-hangzhou</InstanceRegionId>
      <InstanceType>Nat</InstanceType><Mode>NAT</Mode><Netmode>public</Netmode>
      <PrivateIpAddress>192.168.1.10</PrivateIpAddress><ResourceGroupId>rg-acfmxazb4ph6aiy</ResourceGroupId>
      <SecondLimited>false</SecondLimited><ServiceManaged>0</ServiceManaged><VpcId>vpc-bp1qpo0kug3a20qqe****</VpcId>
      <OperationLocks><LockReason><LockReason>financial</LockReason></LockReason></OperationLocks>
      <SecurityProtectionTypes/>
      <Tags><Tag><Key>team</Key><Value>net</Value></Tag></Tags>
    </EipAddress>
  </EipAddresses>
</DescribeEipAddressesResponse>`,
    json: JSON.stringify({
      RequestId: 'D0E1F2A3-EEEE-47F8-8C9D-0E1F2A3B4C5D',
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 100,
      EipAddresses: { EipAddress: [eip] },
    }),
  },
  {
    action: 'DescribeEipAddresses',
    name: 'an EIP without locks (JSON leaves the lists out)',
    xml: `${XML_PROLOG}<DescribeEipAddressesResponse><RequestId>D0E1F2A3-EEEE-47F8-8C9D-0E1F2A3B4C5E</RequestId><TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><EipAddresses><EipAddress><AllocationId>eip-bp1a9vtbqbhxtm4p3****</AllocationId><IpAddress>47.96.10.2</IpAddress><Status>Available</Status><Bandwidth>100</Bandwidth><OperationLocks></OperationLocks></EipAddress></EipAddresses></DescribeEipAddressesResponse>`,
    json: JSON.stringify({
      RequestId: 'D0E1F2A3-EEEE-47F8-8C9D-0E1F2A3B4C5E',
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      EipAddresses: {
        EipAddress: [
          {
            AllocationId: 'eip-bp1a9vtbqbhxtm4p3****',
            IpAddress: '47.96.10.2',
            Status: 'Available',
            Bandwidth: '100',
            OperationLocks: {},
          },
        ],
      },
    }),
    expected: {
      RequestId: 'D0E1F2A3-EEEE-47F8-8C9D-0E1F2A3B4C5E',
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      EipAddresses: {
        EipAddress: [
          {
            AllocationId: 'eip-bp1a9vtbqbhxtm4p3****',
            IpAddress: '47.96.10.2',
            Status: 'Available',
            Bandwidth: '100',
            OperationLocks: { LockReason: [] },
            SecurityProtectionTypes: { SecurityProtectionType: [] },
            Tags: { Tag: [] },
          },
        ],
      },
    },
  },
  requestIdOnly('AssociateEipAddress', 'E1F2A3B4-FFFF-4809-9D0E-1F2A3B4C5D6E'),
  requestIdOnly('UnassociateEipAddress', 'F2A3B4C5-0000-491A-8E1F-2A3B4C5D6E7F'),
  requestIdOnly('ReleaseEipAddress', 'A3B4C5D6-1111-4A2B-9F2A-3B4C5D6E7F80'),
  requestIdOnly('ModifyEipAddressAttribute', 'B4C5D6E7-2222-4B3C-8A3B-4C5D6E7F8091'),
];
