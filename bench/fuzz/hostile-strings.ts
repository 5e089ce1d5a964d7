// Strings that break parsers and validators: shared by the BFF and emulator arbitraries.
import fc from 'fast-check';

/** Path segments: traversal, broken percent-encoding, NUL, unicode, huge, and ordinary IDs. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      '..',
      '..%2F..%2Fetc%2Fpasswd',
      '%2e%2e%2f%2e%2e%2f',
      '....//....//',
      '%',
      '%E0%A4%A',
      '%ZZ',
      '%00',
      '%C0%AE%C0%AE',
      '%F0%9F%92%A9',
      '%u002e',
      '~',
      '%20',
      'ngw-bp1doesnotexist000000',
      'vpc-bp1ozch3xpm9ctmmab6is',
      'cn-hangzhou',
      'CN-HANGZHOU',
      'null',
      'undefined',
      '__proto__',
      'constructor',
      '0',
      '-1',
      '1e309',
    ),
  },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }).map(encodeURIComponent) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent) },
  // Rarely past Node's 16 KB header limit (then 431), mostly long but parsed.
  { weight: 1, arbitrary: fc.integer({ min: 300, max: 20_000 }).map((n) => 'a'.repeat(n)) },
);

/** Values for JSON fields and query params: wrong types, unicode, huge, tricky numbers. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      'null',
      '../../etc/passwd',
      '<script>alert(1)</script>',
      "' OR 1=1 --",
      '\u0000',
      '\uFEFF',
      '\uD800',
      '𝕏'.repeat(200),
      '名前'.repeat(100),
      'NaN',
      '1e309',
      '-0',
      '0x10',
      null,
      true,
      -1,
      0,
      1.5,
      2 ** 53 + 1,
      Number.MAX_SAFE_INTEGER,
      [],
      {},
    ),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 200_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** encodeURIComponent that also encodes lone surrogates (as the bytes a sloppy client sends). */
export function encodeLoose(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return [...s]
      .map((ch) => {
        try {
          return encodeURIComponent(ch);
        } catch {
          return '%ED%A0%80';
        }
      })
      .join('');
  }
}
