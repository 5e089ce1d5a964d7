import { XML_PROLOG, requestIdOnly } from './action-fixture.ts';
import type { ActionFixture } from './action-fixture.ts';

const server = {
  SslVpnServerId: 'vss-bp18q7hzj6largv4v****',
  VpnGatewayId: 'vpn-bp1q8bgx4xnkm2ogj****',
  RegionId: 'cn-hangzhou',
  Name: 'remote-staff',
  ClientIpPool: '192.168.1.0/24',
  LocalSubnet: '10.0.0.0/8',
  Proto: 'UDP',
  Port: 1194,
  Cipher: 'AES-128-CBC',
  Compress: false,
  Connections: 2,
  MaxConnections: 50,
  InternetIp: '47.96.12.34',
  CreateTime: 1767960100000,
  EnableMultiFactorAuth: false,
  IDaaSInstanceId: '',
  IDaaSApplicationId: '',
  ResourceGroupId: 'rg-acfmxazb4ph6aiy',
};
const serverXml = `<SslVpnServerId>vss-bp18q7hzj6largv4v****</SslVpnServerId><VpnGatewayId>vpn-bp1q8bgx4xnkm2ogj****</VpnGatewayId><RegionId>cn-hangzhou</RegionId><Name>remote-staff</Name><ClientIpPool>192.168.1.0/24</ClientIpPool><LocalSubnet>10.0.0.0/8</LocalSubnet><Proto>UDP</Proto><Port>1194</Port><Cipher>AES-128-CBC</Cipher><Compress>false</Compress><Connections>2</Connections><MaxConnections>50</MaxConnections><InternetIp>47.96.12.34</InternetIp><CreateTime>1767960100000</CreateTime><EnableMultiFactorAuth>false</EnableMultiFactorAuth><IDaaSInstanceId></IDaaSInstanceId><IDaaSApplicationId></IDaaSApplicationId><ResourceGroupId>rg-acfmxazb4ph6aiy</ResourceGroupId>`;

const cert = {
  SslVpnClientCertId: 'vsc-bp1n8wcf134yl0osr****',
  SslVpnServerId: 'vss-bp18q7hzj6largv4v****',
  Name: 'alice-laptop',
  RegionId: 'cn-hangzhou',
  ResourceGroupId: 'rg-acfmxazb4ph6aiy',
  CreateTime: 1767960100000,
  EndTime: 1862568100000,
  Status: 'normal',
};
const certXml = `<SslVpnClientCertId>vsc-bp1n8wcf134yl0osr****</SslVpnClientCertId><SslVpnServerId>vss-bp18q7hzj6largv4v****</SslVpnServerId><Name>alice-laptop</Name><RegionId>cn-hangzhou</RegionId><ResourceGroupId>rg-acfmxazb4ph6aiy</ResourceGroupId><CreateTime>1767960100000</CreateTime><EndTime>1862568100000</EndTime><Status>normal</Status>`;

const keys = {
  CaCert: '-----BEGIN CERTIFICATE-----\nMIIB…CA\n-----END CERTIFICATE-----',
  ClientCert: '-----BEGIN CERTIFICATE-----\nMIIB…client\n-----END CERTIFICATE-----',
  ClientKey: '-----BEGIN RSA PRIVATE KEY-----\nMIIE…key\n-----END RSA PRIVATE KEY-----',
  ClientConfig: 'client\ndev tun\nproto udp\nremote 47.96.12.34 1194\nca ca.crt',
};
const keysXml = Object.entries(keys)
  .map(([k, v]) => `<${k}>${v}</${k}>`)
  .join('');

const client = {
  CommonName: 'CN=vsc-bp1n8wcf134yl0osr****',
  Ip: '198.51.100.23',
  Port: '51234',
  PrivateIp: '192.168.1.6',
  ConnectedTime: 1767960200000,
  ReceiveBytes: 1048576,
  SendBytes: 5242880,
  Status: 'online',
};
const clientXml = `<CommonName>CN=vsc-bp1n8wcf134yl0osr****</CommonName><Ip>198.51.100.23</Ip><Port>51234</Port><PrivateIp>192.168.1.6</PrivateIp><ConnectedTime>1767960200000</ConnectedTime><ReceiveBytes>1048576</ReceiveBytes><SendBytes>5242880</SendBytes><Status>online</Status>`;

const id = (n: number) => `5C7B0D3E-${String(n).padStart(4, '0')}-4A1B-9C2D-3E4F5A6B7C8D`;
const wrap = (action: string, n: number, inner: string) =>
  `${XML_PROLOG}<${action}Response><RequestId>${id(n)}</RequestId>${inner}</${action}Response>`;

/** Recorded SSL-VPN bodies (REFERENCE-2 §3): classic wrappers, bare `ClientInfoList`, `Data.Logs`. */
export const sslVpnFixtures: ActionFixture[] = [
  {
    action: 'CreateSslVpnServer',
    name: 'new server',
    xml: wrap(
      'CreateSslVpnServer',
      1,
      `<SslVpnServerId>${server.SslVpnServerId}</SslVpnServerId><Name>remote-staff</Name>`,
    ),
    json: JSON.stringify({
      RequestId: id(1),
      SslVpnServerId: server.SslVpnServerId,
      Name: 'remote-staff',
    }),
  },
  {
    action: 'ModifySslVpnServer',
    name: 'flat server after the change',
    xml: wrap('ModifySslVpnServer', 2, serverXml),
    json: JSON.stringify({ RequestId: id(2), ...server }),
  },
  requestIdOnly('DeleteSslVpnServer', id(3)),
  {
    action: 'DescribeSslVpnServers',
    name: 'one server in its wrapper',
    xml: wrap(
      'DescribeSslVpnServers',
      4,
      `<TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><SslVpnServers><SslVpnServer>${serverXml}<DnsServers>100.100.2.136</DnsServers><IDaaSRegionId></IDaaSRegionId></SslVpnServer></SslVpnServers>`,
    ),
    json: JSON.stringify({
      RequestId: id(4),
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      SslVpnServers: {
        SslVpnServer: [{ ...server, DnsServers: '100.100.2.136', IDaaSRegionId: '' }],
      },
    }),
  },
  {
    action: 'CreateSslVpnClientCert',
    name: 'new certificate',
    xml: wrap(
      'CreateSslVpnClientCert',
      5,
      `<SslVpnClientCertId>${cert.SslVpnClientCertId}</SslVpnClientCertId><Name>alice-laptop</Name>`,
    ),
    json: JSON.stringify({
      RequestId: id(5),
      SslVpnClientCertId: cert.SslVpnClientCertId,
      Name: 'alice-laptop',
    }),
  },
  {
    action: 'ModifySslVpnClientCert',
    name: 'renamed',
    xml: wrap(
      'ModifySslVpnClientCert',
      6,
      `<SslVpnClientCertId>${cert.SslVpnClientCertId}</SslVpnClientCertId><Name>alice-2</Name>`,
    ),
    json: JSON.stringify({
      RequestId: id(6),
      SslVpnClientCertId: cert.SslVpnClientCertId,
      Name: 'alice-2',
    }),
  },
  requestIdOnly('DeleteSslVpnClientCert', id(7)),
  {
    action: 'DescribeSslVpnClientCert',
    name: 'with key material',
    xml: wrap('DescribeSslVpnClientCert', 8, certXml + keysXml),
    json: JSON.stringify({ RequestId: id(8), ...cert, ...keys }),
  },
  {
    action: 'DescribeSslVpnClientCerts',
    name: 'wrapper SslVpnClientCertKeys.SslVpnClientCertKey',
    xml: wrap(
      'DescribeSslVpnClientCerts',
      9,
      `<TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><SslVpnClientCertKeys><SslVpnClientCertKey>${certXml}</SslVpnClientCertKey></SslVpnClientCertKeys>`,
    ),
    json: JSON.stringify({
      RequestId: id(9),
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      SslVpnClientCertKeys: { SslVpnClientCertKey: [cert] },
    }),
  },
  {
    action: 'DescribeSslVpnClients',
    name: 'one client: a bare array, one repeated XML element',
    xml: wrap(
      'DescribeSslVpnClients',
      10,
      `<RegionId>cn-hangzhou</RegionId><VpnGatewayId>${server.VpnGatewayId}</VpnGatewayId><TotalCount>1</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize><ClientInfoList>${clientXml}</ClientInfoList>`,
    ),
    json: JSON.stringify({
      RequestId: id(10),
      RegionId: 'cn-hangzhou',
      VpnGatewayId: server.VpnGatewayId,
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      ClientInfoList: [client],
    }),
  },
  {
    action: 'DescribeSslVpnClients',
    name: 'no client: the element is absent',
    xml: wrap(
      'DescribeSslVpnClients',
      11,
      '<TotalCount>0</TotalCount><PageNumber>1</PageNumber><PageSize>10</PageSize>',
    ),
    json: JSON.stringify({ RequestId: id(11), TotalCount: 0, PageNumber: 1, PageSize: 10 }),
    expected: { RequestId: id(11), TotalCount: 0, PageNumber: 1, PageSize: 10, ClientInfoList: [] },
  },
  {
    action: 'DescribeVpnSslServerLogs',
    name: 'Data.Logs as a bare string array',
    xml: wrap(
      'DescribeVpnSslServerLogs',
      12,
      '<Count>2</Count><IsCompleted>true</IsCompleted><PageNumber>1</PageNumber><PageSize>10</PageSize><Data><Logs>2026-12-05 21:40:07 a</Logs><Logs>2026-12-05 21:40:08 b</Logs></Data>',
    ),
    json: JSON.stringify({
      RequestId: id(12),
      Count: 2,
      IsCompleted: true,
      PageNumber: 1,
      PageSize: 10,
      Data: { Logs: ['2026-12-05 21:40:07 a', '2026-12-05 21:40:08 b'] },
    }),
  },
  {
    action: 'DescribeVpnSslServerLogs',
    name: 'one line is still an array',
    xml: wrap(
      'DescribeVpnSslServerLogs',
      13,
      '<Count>1</Count><IsCompleted>false</IsCompleted><PageNumber>1</PageNumber><PageSize>10</PageSize><Data><Logs>only</Logs></Data>',
    ),
    json: JSON.stringify({
      RequestId: id(13),
      Count: 1,
      IsCompleted: false,
      PageNumber: 1,
      PageSize: 10,
      Data: { Logs: ['only'] },
    }),
  },
];
