import { XML_PROLOG } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

const RID = '9A1B2C3D-DDDD-4E5F-8A9B-0C1D2E3F4A5B';
const wrap = (action: string, inner: string) =>
  `${XML_PROLOG}<${action}Response><RequestId>${RID}</RequestId>${inner}</${action}Response>`;

const ike = {
  IkeAuthAlg: 'sha256',
  IkeEncAlg: 'aes256',
  IkeLifetime: 86400,
  IkeMode: 'main',
  IkePfs: 'group14',
  IkeVersion: 'ikev2',
  LocalId: '203.0.113.10',
  Psk: 'tunnel-psk',
  RemoteId: '116.62.10.21',
};
const ikeXml = `<IkeAuthAlg>sha256</IkeAuthAlg><IkeEncAlg>aes256</IkeEncAlg><IkeLifetime>86400</IkeLifetime><IkeMode>main</IkeMode><IkePfs>group14</IkePfs><IkeVersion>ikev2</IkeVersion><LocalId>203.0.113.10</LocalId><Psk>tunnel-psk</Psk><RemoteId>116.62.10.21</RemoteId>`;
const ipsec = {
  IpsecAuthAlg: 'sha256',
  IpsecEncAlg: 'aes256',
  IpsecLifetime: 3600,
  IpsecPfs: 'group14',
};
const ipsecXml = `<IpsecAuthAlg>sha256</IpsecAuthAlg><IpsecEncAlg>aes256</IpsecEncAlg><IpsecLifetime>3600</IpsecLifetime><IpsecPfs>group14</IpsecPfs>`;
const bgp = {
  TunnelId: 'tun-opsqc4d97wni27****',
  TunnelCidr: '169.254.11.0/30',
  LocalAsn: '65010',
  LocalBgpIp: '169.254.11.2',
  PeerAsn: '45104',
  PeerBgpIp: '169.254.11.1',
};
const bgpXml = `<TunnelId>tun-opsqc4d97wni27****</TunnelId><TunnelCidr>169.254.11.0/30</TunnelCidr><LocalAsn>65010</LocalAsn><LocalBgpIp>169.254.11.2</LocalBgpIp><PeerAsn>45104</PeerAsn><PeerBgpIp>169.254.11.1</PeerBgpIp>`;
const single = {
  Local: '203.0.113.10',
  Remote: '116.62.10.21',
  LocalSubnet: '192.168.10.0/24',
  RemoteSubnet: '10.10.0.0/16',
  IkeConfig: ike,
  IpsecConfig: ipsec,
};
const line =
  '2026-12-05 21:40:07 vco-bp15oes1py4i66rmd**** [PROTO_ERR]: Phase1 negotiation timeout';
const row = {
  VpnConnectionId: 'vco-bp15oes1py4i66rmd****',
  TunnelId: 'tun-opsqc4d97wni27****',
  Severity: 'Critical',
  FailedReason: 'Phase1 negotiation timeout',
  FailedReasonCode: 'Phase1NegotiationTimeout',
  FailedTime: 1780000000000,
  MismatchLocalParam: '',
  MismatchRemoteParam: '',
  SourceLog: line,
};
const rowXml = `<VpnConnectionId>vco-bp15oes1py4i66rmd****</VpnConnectionId><TunnelId>tun-opsqc4d97wni27****</TunnelId><Severity>Critical</Severity><FailedReason>Phase1 negotiation timeout</FailedReason><FailedReasonCode>Phase1NegotiationTimeout</FailedReasonCode><FailedTime>1780000000000</FailedTime><MismatchLocalParam></MismatchLocalParam><MismatchRemoteParam></MismatchRemoteParam><SourceLog>${line}</SourceLog>`;
const check = {
  DiagnoseName: 'VpnIPsecQuota',
  DiagnoseResultLevel: 'normal',
  DiagnoseResultDescription: '{"quotaName":"vpn_ipsec_connections","quantity":10,"used":2}',
};
const checkXml = `<DiagnoseName>VpnIPsecQuota</DiagnoseName><DiagnoseResultLevel>normal</DiagnoseResultLevel><DiagnoseResultDescription>{"quotaName":"vpn_ipsec_connections","quantity":10,"used":2}</DiagnoseResultDescription>`;
const report = {
  DiagnoseId: 'vpndgn-uf6kuxbe3iv028k3s****',
  VpnGatewayId: 'vpn-bp1q8bgx4xnkm2ogj****',
  ResourceInstanceId: 'vco-bp15oes1py4i66rmd****',
  ResourceType: 'IPsec',
  BeginTime: '2026-12-05T21:40:00Z',
  FinishTime: '2026-12-05T21:40:03Z',
  FinishedCount: 1,
  TotalCount: 1,
};
const reportXml = `<DiagnoseId>vpndgn-uf6kuxbe3iv028k3s****</DiagnoseId><VpnGatewayId>vpn-bp1q8bgx4xnkm2ogj****</VpnGatewayId><ResourceInstanceId>vco-bp15oes1py4i66rmd****</ResourceInstanceId><ResourceType>IPsec</ResourceType><BeginTime>2026-12-05T21:40:00Z</BeginTime><FinishTime>2026-12-05T21:40:03Z</FinishTime><FinishedCount>1</FinishedCount><TotalCount>1</TotalCount>`;

/** Recorded diagnostics bodies (REFERENCE-2 §1.10–§1.14): bare arrays, one and several items. */
export const vpnDiagnosticsFixtures: ActionFixture[] = [
  {
    action: 'DownloadVpnConnectionConfig',
    name: 'dual-tunnel, per tunnel',
    xml: wrap(
      'DownloadVpnConnectionConfig',
      `<VpnConnectionConfig><LocalSubnet>192.168.10.0/24</LocalSubnet><RemoteSubnet>10.10.0.0/16</RemoteSubnet><TunnelsConfig><TunnelConfig><TunnelId>tun-opsqc4d97wni27****</TunnelId><Local>203.0.113.10</Local><Remote>116.62.10.21</Remote><IkeConfig>${ikeXml}</IkeConfig><IpsecConfig>${ipsecXml}</IpsecConfig></TunnelConfig></TunnelsConfig><BgpConfigs><BgpConfig>${bgpXml}</BgpConfig></BgpConfigs></VpnConnectionConfig>`,
    ),
    json: JSON.stringify({
      RequestId: RID,
      VpnConnectionConfig: {
        LocalSubnet: '192.168.10.0/24',
        RemoteSubnet: '10.10.0.0/16',
        TunnelsConfig: {
          TunnelConfig: [
            {
              TunnelId: 'tun-opsqc4d97wni27****',
              Local: '203.0.113.10',
              Remote: '116.62.10.21',
              IkeConfig: ike,
              IpsecConfig: ipsec,
            },
          ],
        },
        BgpConfigs: { BgpConfig: [bgp] },
      },
    }),
  },
  {
    action: 'DownloadVpnConnectionConfig',
    name: 'single-tunnel, at the top level',
    xml: wrap(
      'DownloadVpnConnectionConfig',
      `<VpnConnectionConfig><Local>203.0.113.10</Local><Remote>116.62.10.21</Remote><LocalSubnet>192.168.10.0/24</LocalSubnet><RemoteSubnet>10.10.0.0/16</RemoteSubnet><IkeConfig>${ikeXml}</IkeConfig><IpsecConfig>${ipsecXml}</IpsecConfig></VpnConnectionConfig>`,
    ),
    json: JSON.stringify({
      RequestId: RID,
      VpnConnectionConfig: {
        ...single,
      },
    }),
    expected: {
      RequestId: RID,
      VpnConnectionConfig: {
        ...single,
        TunnelsConfig: { TunnelConfig: [] },
        BgpConfigs: { BgpConfig: [] },
      },
    },
  },
  {
    action: 'DescribeVpnConnectionLogs',
    name: 'one line (a single XML element)',
    xml: wrap(
      'DescribeVpnConnectionLogs',
      `<Count>1</Count><IsCompleted>true</IsCompleted><PageNumber>1</PageNumber><PageSize>10</PageSize><Data><Logs>${line}</Logs></Data>`,
    ),
    json: JSON.stringify({
      RequestId: RID,
      Count: 1,
      IsCompleted: true,
      PageNumber: 1,
      PageSize: 10,
      Data: { Logs: [line] },
    }),
  },
  {
    action: 'DiagnoseVpnConnections',
    name: 'two rows',
    xml: wrap(
      'DiagnoseVpnConnections',
      `<TotalCount>2</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><VpnConnections>${rowXml}</VpnConnections><VpnConnections>${rowXml}</VpnConnections>`,
    ),
    json: JSON.stringify({
      RequestId: RID,
      TotalCount: 2,
      PageNumber: 1,
      PageSize: 10,
      VpnConnections: [row, row],
    }),
  },
  {
    action: 'DiagnoseVpnGateway',
    name: 'started',
    xml: wrap('DiagnoseVpnGateway', '<DiagnoseId>vpndgn-uf6kuxbe3iv028k3s****</DiagnoseId>'),
    json: JSON.stringify({ RequestId: RID, DiagnoseId: 'vpndgn-uf6kuxbe3iv028k3s****' }),
  },
  {
    action: 'GetVpnGatewayDiagnoseResult',
    name: 'finished, one item',
    xml: wrap(
      'GetVpnGatewayDiagnoseResult',
      `${reportXml}<DiagnoseResult>${checkXml}</DiagnoseResult>`,
    ),
    json: JSON.stringify({ RequestId: RID, ...report, DiagnoseResult: [check] }),
  },
  {
    action: 'CheckVpnBgpEnabled',
    name: 'supported',
    xml: wrap('CheckVpnBgpEnabled', '<BgpEnabled>true</BgpEnabled>'),
    json: JSON.stringify({ RequestId: RID, BgpEnabled: true }),
  },
];
