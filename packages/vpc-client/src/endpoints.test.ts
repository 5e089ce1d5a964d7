import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sdkEndpointHost } from './endpoints.ts';
import { VpcClient, type VpcClientOptions } from './vpc-client.ts';

const credentials = { accessKeyId: 'testid', accessKeySecret: 'testsecret' };
const EMPTY_LIST = {
  RequestId: 'r-1',
  TotalCount: 0,
  PageNumber: 1,
  PageSize: 10,
  NatGateways: { NatGateway: [] },
};

// Every outgoing request is answered by the MockAgent: nothing leaves the process, and each
// request's origin (scheme, host, port: where undici connects) is recorded as sent.
let agent: MockAgent;
let sent: { origin: string; action: string }[];

function answer(origin: string, body: (action: string) => object = () => EMPTY_LIST) {
  agent
    .get(origin)
    .intercept({ path: () => true, method: () => true })
    .reply(200, (opts) => {
      const action = new URL(`http://x${opts.path}`).searchParams.get('Action') ?? '';
      sent.push({ origin, action });
      return body(action);
    })
    .persist();
}

const client = (opts: Partial<VpcClientOptions> = {}) =>
  new VpcClient({ credentials, format: 'JSON', dispatcher: agent, ...opts });

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  sent = [];
});
afterEach(() => agent.close());

describe('regional endpoints (the official SDK rule)', () => {
  it('maps regions as @alicloud/vpc20160428 does', () => {
    expect(sdkEndpointHost('cn-hangzhou')).toBe('vpc.aliyuncs.com');
    expect(sdkEndpointHost('eu-central-1')).toBe('vpc.eu-central-1.aliyuncs.com');
    expect(sdkEndpointHost('cn-qingdao-nebula')).toBe('vpc-nebula.cn-qingdao-nebula.aliyuncs.com');
  });

  it('sends a real-mode client’s calls to each region’s own host', async () => {
    answer('https://vpc.aliyuncs.com');
    answer('https://vpc.eu-central-1.aliyuncs.com');
    const c = client();
    await c.describeNatGateways({ RegionId: 'cn-hangzhou' });
    await c.describeNatGateways({ RegionId: 'eu-central-1' });
    expect(sent).toEqual([
      {
        origin: 'https://vpc.aliyuncs.com',
        action: 'DescribeNatGateways',
      },
      {
        origin: 'https://vpc.eu-central-1.aliyuncs.com',
        action: 'DescribeNatGateways',
      },
    ]);
    expect(c.endpointFor('ap-southeast-1')).toBe('https://vpc.ap-southeast-1.aliyuncs.com');
  });

  it('keeps a fixed endpoint for every region, except a region given its own', async () => {
    answer('http://127.0.0.1:8081');
    answer('http://127.0.0.1:8082');
    const c = client({
      endpoint: 'http://127.0.0.1:8081',
      regionEndpoints: { 'eu-central-1': 'http://127.0.0.1:8082' },
    });
    await c.describeNatGateways({ RegionId: 'cn-hangzhou' });
    await c.describeNatGateways({ RegionId: 'eu-central-1' });
    await c.describeNatGateways({ RegionId: 'ap-southeast-1' });
    expect(sent.map((s) => s.origin)).toEqual([
      'http://127.0.0.1:8081',
      'http://127.0.0.1:8082',
      'http://127.0.0.1:8081',
    ]);
  });

  it('refuses a per-region endpoint that is not an http(s) URL, naming it', () => {
    expect(() => client({ regionEndpoints: { 'eu-central-1': 'vpc.example' } })).toThrow(
      'VpcClientOptions.endpoint must be an http(s) URL, got "vpc.example"',
    );
  });

  it('learns RegionEndpoint from DescribeRegions, only for Alibaba Cloud hosts, across derived clients', async () => {
    answer('https://vpc.aliyuncs.com', (action) =>
      action === 'DescribeRegions'
        ? {
            RequestId: 'r-2',
            Regions: {
              Region: [
                {
                  RegionId: 'ap-southeast-1',
                  RegionEndpoint: 'vpc-sg.ap-southeast-1.aliyuncs.com',
                },
                { RegionId: 'eu-central-1', RegionEndpoint: 'vpc.attacker.example' },
              ],
            },
          }
        : EMPTY_LIST,
    );
    answer('https://vpc-sg.ap-southeast-1.aliyuncs.com');
    answer('https://vpc.eu-central-1.aliyuncs.com');
    const base = client();
    await base.describeRegions();
    const derived = base.withInterceptors([]);
    await derived.describeNatGateways({ RegionId: 'ap-southeast-1' });
    await base.describeNatGateways({ RegionId: 'eu-central-1' });
    expect(sent.map((s) => s.origin)).toEqual([
      'https://vpc.aliyuncs.com',
      'https://vpc-sg.ap-southeast-1.aliyuncs.com',
      'https://vpc.eu-central-1.aliyuncs.com',
    ]);
  });
});
