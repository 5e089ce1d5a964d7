import { LoneSurrogateError, percentEncode } from './percent-encode.ts';

/** Above this many names the quadratic insertion sort loses to the engine's TimSort. */
const INSERTION_SORT_MAX = 64;

/**
 * Parameter names in signing order: JavaScript's default sort, i.e. by UTF-16 code unit, on the
 * raw (unencoded) names. That is what pop-core `normalize()` and openapi-core do (REFERENCE §1.3
 * step 3); it differs from UTF-8 byte order only for names mixing U+E000–U+FFFF with astral
 * characters, and from encoded-name order for e.g. `a.` vs `a/`. The SDKs are the reference.
 */
export function sortedNames(params: Record<string, string>): string[] {
  const names = Object.keys(params);
  if (names.length > INSERTION_SORT_MAX) return names.sort();
  // Insertion sort for the usual 8–30 names: about twice as fast as Array.prototype.sort here.
  // Same order, because `>` on two strings compares UTF-16 code units exactly as the default
  // sort's comparison does, and names are unique keys, so stability cannot matter.
  for (let i = 1; i < names.length; i++) {
    const name = names[i] as string;
    let j = i - 1;
    while (j >= 0 && (names[j] as string) > name) {
      names[j + 1] = names[j] as string;
      j--;
    }
    names[j + 1] = name;
  }
  return names;
}

/** Percent-encodes a parameter name or value, naming the parameter when it cannot be encoded. */
export function encodeParam(name: string, text: string): string {
  try {
    return percentEncode(text);
  } catch (error) {
    if (error instanceof LoneSurrogateError) {
      // JSON.stringify escapes lone surrogates, so the name can be shown safely.
      throw new URIError(`parameter ${JSON.stringify(name)}: ${error.message}`);
    }
    throw error;
  }
}

/** Builds `encName=encValue&...`, sorted by raw name (REFERENCE §1.3 steps 2–4); keeps every key. */
export function canonicalizedQuery(params: Record<string, string>): string {
  const names = sortedNames(params);
  let out = '';
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    if (i > 0) out += '&';
    out += encodeParam(name, name) + '=' + encodeParam(name, params[name] ?? '');
  }
  return out;
}
