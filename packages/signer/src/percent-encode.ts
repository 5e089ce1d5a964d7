// Hand-written on purpose (REFERENCE §1.3 step 2): Alibaba's rule is RFC 3986 over UTF-8 bytes, and
// encodeURIComponent differs from it on `! ' ( ) *` and throws on lone surrogates with no context.

/** '%XY' for every byte value, upper-case hex as the rule requires. */
const HEX: readonly string[] = Array.from(
  { length: 256 },
  (_, b) => '%' + b.toString(16).toUpperCase().padStart(2, '0'),
);

/** 1 for the RFC 3986 unreserved characters `A-Z a-z 0-9 - _ . ~`, 0 otherwise. */
const UNRESERVED = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9\-_.~]/.test(ch)) UNRESERVED[c] = 1;
}

const ALL_UNRESERVED = /^[A-Za-z0-9\-_.~]*$/;

/** Thrown when a string is not well-formed UTF-16 and so has no UTF-8 form to sign. */
export class LoneSurrogateError extends URIError {
  constructor(
    readonly index: number,
    readonly codeUnit: number,
  ) {
    super(
      `lone surrogate U+${codeUnit.toString(16).toUpperCase()} at index ${index}: ` +
        'the string is not well-formed UTF-16 and has no UTF-8 encoding to sign',
    );
    this.name = 'LoneSurrogateError';
  }
}

function hex(byte: number): string {
  return HEX[byte] as string;
}

/**
 * Percent-encodes a string with Alibaba's signature rule: UTF-8 bytes, `A-Z a-z 0-9 - _ . ~`
 * literal, every other byte `%XY` upper case (space `%20`, `*` `%2A`, `+` `%2B`).
 * @throws LoneSurrogateError on a lone surrogate (same refusal as the SDKs' encodeURIComponent).
 */
export function percentEncode(value: string): string {
  if (ALL_UNRESERVED.test(value)) return value;
  let out = '';
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80) {
      out += UNRESERVED[c] === 1 ? value[i] : hex(c);
    } else if (c < 0x800) {
      out += hex(0xc0 | (c >> 6)) + hex(0x80 | (c & 0x3f));
    } else if (c < 0xd800 || c > 0xdfff) {
      out += hex(0xe0 | (c >> 12)) + hex(0x80 | ((c >> 6) & 0x3f)) + hex(0x80 | (c & 0x3f));
    } else {
      const next = i + 1 < n ? value.charCodeAt(i + 1) : 0;
      // A high surrogate must be followed by a low one; anything else has no code point.
      if (c > 0xdbff || next < 0xdc00 || next > 0xdfff) throw new LoneSurrogateError(i, c);
      const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
      out +=
        hex(0xf0 | (cp >> 18)) +
        hex(0x80 | ((cp >> 12) & 0x3f)) +
        hex(0x80 | ((cp >> 6) & 0x3f)) +
        hex(0x80 | (cp & 0x3f));
      i++;
    }
  }
  return out;
}
