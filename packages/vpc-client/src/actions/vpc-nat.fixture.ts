import { XML_PROLOG, requestIdOnly } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

const toXml = (o: Record<string, string | boolean | number>) =>
  Object.entries(o)
    .map(([k, v]) => `<${k}>${String(v)}</${k}>`)
    .join('');

const natIp = {
  NatIpId: 'vpcnatip-gw8y7q3cpk3fggs8****',
  NatGatewayId: 'ngw-gw8v16wgvtq26vh59****',
  NatIp: '192.168.0.34',
  NatIpCidr: '192.168.0.0/24',
  NatIpName: 'newnatip',
  NatIpDescription: 'mynatip',
  NatIpStatus: 'Available',
  IsDefault: false,
  Ipv4Prefix: '',
};
const cidr = {
  NatIpCidrId: 'vpcnatcidr-gw8lhqtvdn4qnea****',
  NatGatewayId: 'ngw-gw8v16wgvtq26vh59****',
  NatIpCidr: '192.168.0.0/16',
  NatIpCidrName: 'mycidr',
  NatIpCidrDescription: 'mycidr',
  NatIpCidrStatus: 'Available',
  IsDefault: false,
  CreationTime: '2021-06-28T20:50Z',
};
const entry = {
  FullNatEntryId: 'fullnat-gw8fz23jezpbblf1j****',
  FullNatTableId: 'fulltb-gw88z7hhlv43rmb26****',
  FullNatEntryName: 'abc',
  FullNatEntryDescription: 'abc',
  FullNatEntryStatus: 'Available',
  IpProtocol: 'TCP',
  NatIp: '192.168.XX.XX',
  NatIpPort: '80',
  AccessIp: '192.168.XX.XX',
  AccessDomain: '',
  DomainResolve: '',
  AccessPort: '80',
  NetworkInterfaceId: 'eni-gw8v9gwxdsgbvd5j****',
  NetworkInterfaceType: 'Endpoint',
  CreationTime: '2021-10-27T02:44:40Z',
};

/** Recorded VPC NAT bodies (REFERENCE-2 §4.8, §4.9): bare arrays, string vs int TotalCount. */
export const vpcNatFixtures: ActionFixture[] = [
  {
    action: 'ListNatIps',
    name: 'one NAT IP as a bare array, TotalCount a string',
    xml: `${XML_PROLOG}<ListNatIpsResponse><RequestId>F7B1F2D4-1B2C-4C3D-9E8F-0A1B2C3D4E5F</RequestId><NextToken></NextToken><TotalCount>1</TotalCount><NatIps>${toXml(natIp)}</NatIps></ListNatIpsResponse>`,
    json: JSON.stringify({
      RequestId: 'F7B1F2D4-1B2C-4C3D-9E8F-0A1B2C3D4E5F',
      NextToken: '',
      TotalCount: '1',
      NatIps: [natIp],
    }),
  },
  {
    action: 'ListNatIpCidrs',
    name: 'one block, CreationTime without seconds',
    xml: `${XML_PROLOG}<ListNatIpCidrsResponse><RequestId>A1B2C3D4-1111-4C3D-9E8F-0A1B2C3D4E5F</RequestId><NextToken>token</NextToken><TotalCount>3</TotalCount><NatIpCidrs>${toXml(cidr)}</NatIpCidrs></ListNatIpCidrsResponse>`,
    json: JSON.stringify({
      RequestId: 'A1B2C3D4-1111-4C3D-9E8F-0A1B2C3D4E5F',
      NextToken: 'token',
      TotalCount: '3',
      NatIpCidrs: [cidr],
    }),
  },
  {
    action: 'CreateNatIp',
    name: 'single address with its NatIps array',
    xml: `${XML_PROLOG}<CreateNatIpResponse><RequestId>B2C3D4E5-2222-4C3D-9E8F-0A1B2C3D4E5F</RequestId><NatIpId>${natIp.NatIpId}</NatIpId><NatIp>${natIp.NatIp}</NatIp><NatIps><NatIpId>${natIp.NatIpId}</NatIpId><NatIp>${natIp.NatIp}</NatIp><Ipv4Prefix></Ipv4Prefix></NatIps></CreateNatIpResponse>`,
    json: JSON.stringify({
      RequestId: 'B2C3D4E5-2222-4C3D-9E8F-0A1B2C3D4E5F',
      NatIpId: natIp.NatIpId,
      NatIp: natIp.NatIp,
      NatIps: [{ NatIpId: natIp.NatIpId, NatIp: natIp.NatIp, Ipv4Prefix: '' }],
    }),
  },
  {
    action: 'ListFullNatEntries',
    name: 'one entry, TotalCount an int',
    xml: `${XML_PROLOG}<ListFullNatEntriesResponse><RequestId>C3D4E5F6-3333-4C3D-9E8F-0A1B2C3D4E5F</RequestId><FullNatTableId>${entry.FullNatTableId}</FullNatTableId><NatGatewayId>ngw-gw8v16wgvtq26vh59****</NatGatewayId><NextToken></NextToken><TotalCount>1</TotalCount><FullNatEntries>${toXml(entry)}</FullNatEntries></ListFullNatEntriesResponse>`,
    json: JSON.stringify({
      RequestId: 'C3D4E5F6-3333-4C3D-9E8F-0A1B2C3D4E5F',
      FullNatTableId: entry.FullNatTableId,
      NatGatewayId: 'ngw-gw8v16wgvtq26vh59****',
      NextToken: '',
      TotalCount: 1,
      FullNatEntries: [entry],
    }),
  },
  {
    action: 'CreateNatIpCidr',
    name: 'new block id',
    xml: `${XML_PROLOG}<CreateNatIpCidrResponse><RequestId>D4E5F6A7-4444-4C3D-9E8F-0A1B2C3D4E5F</RequestId><NatIpCidrId>${cidr.NatIpCidrId}</NatIpCidrId></CreateNatIpCidrResponse>`,
    json: JSON.stringify({
      RequestId: 'D4E5F6A7-4444-4C3D-9E8F-0A1B2C3D4E5F',
      NatIpCidrId: cidr.NatIpCidrId,
    }),
  },
  {
    action: 'CreateFullNatEntry',
    name: 'new entry id',
    xml: `${XML_PROLOG}<CreateFullNatEntryResponse><RequestId>E5F6A7B8-5555-4C3D-9E8F-0A1B2C3D4E5F</RequestId><FullNatEntryId>${entry.FullNatEntryId}</FullNatEntryId></CreateFullNatEntryResponse>`,
    json: JSON.stringify({
      RequestId: 'E5F6A7B8-5555-4C3D-9E8F-0A1B2C3D4E5F',
      FullNatEntryId: entry.FullNatEntryId,
    }),
  },
  requestIdOnly('DeleteNatIpCidr', 'F6A7B8C9-6666-4C3D-9E8F-0A1B2C3D4E5F'),
  requestIdOnly('ModifyNatIpCidrAttribute', 'A7B8C9D0-7777-4C3D-9E8F-0A1B2C3D4E5F'),
  requestIdOnly('DeleteNatIp', 'B8C9D0E1-8888-4C3D-9E8F-0A1B2C3D4E5F'),
  requestIdOnly('ModifyNatIpAttribute', 'C9D0E1F2-9999-4C3D-9E8F-0A1B2C3D4E5F'),
  requestIdOnly('ModifyFullNatEntryAttribute', 'D0E1F2A3-AAAA-4C3D-9E8F-0A1B2C3D4E5F'),
  requestIdOnly('DeleteFullNatEntry', 'E1F2A3B4-BBBB-4C3D-9E8F-0A1B2C3D4E5F'),
];
