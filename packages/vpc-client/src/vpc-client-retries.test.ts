import { verifyRpcRequest } from '@gc/signer';
import { describe, expect, it } from 'vitest';
import { VpcApiError, VpcNetworkError } from './errors.ts';
import { useTestClient } from './test-server.fixture.ts';
import type { Reply } from './test-server.fixture.ts';

const credentials = { accessKeyId: 'LTAI5tRetryTestKey01', accessKeySecret: 'RetryTestSecret2026' };
const lookupSecret = (id: string): string | undefined =>
  id === credentials.accessKeyId ? credentials.accessKeySecret : undefined;

const ok = (action: string, inner = ''): Reply => ({
  status: 200,
  body: `<${action}Response><RequestId>OK-1</RequestId>${inner}</${action}Response>`,
});
const apiError = (status: number, code: string, headers?: Record<string, string>): Reply => ({
  status,
  headers,
  body: `<Error><RequestId>E-${code}</RequestId><HostId>vpc.aliyuncs.com</HostId><Code>${code}</Code><Message>${code} happened</Message></Error>`,
});
const natCreated = ok(
  'CreateNatGateway',
  '<NatGatewayId>ngw-1</NatGatewayId><SnatTableIds><SnatTableId>stb-1</SnatTableId></SnatTableIds>',
);
const natRequest = { RegionId: 'cn-hangzhou', VpcId: 'vpc-1', VSwitchId: 'vsw-1' };

const setup = useTestClient({
  credentials,
  retry: { baseDelayMs: 5, stateBaseDelayMs: 5, maxDelayMs: 2_000 },
});

describe('VpcClient retries', () => {
  it('retries throttling and waits at least x-acs-retry-after', async () => {
    const { server, client } = await setup([
      apiError(400, 'Throttling.User', { 'x-acs-retry-after': '0.3' }),
      ok('DescribeZones', '<Zones/>'),
    ]);
    const started = Date.now();
    const res = await client.describeZones({ RegionId: 'cn-hangzhou' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(res).toEqual({ RequestId: 'OK-1', Zones: { Zone: [] } });
    expect(server.seen).toHaveLength(2);
  });

  it('retries a 503 ServiceUnavailable and an HTML 502 page', async () => {
    const { server, client } = await setup([
      apiError(503, 'ServiceUnavailable'),
      {
        status: 502,
        body: '<html><body>Bad Gateway</body></html>',
        headers: { 'content-type': 'text/html' },
      },
      ok('DescribeZones', '<Zones/>'),
    ]);
    await client.describeZones({ RegionId: 'cn-hangzhou' });
    expect(server.seen).toHaveLength(3);
  });

  it('retries a dropped response with the SAME ClientToken, a new nonce and a valid signature', async () => {
    const { server, client } = await setup([{ drop: true }, natCreated]);
    const res = await client.createNatGateway({ ...natRequest, ClientToken: 'token-123' });
    expect(res.NatGatewayId).toBe('ngw-1');
    const [first, second] = server.seen.map((s) => s.params);
    expect(first?.ClientToken).toBe('token-123');
    expect(second?.ClientToken).toBe('token-123');
    expect(first?.SignatureNonce).not.toBe(second?.SignatureNonce);
    expect(first?.Signature).not.toBe(second?.Signature);
    for (const params of [first, second]) {
      expect(verifyRpcRequest({ method: 'GET', params: params ?? {}, lookupSecret }).ok).toBe(true);
    }
  });

  it('takes the ClientToken from the call options too', async () => {
    const { server, client } = await setup([apiError(500, 'InternalError'), natCreated]);
    await client.createNatGateway(natRequest, { clientToken: 'opt-token' });
    expect(server.seen.map((s) => s.params.ClientToken)).toEqual(['opt-token', 'opt-token']);
  });

  it('does NOT retry a mutation without a ClientToken (dropped response)', async () => {
    const { server, client } = await setup([{ drop: true }, natCreated]);
    await expect(client.createNatGateway(natRequest)).rejects.toBeInstanceOf(VpcNetworkError);
    expect(server.seen).toHaveLength(1);
  });

  it('does NOT retry a mutation without a ClientToken (503)', async () => {
    const { server, client } = await setup([
      apiError(503, 'ServiceUnavailable'),
      ok('TagResources'),
    ]);
    const error = await client
      .tagResources({
        RegionId: 'r',
        ResourceType: 'NATGATEWAY',
        ResourceId: ['ngw-1'],
        Tag: [{ Key: 'k' }],
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ServiceUnavailable', retryable: true, httpStatus: 503 });
    expect(server.seen).toHaveLength(1);
  });

  it('retries a read after a dropped response', async () => {
    const { server, client } = await setup([{ drop: true }, ok('DescribeRegions', '<Regions/>')]);
    await client.describeRegions();
    expect(server.seen).toHaveLength(2);
  });

  it('retries busy state codes a bounded number of times, then throws the last error', async () => {
    const { server, client } = await setup([apiError(400, 'OperationConflict')], {
      retry: { maxAttempts: 3, baseDelayMs: 1, stateBaseDelayMs: 1 },
    });
    const error = await client
      .deleteSnatEntry({
        RegionId: 'r',
        SnatTableId: 'stb-1',
        SnatEntryId: 'snat-1',
        ClientToken: 't',
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VpcApiError);
    expect(error).toMatchObject({ code: 'OperationConflict', retryable: true });
    expect(server.seen).toHaveLength(3);
  });

  it('does not retry a permanent error', async () => {
    const { server, client } = await setup([apiError(404, 'InvalidRegionId.NotFound')]);
    await expect(client.describeZones({ RegionId: 'nowhere' })).rejects.toMatchObject({
      code: 'InvalidRegionId.NotFound',
      retryable: false,
    });
    expect(server.seen).toHaveLength(1);
  });

  it('asks the credentials function before every attempt', async () => {
    let calls = 0;
    const { server, client } = await setup(
      [apiError(503, 'ServiceUnavailable'), ok('DescribeRegions')],
      {
        credentials: async () => {
          calls++;
          return { ...credentials, securityToken: `sts-${calls}` };
        },
      },
    );
    await client.describeRegions();
    expect(calls).toBe(2);
    expect(server.seen.map((s) => s.params.SecurityToken)).toEqual(['sts-1', 'sts-2']);
  });

  it('stops retrying when the signal aborts during the backoff', async () => {
    // Retry-after 1.5 s makes the backoff certainly longer than the 50 ms before the abort.
    const { server, client } = await setup([
      apiError(400, 'Throttling', { 'x-acs-retry-after': '1.5' }),
    ]);
    const controller = new AbortController();
    const pending = client.describeRegions({}, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('cancelled')), 50);
    await expect(pending).rejects.toThrow('cancelled');
    expect(server.seen).toHaveLength(1);
  });
});
