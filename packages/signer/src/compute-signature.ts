import { createHmac, timingSafeEqual } from 'node:crypto';

/** Signature 1.0: base64 HMAC-SHA1 of the UTF-8 string-to-sign, key `secret + '&'` (REFERENCE §1.3). */
export function computeSignature(stringToSign: string, accessKeySecret: string): string {
  return createHmac('sha1', accessKeySecret + '&')
    .update(stringToSign, 'utf8')
    .digest('base64');
}

/** Compares two strings in constant time for equal lengths (a length difference may leak). */
export function constantTimeEqual(expected: string, actual: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(actual, 'utf8');
  if (a.length !== b.length) return false;
  return timingSafeEqual(a, b);
}
