import { randomBytes } from 'node:crypto';
import { formatTimestamp } from './timestamp.ts';
import type { Credentials, HttpMethod } from './types.ts';
import {
  V3_ALGORITHM,
  canonicalRequestV3,
  computeSignatureV3,
  isSignedHeaderName,
  sha256Hex,
  stringToSignV3,
} from './v3-canonical-request.ts';

/** Input of signV3Request. */
export interface SignV3RequestInput {
  method: HttpMethod;
  /** `host[:port]` exactly as sent in the Host header; it is signed. */
  host: string;
  /** Default `/`. */
  path?: string;
  /** Decoded query parameters (the action's own parameters). */
  query: Record<string, string>;
  body?: string | Uint8Array;
  action: string;
  /** Default `2016-04-28`. */
  version?: string;
  credentials: Credentials;
  /** Default: 64 random hex digits, like openapi-core. */
  nonce?: string;
  /** Default: now. */
  date?: Date;
  /** Extra headers; `content-type` and `x-acs-*` ones are signed, others are passed through. */
  headers?: Record<string, string>;
}

/** Signs a request with ACS3-HMAC-SHA256 and returns the headers to send (REFERENCE §1.3b). */
export function signV3Request(input: SignV3RequestInput): { headers: Record<string, string> } {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    headers[name.toLowerCase()] = value;
  }
  const body = input.body ?? '';
  const payloadHash = sha256Hex(body);
  headers.host = input.host;
  headers['x-acs-action'] = input.action;
  headers['x-acs-version'] = input.version ?? '2016-04-28';
  headers['x-acs-date'] = formatTimestamp(input.date ?? new Date());
  headers['x-acs-signature-nonce'] = input.nonce ?? randomBytes(32).toString('hex');
  headers['x-acs-content-sha256'] = payloadHash;
  if (input.credentials.securityToken) {
    headers['x-acs-security-token'] = input.credentials.securityToken;
  }
  const signedHeaders = Object.keys(headers).filter(isSignedHeaderName).sort();
  const canonical = canonicalRequestV3({
    method: input.method,
    path: input.path ?? '/',
    query: input.query,
    headers,
    signedHeaders,
    payloadHash,
  });
  const signature = computeSignatureV3(
    stringToSignV3(canonical),
    input.credentials.accessKeySecret,
  );
  headers.authorization =
    `${V3_ALGORITHM} Credential=${input.credentials.accessKeyId},` +
    `SignedHeaders=${signedHeaders.join(';')},Signature=${signature}`;
  return { headers };
}
