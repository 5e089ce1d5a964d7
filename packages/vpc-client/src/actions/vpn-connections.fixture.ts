import { XML_PROLOG, requestIdOnly } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

const common = {
  VpnConnectionId: 'vco-bp15oes1py4i66rmd****',
  VpnGatewayId: 'vpn-bp1q8bgx4xnkm2ogj****',
  CustomerGatewayId: 'cgw-bp1pvpl9r9adju6l5****',
  Name: 'hq',
  LocalSubnet: '192.168.0.0/16',
  RemoteSubnet: '10.0.0.0/8,172.16.0.0/12',
  CreateTime: 1767960200000,
  EffectImmediately: false,
  EnableDpd: true,
  EnableNatTraversal: true,
  EnableTunnelsBgp: false,
  Status: 'ipsec_sa_established',
  State: 'attached',
  AttachType: 'VPNGW',
  NetworkType: 'public',
  Spec: '1000M',
  IkeConfig: {
    IkeAuthAlg: 'sha1',
    IkeEncAlg: 'aes',
    IkeLifetime: 86400,
    IkeMode: 'main',
    IkePfs: 'group2',
    IkeVersion: 'ikev1',
    LocalId: '116.62.10.20',
    Psk: 'pre-shared-key',
    RemoteId: '203.0.113.10',
  },
  IpsecConfig: {
    IpsecAuthAlg: 'sha1',
    IpsecEncAlg: 'aes',
    IpsecLifetime: 86400,
    IpsecPfs: 'group2',
  },
  VcoHealthCheck: {
    Dip: '10.0.0.1',
    Sip: '192.168.0.1',
    Enable: 'true',
    Interval: 3,
    Retry: 3,
    Status: 'success',
  },
  TunnelOptionsSpecification: { TunnelOptions: [] },
};

const commonXml = `<VpnConnectionId>vco-bp15oes1py4i66rmd****</VpnConnectionId><VpnGatewayId>vpn-bp1q8bgx4xnkm2ogj****</VpnGatewayId><CustomerGatewayId>cgw-bp1pvpl9r9adju6l5****</CustomerGatewayId><Name>hq</Name><LocalSubnet>192.168.0.0/16</LocalSubnet><RemoteSubnet>10.0.0.0/8,172.16.0.0/12</RemoteSubnet><CreateTime>1767960200000</CreateTime><EffectImmediately>false</EffectImmediately><EnableDpd>true</EnableDpd><EnableNatTraversal>true</EnableNatTraversal><EnableTunnelsBgp>false</EnableTunnelsBgp><Status>ipsec_sa_established</Status><State>attached</State><AttachType>VPNGW</AttachType><NetworkType>public</NetworkType><Spec>1000M</Spec><IkeConfig><IkeAuthAlg>sha1</IkeAuthAlg><IkeEncAlg>aes</IkeEncAlg><IkeLifetime>86400</IkeLifetime><IkeMode>main</IkeMode><IkePfs>group2</IkePfs><IkeVersion>ikev1</IkeVersion><LocalId>116.62.10.20</LocalId><Psk>pre-shared-key</Psk><RemoteId>203.0.113.10</RemoteId></IkeConfig><IpsecConfig><IpsecAuthAlg>sha1</IpsecAuthAlg><IpsecEncAlg>aes</IpsecEncAlg><IpsecLifetime>86400</IpsecLifetime><IpsecPfs>group2</IpsecPfs></IpsecConfig><VcoHealthCheck><Dip>10.0.0.1</Dip><Sip>192.168.0.1</Sip><Enable>true</Enable><Interval>3</Interval><Retry>3</Retry><Status>success</Status></VcoHealthCheck><TunnelOptionsSpecification/>`;

const bgp = {
  AuthKey: '',
  LocalAsn: 45104,
  LocalBgpIp: '169.254.10.1',
  PeerAsn: 65001,
  PeerBgpIp: '169.254.10.2',
  Status: 'false',
  TunnelCidr: '169.254.10.0/30',
};
const bgpXml = `<AuthKey></AuthKey><LocalAsn>45104</LocalAsn><LocalBgpIp>169.254.10.1</LocalBgpIp><PeerAsn>65001</PeerAsn><PeerBgpIp>169.254.10.2</PeerBgpIp><Status>false</Status><TunnelCidr>169.254.10.0/30</TunnelCidr>`;

const tunnel = {
  TunnelId: 'tun-opsqc4d97wni27****',
  TunnelIndex: 1,
  CustomerGatewayId: 'cgw-bp1pvpl9r9adju6l5****',
  Role: 'master',
  State: 'active',
  Status: 'ipsec_sa_established',
  InternetIp: '116.62.10.21',
  ZoneNo: 'cn-hangzhou-h',
  EnableDpd: 'true',
  EnableNatTraversal: 'true',
  TunnelBgpConfig: { LocalAsn: '45104', TunnelCidr: '169.254.11.0/30' },
  TunnelIkeConfig: { IkeLifetime: '86400', IkeVersion: 'ikev2', Psk: 'tunnel-psk' },
  TunnelIpsecConfig: { IpsecLifetime: '86400', IpsecPfs: 'group14' },
};

/** Recorded IPsec connection bodies (REFERENCE §3.4): `Tag.Tag[]` on list items. */
export const vpnConnectionFixtures: ActionFixture[] = [
  {
    action: 'CreateVpnConnection',
    name: 'new connection',
    xml: `${XML_PROLOG}<CreateVpnConnectionResponse><RequestId>4D5E6F70-BBBB-44C5-9DC4-D5E6F708192A</RequestId><VpnConnectionId>vco-bp15oes1py4i66rmd****</VpnConnectionId><Name>hq</Name><CreateTime>1767960200000</CreateTime></CreateVpnConnectionResponse>`,
    json: JSON.stringify({
      RequestId: '4D5E6F70-BBBB-44C5-9DC4-D5E6F708192A',
      VpnConnectionId: 'vco-bp15oes1py4i66rmd****',
      Name: 'hq',
      CreateTime: 1767960200000,
    }),
  },
  {
    action: 'DescribeVpnConnections',
    name: 'one connection, user tags in Tag.Tag[]',
    xml: `${XML_PROLOG}<DescribeVpnConnectionsResponse><RequestId>5E6F7081-CCCC-45D6-8ED5-E6F708192A3B</RequestId><TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><VpnConnections><VpnConnection>${commonXml}<VpnBgpConfig>${bgpXml}</VpnBgpConfig><Tag><Tag><Key>site</Key><Value>hq</Value></Tag></Tag></VpnConnection></VpnConnections></DescribeVpnConnectionsResponse>`,
    json: JSON.stringify({
      RequestId: '5E6F7081-CCCC-45D6-8ED5-E6F708192A3B',
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      VpnConnections: {
        VpnConnection: [
          { ...common, VpnBgpConfig: bgp, Tag: { Tag: [{ Key: 'site', Value: 'hq' }] } },
        ],
      },
    }),
  },
  {
    action: 'DescribeVpnConnection',
    name: 'flat dual-tunnel body, user tags in Tags.Tag[]',
    xml: `${XML_PROLOG}<DescribeVpnConnectionResponse><RequestId>6F708192-DDDD-46E7-9FE6-F708192A3B4C</RequestId>${commonXml.replace(
      '<TunnelOptionsSpecification/>',
      '<TunnelOptionsSpecification><TunnelOptions><TunnelId>tun-opsqc4d97wni27****</TunnelId><TunnelIndex>1</TunnelIndex><CustomerGatewayId>cgw-bp1pvpl9r9adju6l5****</CustomerGatewayId><Role>master</Role><State>active</State><Status>ipsec_sa_established</Status><InternetIp>116.62.10.21</InternetIp><ZoneNo>cn-hangzhou-h</ZoneNo><EnableDpd>true</EnableDpd><EnableNatTraversal>true</EnableNatTraversal><TunnelBgpConfig><LocalAsn>45104</LocalAsn><TunnelCidr>169.254.11.0/30</TunnelCidr></TunnelBgpConfig><TunnelIkeConfig><IkeLifetime>86400</IkeLifetime><IkeVersion>ikev2</IkeVersion><Psk>tunnel-psk</Psk></TunnelIkeConfig><TunnelIpsecConfig><IpsecLifetime>86400</IpsecLifetime><IpsecPfs>group14</IpsecPfs></TunnelIpsecConfig></TunnelOptions></TunnelOptionsSpecification>',
    )}<ZoneNo>cn-hangzhou-h</ZoneNo><VpnBgpConfig>${bgpXml}<EnableBgp>true</EnableBgp></VpnBgpConfig><Tags><Tag><Key>site</Key><Value>hq</Value></Tag></Tags></DescribeVpnConnectionResponse>`,
    json: JSON.stringify({
      RequestId: '6F708192-DDDD-46E7-9FE6-F708192A3B4C',
      ...common,
      TunnelOptionsSpecification: { TunnelOptions: [tunnel] },
      ZoneNo: 'cn-hangzhou-h',
      VpnBgpConfig: { ...bgp, EnableBgp: 'true' },
      Tags: { Tag: [{ Key: 'site', Value: 'hq' }] },
    }),
  },
  requestIdOnly('DeleteVpnConnection', '708192A3-EEEE-47F8-80F7-08192A3B4C5D'),
];
