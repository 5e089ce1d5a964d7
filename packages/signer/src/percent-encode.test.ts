import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LoneSurrogateError, percentEncode } from './percent-encode.ts';

/** Independent reference: Node's UTF-8 encoder, then the byte rule of REFERENCE §1.3 step 2. */
function referenceEncode(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(ch)
      ? ch
      : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

describe('percentEncode', () => {
  it.each([
    [' ', '%20'],
    ['*', '%2A'],
    ['+', '%2B'],
    ['~', '~'],
    ['/', '%2F'],
    [':', '%3A'],
    ['=', '%3D'],
    ['&', '%26'],
    ['%', '%25'],
    ['!', '%21'],
    ["'", '%27'],
    ['(', '%28'],
    [')', '%29'],
    ['AZaz09-_.', 'AZaz09-_.'],
    ['中', '%E4%B8%AD'],
    ['😀', '%F0%9F%98%80'],
    ['é', '%C3%A9'],
    ['\u0000', '%00'],
    ['\u007F', '%7F'],
    ['\u0080', '%C2%80'],
    ['\u07FF', '%DF%BF'],
    ['\u0800', '%E0%A0%80'],
    ['\uFFFF', '%EF%BF%BF'],
    ['\u{10FFFF}', '%F4%8F%BF%BF'],
    ['', ''],
  ])('encodes %j as %s', (input, expected) => {
    expect(percentEncode(input)).toBe(expected);
  });

  it('refuses lone surrogates (high, low, reversed pair) and says where', () => {
    expect(() => percentEncode('a\uD800')).toThrow(LoneSurrogateError);
    expect(() => percentEncode('\uDC00b')).toThrow(/U\+DC00 at index 0/);
    expect(() => percentEncode('\uDE00\uD83D')).toThrow(LoneSurrogateError);
    // The SDKs refuse too: their encode() is encodeURIComponent, which throws URIError.
    expect(() => encodeURIComponent('a\uD800')).toThrow(URIError);
    expect(new LoneSurrogateError(0, 0xd800)).toBeInstanceOf(URIError);
  });

  it('property: matches the byte-wise reference on any well-formed string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(percentEncode(s)).toBe(referenceEncode(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('property: only unreserved characters stay literal, hex is upper case', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(percentEncode(s)).toMatch(/^(?:[A-Za-z0-9\-_.~]|%[0-9A-F]{2})*$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('property: decoding gives back the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(decodeURIComponent(percentEncode(s))).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });

  it("property: equals the SDK recipe encodeURIComponent + !'()* replacements", () => {
    const sdkRecipe = (s: string) =>
      encodeURIComponent(s).replace(
        /[!'()*]/g,
        (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
      );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        expect(percentEncode(s)).toBe(sdkRecipe(s));
      }),
      { numRuns: 1000 },
    );
  });

  it('property: any string with a lone surrogate throws', () => {
    const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
    // Well-formed strings around it only hold whole pairs, so `mid` can never pair up.
    const text = fc.string({ unit: 'binary', maxLength: 10 });
    fc.assert(
      fc.property(text, lone, text, (a, mid, b) => {
        expect(() => percentEncode(a + mid + b)).toThrow(LoneSurrogateError);
      }),
    );
  });
});
