import { describe, expect, it } from 'vitest';
import { VpcNetworkError, VpcTimeoutError } from './errors.ts';
import { useTestClient } from './test-server.fixture.ts';
import type { Reply } from './test-server.fixture.ts';

const credentials = {
  accessKeyId: 'LTAI5tFailureTestKey9',
  accessKeySecret: 'FailureTestSecretValue',
  securityToken: 'STS.SecurityTokenValue42',
};

const setup = useTestClient({ credentials, retry: { maxAttempts: 1 } });

describe('VpcClient timeouts and network errors', () => {
  it('throws VpcTimeoutError(headers) when the answer does not start in time', async () => {
    const { client } = await setup([{ stallMs: 2_000 }], { timeouts: { headersMs: 100 } });
    const error = await client.describeRegions().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VpcTimeoutError);
    expect(error).toMatchObject({ action: 'DescribeRegions', phase: 'headers' });
    expect((error as Error).message).toBe('DescribeRegions: headers timeout after 100 ms');
  });

  it('throws VpcTimeoutError(body) when the body stalls', async () => {
    const { client } = await setup([{ stallBodyMs: 2_000 }], { timeouts: { bodyMs: 100 } });
    await expect(client.describeZones({ RegionId: 'r' })).rejects.toMatchObject({
      name: 'VpcTimeoutError',
      phase: 'body',
    });
  });

  it('retries a timed-out read, then succeeds', async () => {
    const { server, client } = await setup(
      [
        { stallMs: 2_000 },
        {
          status: 200,
          body: '<DescribeRegionsResponse><RequestId>R</RequestId></DescribeRegionsResponse>',
        },
      ],
      { timeouts: { headersMs: 100 }, retry: { maxAttempts: 2, baseDelayMs: 1 } },
    );
    await expect(client.describeRegions()).resolves.toEqual({
      RequestId: 'R',
      Regions: { Region: [] },
    });
    expect(server.seen).toHaveLength(2);
  });

  it('throws VpcNetworkError when the connection is refused', async () => {
    const { server, client } = await setup([]);
    await server.close();
    const error = await client.describeRegions().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VpcNetworkError);
    expect((error as Error).message).toMatch(/^DescribeRegions: network error: .*ECONNREFUSED/);
  });
});

describe('VpcClient redaction', () => {
  it('keeps the AccessKeyId, secret, token and Signature out of errors and log lines', async () => {
    const lines: unknown[] = [];
    const logger = {
      debug: (...args: unknown[]) => lines.push(args),
      warn: (...args: unknown[]) => lines.push(args),
    };
    const echo = (stringToSign: string): Reply => ({
      status: 400,
      body: JSON.stringify({
        Code: 'SignatureDoesNotMatch',
        Message: `Specified signature is not matched with our calculation. server string to sign is:${stringToSign}`,
        RequestId: 'S-1',
      }),
    });
    const leaky = echo(
      `GET&%2F&AccessKeyId%3D${credentials.accessKeyId}%26SecurityToken%3D${credentials.securityToken}%26Secret%3D${credentials.accessKeySecret}`,
    );
    const { server, client } = await setup([{ drop: true }, leaky], {
      logger,
      retry: { maxAttempts: 2, baseDelayMs: 1 },
    });
    const error = await client.describeRegions().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SignatureDoesNotMatch', requestId: 'S-1' });
    const signatures = server.seen.map((s) => s.params.Signature ?? 'missing');
    const everything = JSON.stringify([String(error), { ...(error as object) }, lines]);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const secret of [
      credentials.accessKeyId,
      credentials.accessKeySecret,
      credentials.securityToken,
      ...signatures,
    ]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('masks the request signature even when echoed without its name', async () => {
    const { server, client } = await setup([
      (req) => ({
        status: 400,
        body: JSON.stringify({
          Code: 'IncompleteSignature',
          Message: `The request signature ${req.params.Signature ?? ''} does not conform.`,
        }),
      }),
    ]);
    const error = await client.describeRegions().catch((e: unknown) => e);
    const signature = server.seen[0]?.params.Signature ?? 'missing';
    expect((error as Error).message).not.toContain(signature);
    expect((error as Error).message).toBe('The request signature [REDACTED] does not conform.');
  });
});
