import { describe, expect, it } from 'vitest';
import { computeSignature } from './compute-signature.ts';
import { signRpcRequest } from './sign-rpc-request.ts';
import { stringToSign } from './string-to-sign.ts';

const credentials = { accessKeyId: 'LTAI5tKey', accessKeySecret: 'secret' };

describe('signRpcRequest', () => {
  it('adds every common parameter with the documented defaults', () => {
    const out = signRpcRequest({
      method: 'GET',
      action: 'DescribeRegions',
      params: {},
      credentials,
      timestamp: new Date('2026-11-22T08:01:02.345Z'),
    });
    expect(out).toMatchObject({
      Action: 'DescribeRegions',
      Version: '2016-04-28',
      Format: 'XML',
      AccessKeyId: 'LTAI5tKey',
      SignatureMethod: 'HMAC-SHA1',
      SignatureVersion: '1.0',
      Timestamp: '2026-11-22T08:01:02Z',
    });
    expect(out.SignatureNonce).toMatch(/^[0-9a-f-]{36}$/);
    expect(out).not.toHaveProperty('SecurityToken');
    expect(out.Signature).toBe(computeSignature(stringToSign('GET', out), 'secret'));
  });

  it('uses a fresh nonce each call', () => {
    const input = { method: 'GET' as const, action: 'X', params: {}, credentials };
    expect(signRpcRequest(input).SignatureNonce).not.toBe(signRpcRequest(input).SignatureNonce);
  });

  it('signs the STS token, the chosen format, version, nonce and string timestamp', () => {
    const out = signRpcRequest({
      method: 'POST',
      action: 'DescribeNatGateways',
      params: { RegionId: 'cn-hangzhou' },
      credentials: { ...credentials, securityToken: 'STS.abc' },
      format: 'JSON',
      version: '2014-05-26',
      nonce: 'n-1',
      timestamp: 'not-a-time',
    });
    expect(out).toMatchObject({
      SecurityToken: 'STS.abc',
      Format: 'JSON',
      Version: '2014-05-26',
      SignatureNonce: 'n-1',
      Timestamp: 'not-a-time',
      RegionId: 'cn-hangzhou',
    });
    expect(out.Signature).toBe(computeSignature(stringToSign('POST', out), 'secret'));
  });

  it('lets action params override common ones, like pop-core, but never a passed Signature', () => {
    const out = signRpcRequest({
      method: 'GET',
      action: 'X',
      params: { SignatureMethod: 'HMAC-SHA256', Signature: 'forged' },
      credentials,
    });
    expect(out.SignatureMethod).toBe('HMAC-SHA256');
    expect(out.Signature).not.toBe('forged');
    expect(out.Signature).toBe(computeSignature(stringToSign('GET', out), 'secret'));
  });

  it('refuses a lone surrogate, naming the parameter', () => {
    expect(() =>
      signRpcRequest({ method: 'GET', action: 'X', params: { Name: 'a\uDFFF' }, credentials }),
    ).toThrow(/parameter "Name": lone surrogate U\+DFFF/);
  });
});
