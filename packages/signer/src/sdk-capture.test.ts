// Real requests of the official @alicloud/vpc20160428 SDK, captured on a 127.0.0.1 server and
// verified: V3 by default (REFERENCE §1.3b), signature 1.0 with signatureAlgorithm 'v2'.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerifyResult } from './types.ts';
import { verifyRpcRequest } from './verify-rpc-request.ts';
import { verifyV3Request } from './verify-v3-request.ts';

const require = createRequire(import.meta.url);
type Model = new (fields: Record<string, unknown>) => object;
interface VpcSdk {
  default: new (config: object) => Record<string, (req: object) => Promise<unknown>>;
  DescribeNatGatewaysRequest: Model;
  DescribeRegionsRequest: Model;
  CreateVpnConnectionRequest: Model;
}
const sdk = require('@alicloud/vpc20160428') as VpcSdk;
const { $OpenApiUtil } = require('@alicloud/openapi-core') as { $OpenApiUtil: { Config: Model } };

interface Captured {
  method: string;
  url: URL;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const ID = 'LTAI5tCaptureKey';
const SECRET = 'CaptureSecret2026';
const lookupSecret = (id: string) => (id === ID ? SECRET : undefined);
let server: Server;
let port = 0;
const captured: Captured[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      captured.push({ method: req.method ?? '', url, headers: req.headers, body });
      res.setHeader('content-type', 'application/json');
      res.end('{"RequestId":"capture"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function capture(
  algorithm: 'v3' | 'v2',
  call: (client: Record<string, (req: object) => Promise<unknown>>) => Promise<unknown>,
  securityToken?: string,
): Promise<Captured> {
  const config = new $OpenApiUtil.Config({
    accessKeyId: ID,
    accessKeySecret: SECRET,
    ...(securityToken ? { securityToken } : {}),
    endpoint: `127.0.0.1:${port}`,
    protocol: 'http',
    ...(algorithm === 'v2' ? { signatureAlgorithm: 'v2' } : {}),
  });
  const client = new sdk.default(config);
  captured.length = 0;
  await call(client);
  expect(captured).toHaveLength(1);
  return captured[0] as Captured;
}

const tricky = {
  regionId: 'cn-hangzhou',
  name: "网关 *!'()~+/=&%😀",
  pageSize: 10,
  tag: [{ key: 'env', value: 'a b+c' }],
};
const calls = {
  describeNatGateways: (c: Record<string, (req: object) => Promise<unknown>>) =>
    c.describeNatGateways!(new sdk.DescribeNatGatewaysRequest(tricky)),
  describeRegions: (c: Record<string, (req: object) => Promise<unknown>>) =>
    c.describeRegions!(new sdk.DescribeRegionsRequest({})),
  createVpnConnection: (c: Record<string, (req: object) => Promise<unknown>>) =>
    c.createVpnConnection!(
      new sdk.CreateVpnConnectionRequest({
        regionId: 'cn-hangzhou',
        vpnGatewayId: 'vpn-1',
        name: 'conn 1',
        tunnelOptionsSpecification: [{ tunnelIkeConfig: { psk: 'p&s k*!' } }],
      }),
    ),
};

function verifyV3(c: Captured, overrides: Partial<Captured> = {}): VerifyResult {
  const req = { ...c, ...overrides };
  return verifyV3Request({
    method: req.method,
    path: req.url.pathname,
    query: Object.fromEntries(req.url.searchParams),
    headers: req.headers,
    body: req.body,
    lookupSecret,
  });
}

function verifyV2(c: Captured): VerifyResult {
  const params = {
    ...Object.fromEntries(c.url.searchParams),
    ...Object.fromEntries(new URLSearchParams(c.body)),
  };
  return verifyRpcRequest({ method: c.method as 'GET' | 'POST', params, lookupSecret });
}

describe('@alicloud/vpc20160428 requests verify', () => {
  it.each(Object.entries(calls))('V3 (default): %s', async (_name, call) => {
    const c = await capture('v3', call);
    expect(String(c.headers.authorization)).toMatch(/^ACS3-HMAC-SHA256 Credential=/);
    expect(verifyV3(c)).toMatchObject({ ok: true, accessKeyId: ID });
  });

  it('V3 with an STS token', async () => {
    const c = await capture('v3', calls.describeNatGateways, 'STS.token+/=');
    expect(c.headers['x-acs-security-token']).toBe('STS.token+/=');
    expect(verifyV3(c)).toMatchObject({ ok: true });
  });

  it('V3: a changed query value or body is refused', async () => {
    const c = await capture('v3', calls.createVpnConnection);
    const url = new URL(c.url);
    url.searchParams.set('Name', 'conn 2');
    expect(verifyV3(c, { url })).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    expect(verifyV3(c, { body: c.body + 'x' })).toMatchObject({
      ok: false,
      message: 'x-acs-content-sha256 does not match the body.',
    });
  });

  it.each(Object.entries(calls))('signature 1.0 (v2): %s', async (_name, call) => {
    const c = await capture('v2', call);
    expect(c.url.searchParams.get('SignatureMethod')).toBe('HMAC-SHA1');
    expect(verifyV2(c)).toMatchObject({ ok: true, accessKeyId: ID });
  });

  it('signature 1.0 (v2) with an STS token', async () => {
    const c = await capture('v2', calls.describeNatGateways, 'STS.token+/=');
    expect(verifyV2(c)).toMatchObject({ ok: true });
  });
});
