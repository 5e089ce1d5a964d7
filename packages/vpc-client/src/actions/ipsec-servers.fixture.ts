import { requestIdOnly, XML_PROLOG } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

// Bodies shaped by the SDK 7.3.2 models (ListIpsecServersResponseBody & co.); the new-style
// actions answer bare arrays, repeated elements in XML.
const RID = '7C1D2E3F-IPSE-4A5B-8C9D-0E1F2A3B4C5D';
const wrap = (action: string, inner: string) =>
  `${XML_PROLOG}<${action}Response><RequestId>${RID}</RequestId>${inner}</${action}Response>`;

const server = {
  IpsecServerId: 'iss-bp1bo3xuvcxo7ixll****',
  IpsecServerName: 'field-staff',
  VpnGatewayId: 'vpn-bp1q8bgx4xnkm2ogj****',
  RegionId: 'cn-hangzhou',
  ClientIpPool: '10.10.1.0/24',
  LocalSubnet: '192.168.0.0/16',
  EffectImmediately: true,
  Psk: 'pgw6dy7d1i8i27****',
  PskEnabled: true,
  IkeConfig: {
    IkeAuthAlg: 'sha1',
    IkeEncAlg: 'aes',
    IkeLifetime: 86400,
    IkeMode: 'main',
    IkePfs: 'group2',
    IkeVersion: 'ikev2',
    LocalId: '47.22.XX.XX',
    RemoteId: '',
  },
  IpsecConfig: {
    IpsecAuthAlg: 'sha1',
    IpsecEncAlg: 'aes',
    IpsecLifetime: 86400,
    IpsecPfs: 'group2',
  },
  InternetIp: '47.22.XX.XX',
  MaxConnections: 5,
  OnlineClientCount: 0,
  MultiFactorAuthEnabled: false,
  IDaaSInstanceId: '',
  CreationTime: '2026-12-01T02:41:19Z',
  ResourceGroupId: 'rg-acfmzs372yg****',
};
const serverXml =
  '<IpsecServerId>iss-bp1bo3xuvcxo7ixll****</IpsecServerId><IpsecServerName>field-staff</IpsecServerName>' +
  '<VpnGatewayId>vpn-bp1q8bgx4xnkm2ogj****</VpnGatewayId><RegionId>cn-hangzhou</RegionId>' +
  '<ClientIpPool>10.10.1.0/24</ClientIpPool><LocalSubnet>192.168.0.0/16</LocalSubnet>' +
  '<EffectImmediately>true</EffectImmediately><Psk>pgw6dy7d1i8i27****</Psk><PskEnabled>true</PskEnabled>' +
  '<IkeConfig><IkeAuthAlg>sha1</IkeAuthAlg><IkeEncAlg>aes</IkeEncAlg><IkeLifetime>86400</IkeLifetime>' +
  '<IkeMode>main</IkeMode><IkePfs>group2</IkePfs><IkeVersion>ikev2</IkeVersion><LocalId>47.22.XX.XX</LocalId>' +
  '<RemoteId></RemoteId></IkeConfig><IpsecConfig><IpsecAuthAlg>sha1</IpsecAuthAlg><IpsecEncAlg>aes</IpsecEncAlg>' +
  '<IpsecLifetime>86400</IpsecLifetime><IpsecPfs>group2</IpsecPfs></IpsecConfig>' +
  '<InternetIp>47.22.XX.XX</InternetIp><MaxConnections>5</MaxConnections><OnlineClientCount>0</OnlineClientCount>' +
  '<MultiFactorAuthEnabled>false</MultiFactorAuthEnabled><IDaaSInstanceId></IDaaSInstanceId>' +
  '<CreationTime>2026-12-01T02:41:19Z</CreationTime><ResourceGroupId>rg-acfmzs372yg****</ResourceGroupId>';
const line = '2026-12-01 02:45:07 iss-bp1bo3xuvcxo7ixll**** IKE_SA established';

/** Recorded IPsec server bodies: a one-item bare array, and empty results. */
export const ipsecServerFixtures: ActionFixture[] = [
  {
    action: 'CreateIpsecServer',
    name: 'created',
    xml: wrap(
      'CreateIpsecServer',
      '<IpsecServerId>iss-bp1bo3xuvcxo7ixll****</IpsecServerId><IpsecServerName>field-staff</IpsecServerName><VpnGatewayId>vpn-bp1q8bgx4xnkm2ogj****</VpnGatewayId><RegionId>cn-hangzhou</RegionId><CreationTime>2026-12-01T02:41:19Z</CreationTime>',
    ),
    json: JSON.stringify({
      RequestId: RID,
      IpsecServerId: server.IpsecServerId,
      IpsecServerName: 'field-staff',
      VpnGatewayId: server.VpnGatewayId,
      RegionId: 'cn-hangzhou',
      CreationTime: server.CreationTime,
    }),
  },
  requestIdOnly('UpdateIpsecServer', RID),
  requestIdOnly('DeleteIpsecServer', RID),
  {
    action: 'ListIpsecServers',
    name: 'one server (a one-item bare array)',
    xml: wrap(
      'ListIpsecServers',
      `<TotalCount>1</TotalCount><MaxResults>10</MaxResults><NextToken></NextToken><IpsecServers>${serverXml}</IpsecServers>`,
    ),
    json: JSON.stringify({
      RequestId: RID,
      TotalCount: 1,
      MaxResults: 10,
      NextToken: '',
      IpsecServers: [server],
    }),
  },
  {
    action: 'ListIpsecServers',
    name: 'none',
    xml: wrap('ListIpsecServers', '<TotalCount>0</TotalCount><MaxResults>10</MaxResults>'),
    json: JSON.stringify({ RequestId: RID, TotalCount: 0, MaxResults: 10, IpsecServers: [] }),
  },
  {
    action: 'ListIpsecServerLogs',
    name: 'one line',
    xml: wrap(
      'ListIpsecServerLogs',
      `<Count>1</Count><IsCompleted>true</IsCompleted><PageNumber>1</PageNumber><PageSize>10</PageSize><Data>${line}</Data>`,
    ),
    json: JSON.stringify({
      RequestId: RID,
      Count: 1,
      IsCompleted: true,
      PageNumber: 1,
      PageSize: 10,
      Data: [line],
    }),
  },
];
