import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The last secret's HMAC key bytes (`secret + '&'`), reused while the same secret signs again: a
 * client signs every request with one key, so this saves a string concatenation and UTF-8
 * conversion per signature. One entry only, so no more secret material is held than the caller
 * already holds, and a verifier cycling through keys just refreshes it.
 */
let lastSecret: string | undefined;
let lastKey: Buffer = Buffer.alloc(0);

function hmacKey(accessKeySecret: string): Buffer {
  if (accessKeySecret !== lastSecret) {
    lastKey = Buffer.from(accessKeySecret + '&', 'utf8');
    lastSecret = accessKeySecret;
  }
  return lastKey;
}

/** Signature 1.0: base64 HMAC-SHA1 of the UTF-8 string-to-sign, key `secret + '&'` (REFERENCE §1.3). */
export function computeSignature(stringToSign: string, accessKeySecret: string): string {
  return createHmac('sha1', hmacKey(accessKeySecret)).update(stringToSign, 'utf8').digest('base64');
}

/** Compares two strings in constant time for equal lengths (a length difference may leak). */
export function constantTimeEqual(expected: string, actual: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(actual, 'utf8');
  if (a.length !== b.length) return false;
  return timingSafeEqual(a, b);
}
