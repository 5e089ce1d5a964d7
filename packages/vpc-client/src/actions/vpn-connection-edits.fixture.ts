import { XML_PROLOG } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

// Modify answers bools and ints for the tunnel fields Describe answers as strings (REFERENCE-2 §1.6, §1.8).
const tunnel = {
  TunnelId: 'tun-opsqc4d97wni27****',
  Role: 'master',
  State: 'updating',
  CustomerGatewayId: 'cgw-bp1pvpl9r9adju6l5****',
  InternetIp: '116.62.10.21',
  ZoneNo: 'cn-hangzhou-h',
  EnableDpd: false,
  EnableNatTraversal: true,
  TunnelIkeConfig: { IkeLifetime: 3600, IkeVersion: 'ikev2', Psk: 'rotated' },
  TunnelIpsecConfig: { IpsecLifetime: 86400, IpsecPfs: 'group14' },
  TunnelBgpConfig: {
    EnableBgp: true,
    LocalAsn: 65020,
    PeerAsn: 65001,
    TunnelCidr: '169.254.11.0/30',
  },
};

const tunnelXml = `<TunnelId>tun-opsqc4d97wni27****</TunnelId><Role>master</Role><State>updating</State><CustomerGatewayId>cgw-bp1pvpl9r9adju6l5****</CustomerGatewayId><InternetIp>116.62.10.21</InternetIp><ZoneNo>cn-hangzhou-h</ZoneNo><EnableDpd>false</EnableDpd><EnableNatTraversal>true</EnableNatTraversal><TunnelIkeConfig><IkeLifetime>3600</IkeLifetime><IkeVersion>ikev2</IkeVersion><Psk>rotated</Psk></TunnelIkeConfig><TunnelIpsecConfig><IpsecLifetime>86400</IpsecLifetime><IpsecPfs>group14</IpsecPfs></TunnelIpsecConfig><TunnelBgpConfig><EnableBgp>true</EnableBgp><LocalAsn>65020</LocalAsn><PeerAsn>65001</PeerAsn><TunnelCidr>169.254.11.0/30</TunnelCidr></TunnelBgpConfig>`;

/** Recorded IPsec connection edit bodies. */
export const vpnConnectionEditFixtures: ActionFixture[] = [
  {
    action: 'ModifyTunnelAttribute',
    name: 'the tunnel, flat, Modify types',
    xml: `${XML_PROLOG}<ModifyTunnelAttributeResponse><RequestId>4D5E6F70-BBBB-42A3-9BA2-B3C4D5E6F70A</RequestId>${tunnelXml}</ModifyTunnelAttributeResponse>`,
    json: JSON.stringify({ RequestId: '4D5E6F70-BBBB-42A3-9BA2-B3C4D5E6F70A', ...tunnel }),
  },
  {
    action: 'ModifyVpnConnectionAttribute',
    name: 'a dual-tunnel snapshot',
    xml: `${XML_PROLOG}<ModifyVpnConnectionAttributeResponse><RequestId>5E6F7081-CCCC-42A3-9BA2-B3C4D5E6F70B</RequestId><VpnConnectionId>vco-bp15oes1py4i66rmd****</VpnConnectionId><Name>hq</Name><RemoteSubnet>10.0.0.0/8</RemoteSubnet><EnableTunnelsBgp>true</EnableTunnelsBgp><TunnelOptionsSpecification><TunnelOptions>${tunnelXml}</TunnelOptions></TunnelOptionsSpecification></ModifyVpnConnectionAttributeResponse>`,
    json: JSON.stringify({
      RequestId: '5E6F7081-CCCC-42A3-9BA2-B3C4D5E6F70B',
      VpnConnectionId: 'vco-bp15oes1py4i66rmd****',
      Name: 'hq',
      RemoteSubnet: '10.0.0.0/8',
      EnableTunnelsBgp: true,
      TunnelOptionsSpecification: { TunnelOptions: [tunnel] },
    }),
  },
];
