import { verifyRpcRequest, verifyV3Request } from '@gc/signer';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer } from './test-server.fixture.ts';
import type { Reply, TestServer } from './test-server.fixture.ts';
import { VpcClient } from './vpc-client.ts';
import type { VpcClientOptions } from './vpc-client.ts';

const credentials = { accessKeyId: 'LTAI5tTestKeyId0001', accessKeySecret: 'TestSecretValue2026' };
const lookupSecret = (id: string): string | undefined =>
  id === credentials.accessKeyId ? credentials.accessKeySecret : undefined;

const regionsXml = `<?xml version="1.0" encoding="UTF-8"?>
<DescribeRegionsResponse><RequestId>R-1</RequestId><Regions><Region><RegionId>cn-hangzhou</RegionId><LocalName>华东 1（杭州）</LocalName><RegionEndpoint>vpc.aliyuncs.com</RegionEndpoint></Region></Regions></DescribeRegionsResponse>`;

let server: TestServer | undefined;
let client: VpcClient | undefined;

async function setup(replies: Reply[], options: Partial<VpcClientOptions> = {}) {
  server = await startTestServer(replies);
  client = new VpcClient({ endpoint: server.url, credentials, ...options });
  return { server, client };
}

afterEach(async () => {
  await client?.close();
  await server?.close();
  client = undefined;
  server = undefined;
});

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
});
