import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signRpcRequest } from './sign-rpc-request.ts';
import { stringToSign } from './string-to-sign.ts';
import { verifyRpcRequest } from './verify-rpc-request.ts';

const ID = 'LTAI5tVerifyKey';
const SECRET = 'VerifySecret';
const NOW = new Date('2026-11-22T08:00:00Z');
const lookupSecret = (id: string) => (id === ID ? SECRET : undefined);

function signed(overrides: Record<string, string> = {}, token?: string): Record<string, string> {
  return signRpcRequest({
    method: 'GET',
    action: 'DescribeNatGateways',
    params: { RegionId: 'cn-hangzhou', Name: '网关 *', ...overrides },
    credentials: {
      accessKeyId: ID,
      accessKeySecret: SECRET,
      ...(token ? { securityToken: token } : {}),
    },
    timestamp: NOW,
  });
}

function verify(params: Record<string, string>, method: 'GET' | 'POST' = 'GET', now = NOW) {
  return verifyRpcRequest({ method, params, lookupSecret, now });
}

function without(params: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(params).filter(([k]) => k !== name));
}

describe('verifyRpcRequest', () => {
  it('accepts a good request and returns the key id and nonce', () => {
    const p = signed();
    expect(verify(p)).toEqual({ ok: true, accessKeyId: ID, nonce: p.SignatureNonce });
  });

  it.each(['Signature', 'AccessKeyId', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce'])(
    'missing %s → IncompleteSignature naming it',
    (name) => {
      const result = verify(without(signed(), name));
      expect(result).toMatchObject({ ok: false, code: 'IncompleteSignature' });
      expect(!result.ok && result.message).toContain(name);
    },
  );

  it('wrong SignatureMethod or SignatureVersion → InvalidSignatureMethod', () => {
    expect(verify(signed({ SignatureMethod: 'HMAC-SHA256' }))).toMatchObject({
      code: 'InvalidSignatureMethod',
      message: 'SignatureMethod must be HMAC-SHA1.',
    });
    expect(verify(signed({ SignatureVersion: '2.0' }))).toMatchObject({
      code: 'InvalidSignatureMethod',
      message: 'SignatureVersion must be 1.0.',
    });
  });

  it('missing Timestamp → MissingTimestamp; malformed → InvalidTimeStamp.Format', () => {
    expect(verify(without(signed(), 'Timestamp'))).toMatchObject({ code: 'MissingTimestamp' });
    expect(verify(signed({ Timestamp: '2026-11-22 08:00:00' }))).toMatchObject({
      code: 'InvalidTimeStamp.Format',
    });
  });

  it('accepts exactly 15 minutes of skew either way, refuses one second more', () => {
    const p = signed();
    const at = (ms: number) => new Date(NOW.getTime() + ms);
    expect(verify(p, 'GET', at(15 * 60_000)).ok).toBe(true);
    expect(verify(p, 'GET', at(-15 * 60_000)).ok).toBe(true);
    expect(verify(p, 'GET', at(15 * 60_000 + 1000))).toMatchObject({
      code: 'InvalidTimeStamp.Expired',
    });
    expect(verify(p, 'GET', at(-15 * 60_000 - 1000))).toMatchObject({
      code: 'InvalidTimeStamp.Expired',
    });
    const custom = verifyRpcRequest({
      method: 'GET',
      params: p,
      lookupSecret,
      now: at(2000),
      maxSkewMs: 1000,
    });
    expect(custom).toMatchObject({ code: 'InvalidTimeStamp.Expired' });
  });

  it('unknown key → InvalidAccessKeyId.NotFound', () => {
    expect(
      verifyRpcRequest({
        method: 'GET',
        params: signed(),
        lookupSecret: () => undefined,
        now: NOW,
      }),
    ).toMatchObject({ ok: false, code: 'InvalidAccessKeyId.NotFound' });
  });

  it('wrong verb → SignatureDoesNotMatch echoing the server string-to-sign, credentials redacted', () => {
    const p = signed({}, 'STS.secret-token');
    const result = verify(p, 'POST');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('SignatureDoesNotMatch');
    const expected = stringToSign('POST', {
      ...p,
      AccessKeyId: 'REDACTED',
      SecurityToken: 'REDACTED',
    });
    expect(result.stringToSign).toBe(expected);
    expect(result.message).toBe(
      `Specified signature is not matched with our calculation. server string to sign is:${expected}`,
    );
    for (const secret of [ID, SECRET, 'STS.secret-token', p.Signature as string]) {
      expect(result.message).not.toContain(secret);
      expect(result.message).not.toContain(encodeURIComponent(secret));
    }
  });

  it('a lone surrogate in a param cannot match and does not throw', () => {
    expect(verify({ ...signed(), Name: '\uD800' })).toMatchObject({
      code: 'SignatureDoesNotMatch',
    });
  });
});

describe('verifyRpcRequest properties', () => {
  const text = fc.string({ unit: 'binary', maxLength: 16 });
  const params = fc.dictionary(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), text, {
    maxKeys: 6,
  });
  const method = fc.constantFrom('GET' as const, 'POST' as const);
  const COMMON = [
    'Signature',
    'Action',
    'Version',
    'Format',
    'AccessKeyId',
    'SignatureMethod',
    'SignatureVersion',
    'SignatureNonce',
    'Timestamp',
    'SecurityToken',
  ];
  const sign = (p: Record<string, string>, m: 'GET' | 'POST', secret: string, token: string) =>
    signRpcRequest({
      method: m,
      action: 'Act',
      // Keep only action params: overriding a common one is tested in sign-rpc-request.test.ts.
      params: Object.fromEntries(Object.entries(p).filter(([k]) => !COMMON.includes(k))),
      credentials: {
        accessKeyId: ID,
        accessKeySecret: secret,
        ...(token ? { securityToken: token } : {}),
      },
      timestamp: NOW,
    });

  it('sign → verify round trip', () => {
    fc.assert(
      fc.property(params, method, text, text, (p, m, secret, token) => {
        const out = sign(p, m, secret, token);
        const result = verifyRpcRequest({
          method: m,
          params: out,
          lookupSecret: () => secret,
          now: NOW,
        });
        expect(result).toEqual({ ok: true, accessKeyId: ID, nonce: out.SignatureNonce });
      }),
      { numRuns: 300 },
    );
  });

  it('any single-character change of a parameter name or value breaks verification', () => {
    fc.assert(
      fc.property(
        params,
        method,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 0xffff }),
        fc.boolean(),
        (p, m, which, pos, unit, inName) => {
          const out = sign({ RegionId: 'cn-hangzhou', ...p }, m, SECRET, '');
          const names = Object.keys(out).filter((k) => k !== 'Signature');
          const name = names[which % names.length] as string;
          const target = inName ? name : (out[name] as string);
          fc.pre(target.length > 0);
          const i = pos % target.length;
          fc.pre(target.charCodeAt(i) !== unit);
          const changed = target.slice(0, i) + String.fromCharCode(unit) + target.slice(i + 1);
          const tampered = { ...out };
          if (inName) {
            fc.pre(!(changed in out));
            delete tampered[name];
            tampered[changed] = out[name] as string;
          } else {
            tampered[name] = changed;
          }
          const result = verifyRpcRequest({ method: m, params: tampered, lookupSecret, now: NOW });
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
