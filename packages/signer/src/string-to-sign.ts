import { sortedNames } from './canonical-query.ts';
import { LoneSurrogateError, percentEncodeTwice } from './percent-encode.ts';
import type { HttpMethod } from './types.ts';

/**
 * `percentEncodeTwice(name) + '%3D'` per parameter name. Safe to cache: the encoding is a pure
 * function of the name. Real requests reuse a few dozen names (the common parameters, then the
 * action's), so this skips re-encoding them on every signature; the cap keeps a server fed
 * random names (the emulator under fuzzing) from growing it without bound.
 */
const NAME_CACHE = new Map<string, string>();
const NAME_CACHE_MAX = 1024;

function encodedName(name: string): string {
  let hit = NAME_CACHE.get(name);
  if (hit === undefined) {
    hit = percentEncodeTwice(name) + '%3D';
    if (NAME_CACHE.size >= NAME_CACHE_MAX) NAME_CACHE.clear();
    NAME_CACHE.set(name, hit);
  }
  return hit;
}

/**
 * Signature 1.0 string-to-sign: `METHOD&%2F&` + percentEncode(canonicalized query), so the query
 * is encoded twice (`:` becomes `%253A`). `Signature` is left out (REFERENCE §1.3 steps 1, 5).
 */
export function stringToSign(method: HttpMethod, params: Record<string, string>): string {
  // Built in one pass for speed: after the first encoding a name or value holds only unreserved
  // characters and `%XY`, so the second encoding writes every escape as `%25XY`, and the
  // separators `=` and `&` become `%3D` and `%26`. Tests check this against
  // percentEncode(canonicalizedQuery(...)).
  const names = sortedNames(params);
  let out = `${method}&%2F&`;
  let first = true;
  let name = '';
  try {
    for (let i = 0; i < names.length; i++) {
      name = names[i] as string;
      if (name === 'Signature') continue;
      if (!first) out += '%26';
      first = false;
      out += encodedName(name) + percentEncodeTwice(params[name] ?? '');
    }
  } catch (error) {
    if (error instanceof LoneSurrogateError) {
      // Same message as encodeParam; JSON.stringify escapes lone surrogates, so it is safe to show.
      throw new URIError(`parameter ${JSON.stringify(name)}: ${error.message}`);
    }
    throw error;
  }
  return out;
}
