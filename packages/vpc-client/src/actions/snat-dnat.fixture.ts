import { XML_PROLOG, requestIdOnly } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

/** Recorded SNAT/DNAT entry bodies (REFERENCE §3.2). */
export const snatDnatFixtures: ActionFixture[] = [
  {
    action: 'DescribeSnatTableEntries',
    name: 'one entry; EipAffinity is the string "0"',
    xml: `${XML_PROLOG}<DescribeSnatTableEntriesResponse>
  <RequestId>C3D4E5F6-7777-4081-9B2C-3D4E5F6A7B8C</RequestId>
  <TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize>
  <SnatTableEntries>
    <SnatTableEntry>
      <SnatEntryId>snat-bp1k3dfp9q3h2p4w****</SnatEntryId><SnatEntryName>web</SnatEntryName>
      <SnatTableId>stb-bp190wu8io1vgev8f****</SnatTableId><NatGatewayId>ngw-bp1uewa15k4iy5770****</NatGatewayId>
      <SnatIp>47.96.10.1,47.96.10.2</SnatIp><SourceCIDR>192.168.1.0/24</SourceCIDR>
      <SourceVSwitchId>vsw-bp1nhbnpv2blyz8dl****</SourceVSwitchId><NetworkInterfaceId></NetworkInterfaceId>
      <EipAffinity>0</EipAffinity><Status>Available</Status>
    </SnatTableEntry>
  </SnatTableEntries>
</DescribeSnatTableEntriesResponse>`,
    json: JSON.stringify({
      RequestId: 'C3D4E5F6-7777-4081-9B2C-3D4E5F6A7B8C',
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      SnatTableEntries: {
        SnatTableEntry: [
          {
            SnatEntryId: 'snat-bp1k3dfp9q3h2p4w****',
            SnatEntryName: 'web',
            SnatTableId: 'stb-bp190wu8io1vgev8f****',
            NatGatewayId: 'ngw-bp1uewa15k4iy5770****',
            SnatIp: '47.96.10.1,47.96.10.2',
            SourceCIDR: '192.168.1.0/24',
            SourceVSwitchId: 'vsw-bp1nhbnpv2blyz8dl****',
            NetworkInterfaceId: '',
            EipAffinity: '0',
            Status: 'Available',
          },
        ],
      },
    }),
  },
  {
    action: 'CreateSnatEntry',
    name: 'new entry id',
    xml: `${XML_PROLOG}<CreateSnatEntryResponse><RequestId>D4E5F6A7-8888-4192-8C3D-4E5F6A7B8C9D</RequestId><SnatEntryId>snat-bp1k3dfp9q3h2p4w****</SnatEntryId></CreateSnatEntryResponse>`,
    json: JSON.stringify({
      RequestId: 'D4E5F6A7-8888-4192-8C3D-4E5F6A7B8C9D',
      SnatEntryId: 'snat-bp1k3dfp9q3h2p4w****',
    }),
  },
  requestIdOnly('DeleteSnatEntry', 'E5F6A7B8-9999-42A3-9D4E-5F6A7B8C9D0E'),
  {
    action: 'DescribeForwardTableEntries',
    name: 'two entries, one a port range',
    xml: `${XML_PROLOG}<DescribeForwardTableEntriesResponse><RequestId>F6A7B8C9-AAAA-43B4-8E5F-6A7B8C9D0E1F</RequestId><TotalCount>2</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><ForwardTableEntries><ForwardTableEntry><ForwardEntryId>fwd-bp1k8xhqhq4b5sx2****</ForwardEntryId><ForwardEntryName>ssh</ForwardEntryName><ForwardTableId>ftb-bp1mbjubq34hlcqpa****</ForwardTableId><NatGatewayId>ngw-bp1uewa15k4iy5770****</NatGatewayId><ExternalIp>47.96.10.2</ExternalIp><ExternalPort>22</ExternalPort><InternalIp>192.168.1.20</InternalIp><InternalPort>22</InternalPort><IpProtocol>TCP</IpProtocol><Status>Available</Status></ForwardTableEntry><ForwardTableEntry><ForwardEntryId>fwd-bp1q7hfcg7grdt7w****</ForwardEntryId><ForwardEntryName>games</ForwardEntryName><ForwardTableId>ftb-bp1mbjubq34hlcqpa****</ForwardTableId><NatGatewayId>ngw-bp1uewa15k4iy5770****</NatGatewayId><ExternalIp>47.96.10.2</ExternalIp><ExternalPort>8000/8010</ExternalPort><InternalIp>192.168.1.21</InternalIp><InternalPort>9000/9010</InternalPort><IpProtocol>UDP</IpProtocol><Status>Pending</Status></ForwardTableEntry></ForwardTableEntries></DescribeForwardTableEntriesResponse>`,
    json: JSON.stringify({
      RequestId: 'F6A7B8C9-AAAA-43B4-8E5F-6A7B8C9D0E1F',
      TotalCount: 2,
      PageNumber: 1,
      PageSize: 10,
      ForwardTableEntries: {
        ForwardTableEntry: [
          {
            ForwardEntryId: 'fwd-bp1k8xhqhq4b5sx2****',
            ForwardEntryName: 'ssh',
            ForwardTableId: 'ftb-bp1mbjubq34hlcqpa****',
            NatGatewayId: 'ngw-bp1uewa15k4iy5770****',
            ExternalIp: '47.96.10.2',
            ExternalPort: '22',
            InternalIp: '192.168.1.20',
            InternalPort: '22',
            IpProtocol: 'TCP',
            Status: 'Available',
          },
          {
            ForwardEntryId: 'fwd-bp1q7hfcg7grdt7w****',
            ForwardEntryName: 'games',
            ForwardTableId: 'ftb-bp1mbjubq34hlcqpa****',
            NatGatewayId: 'ngw-bp1uewa15k4iy5770****',
            ExternalIp: '47.96.10.2',
            ExternalPort: '8000/8010',
            InternalIp: '192.168.1.21',
            InternalPort: '9000/9010',
            IpProtocol: 'UDP',
            Status: 'Pending',
          },
        ],
      },
    }),
  },
  {
    action: 'DescribeForwardTableEntries',
    name: 'no entries',
    xml: `${XML_PROLOG}<DescribeForwardTableEntriesResponse><RequestId>F6A7B8C9-AAAA-43B4-8E5F-6A7B8C9D0E1F</RequestId><TotalCount>0</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><ForwardTableEntries/></DescribeForwardTableEntriesResponse>`,
    json: JSON.stringify({
      RequestId: 'F6A7B8C9-AAAA-43B4-8E5F-6A7B8C9D0E1F',
      TotalCount: 0,
      PageNumber: 1,
      PageSize: 10,
      ForwardTableEntries: { ForwardTableEntry: [] },
    }),
  },
  {
    action: 'CreateForwardEntry',
    name: 'new entry id',
    xml: `${XML_PROLOG}<CreateForwardEntryResponse><RequestId>A7B8C9D0-BBBB-44C5-9F6A-7B8C9D0E1F2A</RequestId><ForwardEntryId>fwd-bp1k8xhqhq4b5sx2****</ForwardEntryId></CreateForwardEntryResponse>`,
    json: JSON.stringify({
      RequestId: 'A7B8C9D0-BBBB-44C5-9F6A-7B8C9D0E1F2A',
      ForwardEntryId: 'fwd-bp1k8xhqhq4b5sx2****',
    }),
  },
  requestIdOnly('DeleteForwardEntry', 'B8C9D0E1-CCCC-45D6-8A7B-8C9D0E1F2A3B'),
  requestIdOnly('ModifySnatEntry', 'C9D0E1F2-DDDD-46E7-9B8C-9D0E1F2A3B4C'),
  requestIdOnly('ModifyForwardEntry', 'D0E1F2A3-EEEE-47F8-8C9D-0E1F2A3B4C5D'),
];
