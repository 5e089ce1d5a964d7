import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalizedQuery } from './canonical-query.ts';
import { computeSignature } from './compute-signature.ts';
import { percentEncode } from './percent-encode.ts';
import { stringToSign } from './string-to-sign.ts';

// REFERENCE §1.3: the official documentation example.
const KAT_PARAMS = {
  AccessKeyId: 'testid',
  Action: 'DescribeRegions',
  Format: 'XML',
  SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf',
  SignatureVersion: '1.0',
  Timestamp: '2016-02-23T12:46:24Z',
  Version: '2014-05-26',
};
const KAT_CANONICAL =
  'AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1' +
  '%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0' +
  '%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26';

describe('stringToSign / computeSignature: known answer (REFERENCE §1.3)', () => {
  it('GET gives the documented string-to-sign and signature', () => {
    const sts = stringToSign('GET', KAT_PARAMS);
    expect(sts).toBe(`GET&%2F&${KAT_CANONICAL}`);
    expect(computeSignature(sts, 'testsecret')).toBe('OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  });

  it('POST changes only the verb, and so the signature', () => {
    const sts = stringToSign('POST', KAT_PARAMS);
    expect(sts).toBe(`POST&%2F&${KAT_CANONICAL}`);
    // Value from @alicloud/openapi-core getRPCSignature(params, 'POST', 'testsecret').
    expect(computeSignature(sts, 'testsecret')).toBe('MxbnVAM4w6sft9xjVpe/GCKueuk=');
  });

  it('leaves Signature out', () => {
    expect(stringToSign('GET', { ...KAT_PARAMS, Signature: 'abc' })).toBe(
      stringToSign('GET', KAT_PARAMS),
    );
  });
});

describe('canonicalizedQuery', () => {
  it('sorts raw names by UTF-16 code unit, like the SDKs', () => {
    expect(canonicalizedQuery({ b: '1', B: '2', a: '3', A: '4' })).toBe('A=4&B=2&a=3&b=1');
    // U+1F600 is D83D DE00 in UTF-16 and so sorts before U+FF5E (UTF-8 order would not).
    expect(canonicalizedQuery({ '\uFF5E': 'x', '\u{1F600}': 'y' })).toBe(
      '%F0%9F%98%80=y&%EF%BD%9E=x',
    );
    // Raw `.` (2E) < `/` (2F) although encoded `%2F` < `.`.
    expect(canonicalizedQuery({ 'a/': '1', 'a.': '2' })).toBe('a.=2&a%2F=1');
    expect(canonicalizedQuery({ 'Tag.10.Key': 'a', 'Tag.2.Key': 'b', 'Tag.1.Key': 'c' })).toBe(
      'Tag.1.Key=c&Tag.10.Key=a&Tag.2.Key=b',
    );
  });

  it('keeps empty values as `Name=`', () => {
    expect(canonicalizedQuery({ A: '', B: 'x' })).toBe('A=&B=x');
  });

  it('names the parameter holding a lone surrogate', () => {
    expect(() => canonicalizedQuery({ Description: 'x\uD800' })).toThrow(
      /parameter "Description": lone surrogate U\+D800/,
    );
  });
});

describe('stringToSign properties', () => {
  const params = fc.dictionary(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    { maxKeys: 8 },
  );

  it('does not depend on parameter order', () => {
    fc.assert(
      fc.property(params, fc.constantFrom('GET' as const, 'POST' as const), (p, method) => {
        const reversed = Object.fromEntries(Object.entries(p).reverse());
        const shuffled = Object.fromEntries(Object.entries(p).sort(() => 0.5 - Math.random()));
        const expected = stringToSign(method, p);
        expect(stringToSign(method, reversed)).toBe(expected);
        expect(stringToSign(method, shuffled)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('is METHOD&%2F& plus percentEncode of the canonical query (the one-pass shortcut is exact)', () => {
    fc.assert(
      fc.property(params, fc.boolean(), (p, withSignature) => {
        const input = withSignature ? { ...p, Signature: 'x=' } : p;
        const rest = Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'Signature'));
        expect(stringToSign('GET', input)).toBe(
          `GET&%2F&${percentEncode(canonicalizedQuery(rest))}`,
        );
      }),
      { numRuns: 500 },
    );
  });
});
