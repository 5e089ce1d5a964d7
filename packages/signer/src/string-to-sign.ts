import { encodeParam, sortedNames } from './canonical-query.ts';
import type { HttpMethod } from './types.ts';

/**
 * Signature 1.0 string-to-sign: `METHOD&%2F&` + percentEncode(canonicalized query), so the query
 * is encoded twice (`:` becomes `%253A`). `Signature` is left out (REFERENCE §1.3 steps 1, 5).
 */
export function stringToSign(method: HttpMethod, params: Record<string, string>): string {
  // Built in one pass for speed: after the first encoding a name or value holds only unreserved
  // characters and `%`, so the second encoding is `%` → `%25`, and the separators `=` and `&`
  // become `%3D` and `%26`. Tests check this against percentEncode(canonicalizedQuery(...)).
  const names = sortedNames(params);
  let out = `${method}&%2F&`;
  let first = true;
  for (const name of names) {
    if (name === 'Signature') continue;
    if (!first) out += '%26';
    first = false;
    const value = params[name] ?? '';
    out +=
      encodeParam(name, name).replaceAll('%', '%25') +
      '%3D' +
      encodeParam(name, value).replaceAll('%', '%25');
  }
  return out;
}
