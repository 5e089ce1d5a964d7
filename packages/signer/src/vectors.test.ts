// Vectors whose expected values come from the official SDKs (scripts/generate-vectors.ts):
// signature 1.0 from @alicloud/pop-core, ACS3-HMAC-SHA256 from @alicloud/openapi-core.
import { describe, expect, it } from 'vitest';
import { computeSignature } from './compute-signature.ts';
import { signRpcRequest } from './sign-rpc-request.ts';
import { signV3Request } from './sign-v3-request.ts';
import { stringToSign } from './string-to-sign.ts';
import { parseTimestamp } from './timestamp.ts';
import { canonicalRequestV3, computeSignatureV3, stringToSignV3 } from './v3-canonical-request.ts';
import { verifyRpcRequest } from './verify-rpc-request.ts';
import { parseV3Authorization, verifyV3Request } from './verify-v3-request.ts';
import { RPC_VECTORS, V3_VECTORS } from './vectors.fixture.ts';

const COMMON = new Set(['Action', 'Version', 'AccessKeyId', 'SecurityToken']);

describe('signature 1.0 vectors from @alicloud/pop-core', () => {
  it('has at least 200 vectors, GET and POST', () => {
    expect(RPC_VECTORS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(RPC_VECTORS.map((v) => v.method))).toEqual(new Set(['GET', 'POST']));
  });

  it.each(RPC_VECTORS.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const sts = stringToSign(v.method, v.params);
    expect(sts).toBe(v.stringToSign);
    expect(computeSignature(sts, v.accessKeySecret)).toBe(v.signature);

    const { params } = v;
    const rest = Object.fromEntries(Object.entries(params).filter(([k]) => !COMMON.has(k)));
    const signed = signRpcRequest({
      method: v.method,
      action: params.Action as string,
      version: params.Version as string,
      params: rest,
      credentials: {
        accessKeyId: params.AccessKeyId as string,
        accessKeySecret: v.accessKeySecret,
        ...(params.SecurityToken === undefined ? {} : { securityToken: params.SecurityToken }),
      },
    });
    expect(signed.Signature).toBe(v.signature);

    const now = new Date(parseTimestamp(params.Timestamp as string) as number);
    const verdict = verifyRpcRequest({
      method: v.method,
      params: { ...params, Signature: v.signature },
      lookupSecret: () => v.accessKeySecret,
      now,
    });
    expect(verdict.ok).toBe(true);
  });
});

describe('ACS3-HMAC-SHA256 vectors from @alicloud/openapi-core', () => {
  it('has at least 50 vectors', () => {
    expect(V3_VECTORS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(V3_VECTORS.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    const signedHeaders = Object.keys(v.headers).sort();
    const canonical = canonicalRequestV3({
      method: v.method,
      path: v.path,
      query: v.query,
      headers: v.headers,
      signedHeaders,
      payloadHash: v.headers['x-acs-content-sha256'] as string,
    });
    expect(canonical).toBe(v.canonicalRequest);
    const expected = parseV3Authorization(v.authorization).fields.Signature;
    expect(computeSignatureV3(stringToSignV3(canonical), v.accessKeySecret)).toBe(expected);

    const { host, 'content-type': contentType, ...acs } = v.headers;
    const extra: Record<string, string> = {};
    if (contentType !== undefined) extra['content-type'] = contentType;
    if (acs['x-acs-credentials-provider'] !== undefined) {
      extra['x-acs-credentials-provider'] = acs['x-acs-credentials-provider'];
    }
    const date = new Date(parseTimestamp(acs['x-acs-date'] as string) as number);
    const token = acs['x-acs-security-token'];
    const ours = signV3Request({
      method: v.method,
      host: host as string,
      path: v.path,
      query: v.query,
      body: v.body,
      action: acs['x-acs-action'] as string,
      version: acs['x-acs-version'] as string,
      credentials: {
        accessKeyId: v.accessKeyId,
        accessKeySecret: v.accessKeySecret,
        ...(token === undefined ? {} : { securityToken: token }),
      },
      nonce: acs['x-acs-signature-nonce'] as string,
      date,
      headers: extra,
    });
    expect(ours.headers.authorization).toBe(v.authorization);

    const verdict = verifyV3Request({
      method: v.method,
      path: v.path,
      query: v.query,
      headers: { ...v.headers, authorization: v.authorization },
      body: v.body,
      lookupSecret: (id) => (id === v.accessKeyId ? v.accessKeySecret : undefined),
      now: date,
    });
    expect(verdict).toEqual({
      ok: true,
      accessKeyId: v.accessKeyId,
      nonce: acs['x-acs-signature-nonce'],
    });
  });
});
