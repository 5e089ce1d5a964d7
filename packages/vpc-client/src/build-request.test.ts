import { verifyRpcRequest } from '@gc/signer';
import { describe, expect, it } from 'vitest';
import { buildRequest, encodeForm } from './build-request.ts';
import type { BuildRequestInput } from './build-request.ts';

const credentials = { accessKeyId: 'testid', accessKeySecret: 'testsecret' };
const base: BuildRequestInput = {
  endpoint: new URL('http://127.0.0.1:8081'),
  method: 'GET',
  format: 'XML',
  signatureVersion: '1.0',
  action: 'DescribeZones',
  params: { RegionId: 'cn-hangzhou', Name: 'a b*~' },
  credentials,
  nonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
  now: new Date('2026-02-23T12:46:24.789Z'),
};

const paramsOf = (query: string): Record<string, string> =>
  Object.fromEntries(new URLSearchParams(query));

describe('encodeForm', () => {
  it("uses Alibaba's percent-encoding (%20, %2A, literal ~)", () => {
    expect(encodeForm({ 'Tag.1.Key': 'a b*~/' })).toBe('Tag.1.Key=a%20b%2A~%2F');
  });
});

describe('buildRequest', () => {
  it('GET: every parameter and the signature in the query of /', () => {
    const req = buildRequest(base);
    expect(req.method).toBe('GET');
    expect(req.body).toBeUndefined();
    const url = new URL(req.url);
    expect(url.pathname).toBe('/');
    const params = paramsOf(url.search);
    expect(params).toMatchObject({
      Action: 'DescribeZones',
      Format: 'XML',
      Version: '2016-04-28',
      SignatureNonce: base.nonce,
      Timestamp: '2026-02-23T12:46:24Z',
      Name: 'a b*~',
    });
    expect(params.Signature).toBe(req.signature);
    expect(
      verifyRpcRequest({ method: 'GET', params, lookupSecret: () => 'testsecret', now: base.now })
        .ok,
    ).toBe(true);
  });

  it('POST: a form body with the signature, nothing in the query', () => {
    const req = buildRequest({ ...base, method: 'POST', format: 'JSON' });
    expect(req.url).toBe('http://127.0.0.1:8081/');
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const params = paramsOf(req.body ?? '');
    expect(params.Format).toBe('JSON');
    expect(
      verifyRpcRequest({ method: 'POST', params, lookupSecret: () => 'testsecret', now: base.now })
        .ok,
    ).toBe(true);
  });

  it('signs afresh: another nonce gives another signature', () => {
    const first = buildRequest({ ...base, nonce: undefined, now: undefined });
    const second = buildRequest({ ...base, nonce: undefined, now: undefined });
    expect(first.nonce).not.toBe(second.nonce);
    expect(first.nonce).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.signature).not.toBe(second.signature);
  });

  it('v3: POST, action parameters and Format in the query, signature in headers', () => {
    const req = buildRequest({ ...base, signatureVersion: 'v3' });
    expect(req.method).toBe('POST');
    expect(req.body).toBeUndefined();
    expect(paramsOf(new URL(req.url).search)).toEqual({
      RegionId: 'cn-hangzhou',
      Name: 'a b*~',
      Format: 'XML',
    });
    expect(req.headers).toMatchObject({
      host: '127.0.0.1:8081',
      'x-acs-action': 'DescribeZones',
      'x-acs-version': '2016-04-28',
      'x-acs-date': '2026-02-23T12:46:24Z',
      'x-acs-signature-nonce': '3ee8c1b883d344afa94f4e0ad82fd6cf',
    });
    expect(req.headers.authorization).toContain(`Credential=testid,`);
    expect(req.headers.authorization).toContain(`Signature=${req.signature}`);
    expect(req.signature).toMatch(/^[0-9a-f]{64}$/);
  });

  it('v3: an action pinned to GET (DescribeVpnGatewayAvailableZones) is signed and sent as GET', () => {
    const post = buildRequest({ ...base, signatureVersion: 'v3' });
    const get = buildRequest({ ...base, signatureVersion: 'v3', pinnedMethod: 'GET' });
    expect(get.method).toBe('GET');
    expect(get.url).toBe(post.url);
    expect(get.signature).not.toBe(post.signature);
  });

  it('v3 with body parameters: those (and their children) go in a signed form body', () => {
    const req = buildRequest({
      ...base,
      signatureVersion: 'v3',
      action: 'CreateVpnConnection',
      params: {
        RegionId: 'cn-hangzhou',
        'TunnelOptionsSpecification.1.Role': 'master',
        'TunnelOptionsSpecification.2.TunnelIkeConfig.Psk': 'a b',
      },
      bodyParams: ['TunnelOptionsSpecification'],
    });
    expect(paramsOf(new URL(req.url).search)).toEqual({ RegionId: 'cn-hangzhou', Format: 'XML' });
    expect(req.body).toBe(
      'TunnelOptionsSpecification.1.Role=master&TunnelOptionsSpecification.2.TunnelIkeConfig.Psk=a%20b',
    );
    expect(req.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req.headers['x-acs-content-sha256']).not.toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});
