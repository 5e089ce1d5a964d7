import { verifyRpcRequest, verifyV3Request } from '@gc/signer';
import { describe, expect, it } from 'vitest';
import { startTestServer, useTestClient } from './test-server.fixture.ts';
import { ACTIONS, methodName } from './action-table.ts';
import type { ActionName } from './action-table.ts';
import { VpcClient } from './vpc-client.ts';

const credentials = { accessKeyId: 'LTAI5tTestKeyId0001', accessKeySecret: 'TestSecretValue2026' };
const lookupSecret = (id: string): string | undefined =>
  id === credentials.accessKeyId ? credentials.accessKeySecret : undefined;

const regionsXml = `<?xml version="1.0" encoding="UTF-8"?>
<DescribeRegionsResponse><RequestId>R-1</RequestId><Regions><Region><RegionId>cn-hangzhou</RegionId><LocalName>华东 1（杭州）</LocalName><RegionEndpoint>vpc.aliyuncs.com</RegionEndpoint></Region></Regions></DescribeRegionsResponse>`;

const setup = useTestClient({ credentials });

describe('VpcClient transport', () => {
  it('sends a signed GET with Format=XML and parses the XML answer', async () => {
    const { server, client } = await setup([{ status: 200, body: regionsXml }]);
    const res = await client.describeRegions();
    expect(res).toEqual({
      RequestId: 'R-1',
      Regions: {
        Region: [
          {
            RegionId: 'cn-hangzhou',
            LocalName: '华东 1（杭州）',
            RegionEndpoint: 'vpc.aliyuncs.com',
          },
        ],
      },
    });
    const [seen] = server.seen;
    expect(seen?.method).toBe('GET');
    expect(seen?.params).toMatchObject({
      Action: 'DescribeRegions',
      Format: 'XML',
      Version: '2016-04-28',
    });
    const verdict = verifyRpcRequest({ method: 'GET', params: seen?.params ?? {}, lookupSecret });
    expect(verdict.ok).toBe(true);
  });

  it('sends POST as a form body and flattens list parameters', async () => {
    const body = JSON.stringify({ RequestId: 'R-2' });
    const { server, client } = await setup([{ status: 200, body }], {
      method: 'POST',
      format: 'JSON',
    });
    await client.tagResources({
      RegionId: 'cn-hangzhou',
      ResourceType: 'NATGATEWAY',
      ResourceId: ['ngw-1'],
      Tag: [{ Key: 'env', Value: 'a b*' }],
    });
    const [seen] = server.seen;
    expect(seen?.method).toBe('POST');
    expect(seen?.url).toBe('/');
    expect(seen?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(seen?.body).toContain('Tag.1.Value=a%20b%2A');
    expect(seen?.params).toMatchObject({
      'ResourceId.1': 'ngw-1',
      'Tag.1.Key': 'env',
      Format: 'JSON',
    });
    expect(verifyRpcRequest({ method: 'POST', params: seen?.params ?? {}, lookupSecret }).ok).toBe(
      true,
    );
  });

  it('signs with ACS3-HMAC-SHA256 when signatureVersion is v3', async () => {
    const { server, client } = await setup([{ status: 200, body: regionsXml }], {
      signatureVersion: 'v3',
    });
    await client.describeZones({ RegionId: 'cn-hangzhou' });
    const [seen] = server.seen;
    expect(seen?.method).toBe('POST');
    expect(seen?.body).toBe('');
    expect(seen?.params).toEqual({ RegionId: 'cn-hangzhou', Format: 'XML' });
    const url = new URL(seen?.url ?? '/', 'http://x');
    const verdict = verifyV3Request({
      method: 'POST',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: seen?.headers ?? {},
      body: '',
      lookupSecret,
    });
    expect(verdict.ok).toBe(true);
  });

  it('parses a JSON answer to the same object as XML', async () => {
    const json = JSON.stringify({
      RequestId: 'R-1',
      Regions: {
        Region: [
          {
            RegionId: 'cn-hangzhou',
            LocalName: '华东 1（杭州）',
            RegionEndpoint: 'vpc.aliyuncs.com',
          },
        ],
      },
    });
    const { client } = await setup([{ status: 200, body: json }], { format: 'JSON' });
    const fromJson = await client.describeRegions();
    const xmlServer = await startTestServer([{ status: 200, body: regionsXml }]);
    const xmlClient = new VpcClient({ endpoint: xmlServer.url, credentials });
    try {
      expect(await xmlClient.describeRegions()).toEqual(fromJson);
    } finally {
      await xmlClient.close();
      await xmlServer.close();
    }
  });

  it('call() sends an action outside the table and returns the parsed body as is', async () => {
    const body =
      '<DescribeRouteTablesResponse><RequestId>R</RequestId><TotalCount>3</TotalCount></DescribeRouteTablesResponse>';
    const { server, client } = await setup([{ status: 200, body }]);
    const res = await client.call<Record<string, unknown>>('DescribeRouteTables', {
      RegionId: 'cn-hangzhou',
      PageSize: 10,
      Skip: undefined,
    });
    expect(res).toEqual({ RequestId: 'R', TotalCount: '3' });
    expect(server.seen[0]?.params).toMatchObject({ Action: 'DescribeRouteTables', PageSize: '10' });
    expect(server.seen[0]?.params).not.toHaveProperty('Skip');
  });

  it('call() decodes a known action by its schema', async () => {
    const { client } = await setup([{ status: 200, body: regionsXml }]);
    const res = await client.call<{ Regions: { Region: unknown[] } }>('DescribeRegions', {});
    expect(res.Regions.Region).toHaveLength(1);
  });
});

describe('VpcClient methods', () => {
  // The method names agreed in helper-briefs/interfaces.md.
  const agreed = [
    'describeRegions',
    'describeZones',
    'describeVpcs',
    'describeVSwitches',
    'describeNatGateways',
    'createNatGateway',
    'deleteNatGateway',
    'modifyNatGatewayAttribute',
    'modifyNatGatewaySpec',
    'describeSnatTableEntries',
    'createSnatEntry',
    'deleteSnatEntry',
    'describeForwardTableEntries',
    'createForwardEntry',
    'deleteForwardEntry',
    'allocateEipAddress',
    'describeEipAddresses',
    'associateEipAddress',
    'unassociateEipAddress',
    'releaseEipAddress',
    'createVpnGateway',
    'describeVpnGateways',
    'describeVpnGateway',
    'deleteVpnGateway',
    'modifyVpnGatewayAttribute',
    'createCustomerGateway',
    'describeCustomerGateways',
    'describeCustomerGateway',
    'deleteCustomerGateway',
    'createVpnConnection',
    'describeVpnConnections',
    'describeVpnConnection',
    'deleteVpnConnection',
    'createIpv6Gateway',
    'describeIpv6Gateways',
    'describeIpv6GatewayAttribute',
    'deleteIpv6Gateway',
    'modifyIpv6GatewayAttribute',
    'describeIpv6Addresses',
    'allocateIpv6InternetBandwidth',
    'deleteIpv6InternetBandwidth',
    'modifyIpv6InternetBandwidth',
    'createIpv6EgressOnlyRule',
    'deleteIpv6EgressOnlyRule',
    'describeIpv6EgressOnlyRules',
    'modifyIpv6AddressAttribute',
    'tagResources',
    'listTagResources',
    'unTagResources',
    // SSL-VPN (issue 14, REFERENCE-2 §3).
    'createSslVpnServer',
    'modifySslVpnServer',
    'deleteSslVpnServer',
    'describeSslVpnServers',
    'createSslVpnClientCert',
    'modifySslVpnClientCert',
    'deleteSslVpnClientCert',
    'describeSslVpnClientCert',
    'describeSslVpnClientCerts',
    'describeSslVpnClients',
    'describeVpnSslServerLogs',
    'describeVpnGatewayAvailableZones',
    'createEnhancedVpnGateway',
    'updateEnhancedVpnGateway',
    'deleteEnhancedVpnGateway',
    // Issue 12, connections slice.
    'modifyVpnConnectionAttribute',
    'modifyTunnelAttribute',
    'modifyCustomerGatewayAttribute',
    // VPN routes (issue 12, REFERENCE-2 §2).
    'createVpnRouteEntry',
    'deleteVpnRouteEntry',
    'describeVpnRouteEntries',
    'publishVpnRouteEntry',
    'modifyVpnRouteEntryWeight',
    'createVpnPbrRouteEntry',
    'deleteVpnPbrRouteEntry',
    'describeVpnPbrRouteEntries',
    'modifyVpnPbrRouteEntryAttribute',
    'modifyVpnPbrRouteEntryPriority',
    'modifyVpnPbrRouteEntryWeight',
    'downloadVpnConnectionConfig',
    'describeVpnConnectionLogs',
    'diagnoseVpnConnections',
    'diagnoseVpnGateway',
    'getVpnGatewayDiagnoseResult',
    'checkVpnBgpEnabled',
    'createIpsecServer',
    'updateIpsecServer',
    'deleteIpsecServer',
    'listIpsecServers',
    'listIpsecServerLogs',
    // NAT edits (issue 13, REFERENCE-2 §4.1, §4.2, §4.10).
    'modifySnatEntry',
    'modifyForwardEntry',
    'modifyEipAddressAttribute',
    'createNatIpCidr',
    'deleteNatIpCidr',
    'modifyNatIpCidrAttribute',
    'listNatIpCidrs',
    'createNatIp',
    'deleteNatIp',
    'modifyNatIpAttribute',
    'listNatIps',
    'createFullNatEntry',
    'modifyFullNatEntryAttribute',
    'deleteFullNatEntry',
    'listFullNatEntries',
    // NAT protection (issue 13, REFERENCE-2 §4.3, §4.4, §4.6, §4.7).
    'deletionProtection',
    'getNatGatewayAttribute',
    'listEnhanhcedNatGatewayAvailableZones',
    'describeNatGatewayAssociateNetworkInterfaces',
  ];

  it('names the endpoint option when it is not an http(s) URL', () => {
    expect(() => new VpcClient({ credentials, endpoint: 'vpc.aliyuncs.com' })).toThrow(
      'VpcClientOptions.endpoint must be an http(s) URL, got "vpc.aliyuncs.com"',
    );
  });

  it('has exactly the agreed typed methods, one per action', async () => {
    const client = new VpcClient({ credentials });
    await client.close();
    await client.close(); // idempotent
    for (const name of agreed) expect(typeof Reflect.get(client, name), name).toBe('function');
    expect((Object.keys(ACTIONS) as ActionName[]).map((a) => methodName(a)).sort()).toEqual(
      [...agreed].sort(),
    );
  });
});
