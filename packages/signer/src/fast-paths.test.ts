import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalizedQuery, sortedNames } from './canonical-query.ts';
import { computeSignature } from './compute-signature.ts';
import { LoneSurrogateError, percentEncode, percentEncodeTwice } from './percent-encode.ts';
import { stringToSign } from './string-to-sign.ts';

// The throughput work (README "Performance") added fast paths and caches; these pin that each
// one returns exactly what the plain definition would.

/** Mostly ASCII with some reserved and non-ASCII characters: exercises runs and escapes. */
const mixed = fc.string({
  unit: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...'AZaz09-_.~') },
    { weight: 3, arbitrary: fc.constantFrom(..." :/=&%+*!'()#") },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 40,
});

describe('percentEncode fast paths', () => {
  it('returns an all-unreserved string unchanged (the same string)', () => {
    const s = 'ngw-bp1uewa15k4iy5770~_.';
    expect(percentEncode(s)).toBe(s);
    expect(percentEncodeTwice(s)).toBe(s);
  });

  it('copies unreserved runs around escapes exactly', () => {
    expect(percentEncode('a b')).toBe('a%20b');
    expect(percentEncode(' ab')).toBe('%20ab');
    expect(percentEncode('ab ')).toBe('ab%20');
    expect(percentEncode('x😀y中z')).toBe('x%F0%9F%98%80y%E4%B8%ADz');
    expect(percentEncodeTwice('2026-11-22T08:00:00Z')).toBe('2026-11-22T08%253A00%253A00Z');
  });

  it('property: percentEncodeTwice equals percentEncode applied twice', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        expect(percentEncodeTwice(s)).toBe(percentEncode(percentEncode(s)));
      }),
      { numRuns: 1000 },
    );
  });

  it('property: decoding twice gives back the input', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        expect(decodeURIComponent(decodeURIComponent(percentEncodeTwice(s)))).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('percentEncodeTwice refuses lone surrogates like percentEncode', () => {
    expect(() => percentEncodeTwice('ab\uDC00')).toThrow(LoneSurrogateError);
    expect(() => percentEncodeTwice('\uD800c')).toThrow(/U\+D800 at index 0/);
  });
});

describe('stringToSign name cache', () => {
  it('gives the same string-to-sign after the cache was filled past its cap and cleared', () => {
    const params = { Action: 'DescribeNatGateways', 'Tag.1.Key': 'a b', 'x/y': '1' };
    const expected = `GET&%2F&${percentEncode(canonicalizedQuery(params))}`;
    expect(stringToSign('GET', params)).toBe(expected);
    for (let i = 0; i < 3000; i++) stringToSign('GET', { [`Name.${i}`]: 'v' });
    expect(stringToSign('GET', params)).toBe(expected);
  });

  it('still names the parameter holding a lone surrogate, in a name or a value', () => {
    expect(() => stringToSign('GET', { Description: 'x\uD800' })).toThrow(
      /parameter "Description": lone surrogate U\+D800/,
    );
    expect(() => stringToSign('GET', { 'a\uDC00': 'x' })).toThrow(/lone surrogate U\+DC00/);
  });
});

describe('computeSignature key reuse', () => {
  const reference = (sts: string, secret: string) =>
    createHmac('sha1', secret + '&')
      .update(sts, 'utf8')
      .digest('base64');

  it('uses the right key when secrets alternate (including non-ASCII and empty)', () => {
    const secrets = ['s1', 'other', 's1', '秘密', '', 's1', '秘密'];
    for (const secret of secrets) {
      expect(computeSignature('GET&%2F&A%3Db', secret)).toBe(reference('GET&%2F&A%3Db', secret));
    }
  });
});

describe('sortedNames insertion sort', () => {
  it('property: same order as the default JavaScript sort, below and above the cutoff', () => {
    const names = fc.uniqueArray(fc.string({ unit: 'binary', maxLength: 6 }), { maxLength: 100 });
    fc.assert(
      fc.property(names, (list) => {
        const params = Object.fromEntries(list.map((n) => [n, 'v']));
        expect(sortedNames(params)).toEqual(Object.keys(params).sort());
      }),
      { numRuns: 500 },
    );
  });

  it('sorts astral before U+FF5E and `a.` before `a/`, like the SDKs', () => {
    expect(
      sortedNames({ '\uFF5E': '', '\u{1F600}': '', 'a/': '', 'a.': '', B: '', a: '' }),
    ).toEqual(['B', 'a', 'a.', 'a/', '\u{1F600}', '\uFF5E']);
  });
});
