import { createHash, createHmac } from 'node:crypto';
import { encodeParam, sortedNames } from './canonical-query.ts';

/** The only V3 algorithm implemented (REFERENCE §1.3b). */
export const V3_ALGORITHM = 'ACS3-HMAC-SHA256';

/** Parts of an ACS3 canonical request. */
export interface CanonicalRequestV3Parts {
  method: string;
  path: string;
  /** Decoded query parameters. */
  query: Record<string, string>;
  /** Header values by lower-case name; must hold every signed header. */
  headers: Record<string, string>;
  /** Lower-case, sorted names of the signed headers. */
  signedHeaders: readonly string[];
  /** Hex SHA-256 of the body (`x-acs-content-sha256`). */
  payloadHash: string;
}

/** Hex SHA-256 of a body (empty string when absent). */
export function sha256Hex(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('hex');
}

/** Whether openapi-core signs a header of this (lower-case) name: host, content-type, x-acs-*. */
export function isSignedHeaderName(name: string): boolean {
  return name === 'host' || name === 'content-type' || name.startsWith('x-acs-');
}

/**
 * `METHOD\nURI\nCanonicalQuery\nCanonicalHeaders\nSignedHeaders\nPayloadHash` (REFERENCE §1.3b).
 * The query is sorted by raw name and percent-encoded ONCE, unlike signature 1.0.
 */
export function canonicalRequestV3(parts: CanonicalRequestV3Parts): string {
  // openapi-core's canonical URI rule: `+` → %20, `*` → %2A, %7E → `~` on the path as given.
  const uri = parts.path.replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
  const query = sortedNames(parts.query)
    .map((name) => `${encodeParam(name, name)}=${encodeParam(name, parts.query[name] ?? '')}`)
    .join('&');
  let headers = '';
  for (const name of parts.signedHeaders)
    headers += `${name}:${(parts.headers[name] ?? '').trim()}\n`;
  return [parts.method, uri, query, headers, parts.signedHeaders.join(';'), parts.payloadHash].join(
    '\n',
  );
}

/** `ACS3-HMAC-SHA256\n` + hex SHA-256 of the canonical request. */
export function stringToSignV3(canonicalRequest: string): string {
  return `${V3_ALGORITHM}\n${sha256Hex(canonicalRequest)}`;
}

/** Hex HMAC-SHA256 with the raw secret as key (no `&`, unlike 1.0). */
export function computeSignatureV3(stringToSign: string, accessKeySecret: string): string {
  return createHmac('sha256', accessKeySecret).update(stringToSign, 'utf8').digest('hex');
}
