// Hand-written on purpose (REFERENCE §1.3 step 2): Alibaba's rule is RFC 3986 over UTF-8 bytes, and
// encodeURIComponent differs from it on `! ' ( ) *` and throws on lone surrogates with no context.

/** '%XY' for every byte value, upper-case hex as the rule requires. */
const HEX: readonly string[] = Array.from(
  { length: 256 },
  (_, b) => '%' + b.toString(16).toUpperCase().padStart(2, '0'),
);

/**
 * '%25XY' for every byte value: the byte encoded twice. Encoding `%XY` again leaves the hex
 * digits (unreserved) and turns `%` into `%25`, so the double encoding of the 1.0 string-to-sign
 * (REFERENCE §1.3 step 4) can be produced in one pass.
 */
const HEX_TWICE: readonly string[] = HEX.map((h) => '%25' + h.slice(1));

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

/**
 * Percent-encodes a string with Alibaba's signature rule: UTF-8 bytes, `A-Z a-z 0-9 - _ . ~`
 * literal, every other byte `%XY` upper case (space `%20`, `*` `%2A`, `+` `%2B`).
 * @throws LoneSurrogateError on a lone surrogate (same refusal as the SDKs' encodeURIComponent).
 */
export function percentEncode(value: string): string {
  return encodeBytes(value, HEX);
}

/**
 * percentEncode(percentEncode(value)) in one pass (every escape is `%25XY`), for the 1.0
 * string-to-sign. Same refusal of lone surrogates.
 */
export function percentEncodeTwice(value: string): string {
  return encodeBytes(value, HEX_TWICE);
}

/**
 * `[percentEncode(value), percentEncodeTwice(value)]` in one pass over the value: the wire and
 * the 1.0 string-to-sign both need a parameter, so it is walked once (issue 17). The same string
 * twice when it is all unreserved. Same refusal of lone surrogates.
 */
export function percentEncodeBoth(value: string): readonly [string, string] {
  if (ALL_UNRESERVED.test(value)) return [value, value];
  let once = '';
  let twice = '';
  let run = 0;
  const n = value.length;
  // Up to 4 UTF-8 bytes per character, written to both outputs; no closure on this path.
  const bytes = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80 && UNRESERVED[c] === 1) continue;
    if (run < i) {
      const kept = value.slice(run, i);
      once += kept;
      twice += kept;
    }
    let count = 1;
    if (c < 0x80) bytes[0] = c;
    else if (c < 0x800) {
      bytes[0] = 0xc0 | (c >> 6);
      bytes[1] = 0x80 | (c & 0x3f);
      count = 2;
    } else if (c < 0xd800 || c > 0xdfff) {
      bytes[0] = 0xe0 | (c >> 12);
      bytes[1] = 0x80 | ((c >> 6) & 0x3f);
      bytes[2] = 0x80 | (c & 0x3f);
      count = 3;
    } else {
      const next = i + 1 < n ? value.charCodeAt(i + 1) : 0;
      if (c > 0xdbff || next < 0xdc00 || next > 0xdfff) throw new LoneSurrogateError(i, c);
      const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
      bytes[0] = 0xf0 | (cp >> 18);
      bytes[1] = 0x80 | ((cp >> 12) & 0x3f);
      bytes[2] = 0x80 | ((cp >> 6) & 0x3f);
      bytes[3] = 0x80 | (cp & 0x3f);
      count = 4;
      i++;
    }
    for (let k = 0; k < count; k++) {
      once += HEX[bytes[k] as number] as string;
      twice += HEX_TWICE[bytes[k] as number] as string;
    }
    run = i + 1;
  }
  if (run === n) return [once, twice];
  const rest = value.slice(run);
  return [once + rest, twice + rest];
}

/** Encodes `value` over its UTF-8 bytes, writing each non-unreserved byte as `table[byte]`. */
function encodeBytes(value: string, table: readonly string[]): string {
  // Fast path, safe because an all-unreserved string encodes to itself (once or twice): one
  // compiled regex test instead of a per-character loop. Most API values (IDs, regions, UUIDs,
  // versions) take it.
  if (ALL_UNRESERVED.test(value)) return value;
  let out = '';
  // Start of the pending run of unreserved ASCII characters, copied with one slice() rather than
  // one concatenation per character (the run is output unchanged, so this is safe).
  let run = 0;
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80 && UNRESERVED[c] === 1) continue;
    if (run < i) out += value.slice(run, i);
    if (c < 0x80) {
      out += table[c] as string;
    } else if (c < 0x800) {
      out += (table[0xc0 | (c >> 6)] as string) + (table[0x80 | (c & 0x3f)] as string);
    } else if (c < 0xd800 || c > 0xdfff) {
      out +=
        (table[0xe0 | (c >> 12)] as string) +
        (table[0x80 | ((c >> 6) & 0x3f)] as string) +
        (table[0x80 | (c & 0x3f)] as string);
    } else {
      const next = i + 1 < n ? value.charCodeAt(i + 1) : 0;
      // A high surrogate must be followed by a low one; anything else has no code point.
      if (c > 0xdbff || next < 0xdc00 || next > 0xdfff) throw new LoneSurrogateError(i, c);
      const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
      out +=
        (table[0xf0 | (cp >> 18)] as string) +
        (table[0x80 | ((cp >> 12) & 0x3f)] as string) +
        (table[0x80 | ((cp >> 6) & 0x3f)] as string) +
        (table[0x80 | (cp & 0x3f)] as string);
      i++;
    }
    run = i + 1;
  }
  return run < n ? out + value.slice(run) : out;
}
