import { canonicalizedQuery } from './canonical-query.ts';
import { percentEncode } from './percent-encode.ts';
import type { HttpMethod } from './types.ts';

/**
 * Signature 1.0 string-to-sign: `METHOD&%2F&` + percentEncode(canonicalized query), so the query
 * is encoded twice (`:` becomes `%253A`). `Signature` is left out (REFERENCE §1.3 steps 1, 5).
 */
export function stringToSign(method: HttpMethod, params: Record<string, string>): string {
  let signed = params;
  if (Object.hasOwn(params, 'Signature')) {
    signed = { ...params };
    delete signed.Signature;
  }
  return `${method}&%2F&${percentEncode(canonicalizedQuery(signed))}`;
}
