import { XML_PROLOG, requestIdOnly } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

// `Tag` is a string of JSON (system labels); XML carries it as escaped text (REFERENCE §2.1).
const systemTag = '{"VpnEnableBgp":"true","VpnVersion":"v1.2.4"}';

const gateway = {
  VpnGatewayId: 'vpn-bp1q8bgx4xnkm2ogj****',
  Name: 'office',
  Description: 'to HQ',
  VpcId: 'vpc-bp1qpo0kug3a20qqe****',
  VSwitchId: 'vsw-bp1nhbnpv2blyz8dl****',
  InternetIp: '116.62.10.20',
  Status: 'active',
  BusinessStatus: 'Normal',
  CreateTime: 1767960000000,
  EndTime: 32493801600000,
  Spec: '5M',
  ChargeType: 'POSTPAY',
  GatewayType: 'Traditional',
  IpsecVpn: 'enable',
  SslVpn: 'disable',
  SslMaxConnections: 5,
  NetworkType: 'public',
  VpnType: 'Normal',
  AutoPropagate: true,
  EnableBgp: false,
  Tag: systemTag,
  EniInstanceIds: { EniInstanceId: ['eni-bp1abcde12345****'] },
  Tags: { Tag: [{ Key: 'site', Value: 'hq' }] },
};

const gatewayXml = `<VpnGatewayId>vpn-bp1q8bgx4xnkm2ogj****</VpnGatewayId><Name>office</Name><Description>to HQ</Description><VpcId>vpc-bp1qpo0kug3a20qqe****</VpcId><VSwitchId>vsw-bp1nhbnpv2blyz8dl****</VSwitchId><InternetIp>116.62.10.20</InternetIp><Status>active</Status><BusinessStatus>Normal</BusinessStatus><CreateTime>1767960000000</CreateTime><EndTime>32493801600000</EndTime><Spec>5M</Spec><ChargeType>POSTPAY</ChargeType><GatewayType>Traditional</GatewayType><IpsecVpn>enable</IpsecVpn><SslVpn>disable</SslVpn><SslMaxConnections>5</SslMaxConnections><NetworkType>public</NetworkType><VpnType>Normal</VpnType><AutoPropagate>true</AutoPropagate><EnableBgp>false</EnableBgp><Tag>{&quot;VpnEnableBgp&quot;:&quot;true&quot;,&quot;VpnVersion&quot;:&quot;v1.2.4&quot;}</Tag><EniInstanceIds><EniInstanceId>eni-bp1abcde12345****</EniInstanceId></EniInstanceIds><Tags><Tag><Key>site</Key><Value>hq</Value></Tag></Tags>`;

/** Recorded VPN gateway bodies (REFERENCE §3.4): epoch-ms CreateTime, `Tag` string vs `Tags`. */
export const vpnGatewayFixtures: ActionFixture[] = [
  {
    action: 'CreateVpnGateway',
    name: 'new gateway with its order',
    xml: `${XML_PROLOG}<CreateVpnGatewayResponse><RequestId>B4C5D6E7-2222-4B3C-8A3B-4C5D6E7F8091</RequestId><VpnGatewayId>vpn-bp1q8bgx4xnkm2ogj****</VpnGatewayId><Name>office</Name><OrderId>208240000000000</OrderId></CreateVpnGatewayResponse>`,
    json: JSON.stringify({
      RequestId: 'B4C5D6E7-2222-4B3C-8A3B-4C5D6E7F8091',
      VpnGatewayId: 'vpn-bp1q8bgx4xnkm2ogj****',
      Name: 'office',
      OrderId: 208240000000000,
    }),
  },
  {
    action: 'DescribeVpnGateways',
    name: 'one gateway',
    xml: `${XML_PROLOG}<DescribeVpnGatewaysResponse><RequestId>C5D6E7F8-3333-4C4D-9B4C-5D6E7F8091A2</RequestId><TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><VpnGateways><VpnGateway>${gatewayXml}</VpnGateway></VpnGateways></DescribeVpnGatewaysResponse>`,
    json: JSON.stringify({
      RequestId: 'C5D6E7F8-3333-4C4D-9B4C-5D6E7F8091A2',
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      VpnGateways: { VpnGateway: [gateway] },
    }),
  },
  {
    action: 'DescribeVpnGateway',
    name: 'flat body with reservation data',
    xml: `${XML_PROLOG}<DescribeVpnGatewayResponse><RequestId>D6E7F809-4444-4D5E-8C5D-6E7F8091A2B3</RequestId>${gatewayXml}<ReservationData><ReservationEndTime>2026-02-01T00:00Z</ReservationEndTime><ReservationIpsec>enable</ReservationIpsec><ReservationMaxConnections>5</ReservationMaxConnections><ReservationOrderType>RENEW</ReservationOrderType><ReservationSpec>10</ReservationSpec><ReservationSsl>disable</ReservationSsl><Status>1</Status></ReservationData></DescribeVpnGatewayResponse>`,
    json: JSON.stringify({
      RequestId: 'D6E7F809-4444-4D5E-8C5D-6E7F8091A2B3',
      ...gateway,
      ReservationData: {
        ReservationEndTime: '2026-02-01T00:00Z',
        ReservationIpsec: 'enable',
        ReservationMaxConnections: 5,
        ReservationOrderType: 'RENEW',
        ReservationSpec: '10',
        ReservationSsl: 'disable',
        Status: '1',
      },
    }),
  },
  requestIdOnly('DeleteVpnGateway', 'E7F8091A-5555-4E6F-9D6E-7F8091A2B3C4'),
  {
    action: 'ModifyVpnGatewayAttribute',
    name: 'the gateway attributes after the change',
    xml: `${XML_PROLOG}<ModifyVpnGatewayAttributeResponse><RequestId>F8091A2B-6666-4F70-8E7F-8091A2B3C4D5</RequestId><VpnGatewayId>vpn-bp1q8bgx4xnkm2ogj****</VpnGatewayId><Name>office-2</Name><Description>renamed</Description><VpcId>vpc-bp1qpo0kug3a20qqe****</VpcId><VSwitchId>vsw-bp1nhbnpv2blyz8dl****</VSwitchId><InternetIp>116.62.10.20</InternetIp><IntranetIp>192.168.1.30</IntranetIp><Status>updating</Status><BusinessStatus>Normal</BusinessStatus><CreateTime>1767960000000</CreateTime><EndTime>32493801600000</EndTime><Spec>5M</Spec><AutoPropagate>false</AutoPropagate><EnableBgp>false</EnableBgp></ModifyVpnGatewayAttributeResponse>`,
    json: JSON.stringify({
      RequestId: 'F8091A2B-6666-4F70-8E7F-8091A2B3C4D5',
      VpnGatewayId: 'vpn-bp1q8bgx4xnkm2ogj****',
      Name: 'office-2',
      Description: 'renamed',
      VpcId: 'vpc-bp1qpo0kug3a20qqe****',
      VSwitchId: 'vsw-bp1nhbnpv2blyz8dl****',
      InternetIp: '116.62.10.20',
      IntranetIp: '192.168.1.30',
      Status: 'updating',
      BusinessStatus: 'Normal',
      CreateTime: 1767960000000,
      EndTime: 32493801600000,
      Spec: '5M',
      AutoPropagate: false,
      EnableBgp: false,
    }),
  },
];
