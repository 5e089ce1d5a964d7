const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/**
 * A random pre-shared key: 24 characters from a 57-letter alphabet (~140 bits), no look-alikes,
 * within the API's 1–100 visible ASCII rule (REFERENCE §3.4 IkeConfig.Psk). Rejection sampling
 * keeps every letter equally likely.
 */
export function generatePsk(length = 24): string {
  const out: string[] = [];
  const limit = 256 - (256 % ALPHABET.length);
  while (out.length < length) {
    for (const b of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (b < limit && out.length < length) out.push(ALPHABET[b % ALPHABET.length] ?? '');
    }
  }
  return out.join('');
}
