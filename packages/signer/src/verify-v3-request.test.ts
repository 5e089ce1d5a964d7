import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signV3Request } from './sign-v3-request.ts';
import { canonicalRequestV3, sha256Hex, stringToSignV3 } from './v3-canonical-request.ts';
import { parseV3Authorization, verifyV3Request } from './verify-v3-request.ts';

// REFERENCE §1.3b: Alibaba's V3 documentation example.
const KAT = {
  query: {
    RegionId: 'cn-shanghai',
    ImageId: 'win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd',
  },
  host: 'ecs.cn-shanghai.aliyuncs.com',
  action: 'RunInstances',
  version: '2014-05-26',
  date: new Date('2023-10-26T10:22:32Z'),
  nonce: '3156853299f313e23d1673dc12e1703d',
  secret: 'YourAccessKeySecret',
};
const KAT_CANONICAL_HASH = '7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259';
const KAT_SIGNATURE = '06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0';
const ID = 'YourAccessKeyId';

function signKat(token?: string) {
  return signV3Request({
    method: 'POST',
    host: KAT.host,
    query: KAT.query,
    action: KAT.action,
    version: KAT.version,
    date: KAT.date,
    nonce: KAT.nonce,
    credentials: {
      accessKeyId: ID,
      accessKeySecret: KAT.secret,
      ...(token ? { securityToken: token } : {}),
    },
  }).headers;
}

function verify(
  headers: Record<string, string | string[] | undefined>,
  extra: { query?: Record<string, string>; body?: string; now?: Date } = {},
) {
  return verifyV3Request({
    method: 'POST',
    path: '/',
    query: extra.query ?? KAT.query,
    headers,
    body: extra.body ?? '',
    lookupSecret: (id) => (id === ID ? KAT.secret : undefined),
    now: extra.now ?? KAT.date,
  });
}

describe('ACS3-HMAC-SHA256 known answer (REFERENCE §1.3b)', () => {
  it('canonical request hash and signature match the documented values', () => {
    const headers = signKat();
    const signedHeaders = Object.keys(headers)
      .filter((h) => h !== 'authorization')
      .sort();
    const canonical = canonicalRequestV3({
      method: 'POST',
      path: '/',
      query: KAT.query,
      headers,
      signedHeaders,
      payloadHash: sha256Hex(''),
    });
    expect(sha256Hex(canonical)).toBe(KAT_CANONICAL_HASH);
    expect(stringToSignV3(canonical)).toBe(`ACS3-HMAC-SHA256\n${KAT_CANONICAL_HASH}`);
    expect(headers.authorization).toBe(
      `ACS3-HMAC-SHA256 Credential=${ID},SignedHeaders=host;x-acs-action;x-acs-content-sha256;` +
        `x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=${KAT_SIGNATURE}`,
    );
    expect(verify(headers)).toEqual({ ok: true, accessKeyId: ID, nonce: KAT.nonce });
  });

  it('parses the Authorization header, tolerating spaces after commas', () => {
    expect(
      parseV3Authorization('ACS3-HMAC-SHA256 Credential=a, SignedHeaders=host;x, Signature=ff'),
    ).toEqual({
      algorithm: 'ACS3-HMAC-SHA256',
      fields: { Credential: 'a', SignedHeaders: 'host;x', Signature: 'ff' },
    });
  });
});

describe('verifyV3Request failures', () => {
  const good = signKat();
  const drop = (name: string) =>
    Object.fromEntries(Object.entries(good).filter(([k]) => k !== name));

  it('accepts header names in any case and array values', () => {
    const upper = Object.fromEntries(Object.entries(good).map(([k, v]) => [k.toUpperCase(), [v]]));
    expect(verify(upper).ok).toBe(true);
  });

  it('no Authorization / missing fields → IncompleteSignature', () => {
    expect(verify(drop('authorization'))).toMatchObject({ code: 'IncompleteSignature' });
    const noSig = (good.authorization as string).replace(/,Signature=.*$/, '');
    expect(verify({ ...good, authorization: noSig })).toMatchObject({
      code: 'IncompleteSignature',
    });
  });

  it('another algorithm → InvalidSignatureMethod', () => {
    const sm3 = (good.authorization as string).replace('ACS3-HMAC-SHA256', 'ACS3-HMAC-SM3');
    expect(verify({ ...good, authorization: sm3 })).toMatchObject({
      code: 'InvalidSignatureMethod',
    });
  });

  it('a required header left unsigned, or signed but absent → IncompleteSignature', () => {
    const unsigned = (good.authorization as string).replace('host;', '');
    expect(verify({ ...good, authorization: unsigned })).toMatchObject({
      code: 'IncompleteSignature',
      message: 'Signed headers incomplete (not signed: host).',
    });
    expect(verify(drop('x-acs-signature-nonce'))).toMatchObject({
      code: 'IncompleteSignature',
      message: 'Signed headers incomplete (signed but absent: x-acs-signature-nonce).',
    });
  });

  it('x-acs-date: missing, malformed, expired', () => {
    expect(verify(drop('x-acs-date'))).toMatchObject({ code: 'MissingTimestamp' });
    expect(verify({ ...good, 'x-acs-date': '2023-10-26T10:22:32' })).toMatchObject({
      code: 'InvalidTimeStamp.Format',
    });
    expect(verify(good, { now: new Date(KAT.date.getTime() + 16 * 60_000) })).toMatchObject({
      code: 'InvalidTimeStamp.Expired',
    });
  });

  it('unknown Credential → InvalidAccessKeyId.NotFound', () => {
    const other = (good.authorization as string).replace(`Credential=${ID}`, 'Credential=nobody');
    expect(verify({ ...good, authorization: other })).toMatchObject({
      code: 'InvalidAccessKeyId.NotFound',
    });
  });

  it('body not matching x-acs-content-sha256 → SignatureDoesNotMatch', () => {
    expect(verify(good, { body: 'x' })).toMatchObject({
      code: 'SignatureDoesNotMatch',
      message: 'x-acs-content-sha256 does not match the body.',
    });
  });

  it('mismatch echoes string-to-sign and canonical request, with the token redacted', () => {
    const headers = signKat('STS.secret-token');
    const result = verify(headers, { query: { ...KAT.query, RegionId: 'cn-beijing' } });
    expect(result).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    if (result.ok) return;
    expect(result.stringToSign).toMatch(/^ACS3-HMAC-SHA256\n[0-9a-f]{64}$/);
    expect(result.message).toContain(`server string to sign is:${result.stringToSign}`);
    expect(result.message).toContain('canonical request is:POST\n/\nImageId=');
    expect(result.message).toContain('RegionId=cn-beijing');
    expect(result.message).toContain('x-acs-security-token:REDACTED');
    for (const secret of [
      'STS.secret-token',
      KAT.secret,
      ID,
      parseV3Authorization(headers.authorization as string).fields.Signature as string,
    ]) {
      expect(result.message).not.toContain(secret);
    }
  });
});

describe('verifyV3Request properties', () => {
  const text = fc.string({ unit: 'binary', maxLength: 16 });
  const query = fc.dictionary(fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), text, {
    maxKeys: 6,
  });
  const method = fc.constantFrom('GET' as const, 'POST' as const);
  const sign = (q: Record<string, string>, m: 'GET' | 'POST', body: string) =>
    signV3Request({
      method: m,
      host: '127.0.0.1:8081',
      query: q,
      body,
      action: 'DescribeVpcs',
      credentials: { accessKeyId: ID, accessKeySecret: KAT.secret },
      date: KAT.date,
    }).headers;
  const check = (
    q: Record<string, string>,
    m: string,
    headers: Record<string, string>,
    body: string,
  ) =>
    verifyV3Request({
      method: m,
      path: '/',
      query: q,
      headers,
      body,
      lookupSecret: () => KAT.secret,
      now: KAT.date,
    });

  it('sign → verify round trip', () => {
    fc.assert(
      fc.property(query, method, text, (q, m, body) => {
        expect(check(q, m, sign(q, m, body), body)).toMatchObject({ ok: true, accessKeyId: ID });
      }),
      { numRuns: 300 },
    );
  });

  it('any single-character change of a query name or value breaks verification', () => {
    fc.assert(
      fc.property(
        query,
        method,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 0xffff }),
        fc.boolean(),
        (q0, m, which, pos, unit, inName) => {
          const q: Record<string, string> = { RegionId: 'cn-hangzhou', ...q0 };
          const headers = sign(q, m, '');
          const names = Object.keys(q);
          const name = names[which % names.length] as string;
          const target = inName ? name : (q[name] as string);
          fc.pre(target.length > 0);
          const i = pos % target.length;
          fc.pre(target.charCodeAt(i) !== unit);
          const changed = target.slice(0, i) + String.fromCharCode(unit) + target.slice(i + 1);
          const tampered: Record<string, string> = { ...q };
          if (inName) {
            fc.pre(!(changed in q));
            delete tampered[name];
            tampered[changed] = q[name] as string;
          } else {
            tampered[name] = changed;
          }
          expect(check(tampered, m, headers, '').ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
