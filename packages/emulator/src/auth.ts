import { LRUCache } from 'lru-cache';
import { verifyRpcRequest, verifyV3Request } from '@gc/signer';
import type { VerifyFailureCode } from '@gc/signer';
import type { ApiError } from './api-error.ts';
import {
  incompleteSignature,
  invalidAccessKeyIdNotFound,
  invalidSignatureMethod,
  invalidTimeStampExpired,
  invalidTimeStampFormat,
  missingTimestamp,
  signatureDoesNotMatch,
  signatureNonceUsed,
} from './errors.ts';

/** The HTTP request as the authenticator needs it. */
export interface AuthInput {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, string>;
  /** Decoded query ∪ form body (signature 1.0 signs both). */
  params: Record<string, string>;
  rawBody: string;
}

/** Which scheme signed the request and by whom. */
export interface AuthResult {
  scheme: 'v1' | 'v3';
  accessKeyId: string;
}

// Statuses per REFERENCE §1.4 (captured values where sources disagree).
const FAILURES: Record<VerifyFailureCode, (m: string) => ApiError> = {
  IncompleteSignature: incompleteSignature,
  'InvalidAccessKeyId.NotFound': () => invalidAccessKeyIdNotFound(),
  SignatureDoesNotMatch: signatureDoesNotMatch,
  'InvalidTimeStamp.Format': invalidTimeStampFormat,
  'InvalidTimeStamp.Expired': invalidTimeStampExpired,
  MissingTimestamp: missingTimestamp,
  InvalidSignatureMethod: invalidSignatureMethod,
};

const NONCE_TTL_MS = 15 * 60 * 1000;

/** True when the request is signed with ACS3-HMAC-SHA256 (REFERENCE §1.3b). */
export function isV3Request(headers: AuthInput['headers']): boolean {
  const auth = headers.authorization;
  return typeof auth === 'string' && auth.trim().startsWith('ACS3-');
}

/**
 * Verifies signature 1.0 or ACS3 with the shared signer, then rejects replayed nonces.
 * Nonces are remembered 15 minutes — the timestamp window, so an older replay fails on the
 * timestamp anyway ([emulator choice], REFERENCE §1.4) — in a bounded LRU. lru-cache preallocates
 * its slots (~4.4 MB per 100 000), so the bound is 200 000: past ~220 signed requests/s sustained,
 * the oldest nonces are evicted before their 15 minutes are up.
 */
export class Authenticator {
  private readonly nonces = new LRUCache<string, true>({ max: 200_000, ttl: NONCE_TTL_MS });

  constructor(private readonly keys: () => Record<string, string>) {}

  /** Throws the API error of the first failed check. */
  verify(input: AuthInput): AuthResult {
    const lookupSecret = (id: string) =>
      Object.hasOwn(this.keys(), id) ? this.keys()[id] : undefined;
    const v3 = isV3Request(input.headers);
    const result = v3
      ? verifyV3Request({
          method: input.method,
          path: input.path,
          query: input.query,
          headers: input.headers,
          body: input.rawBody,
          lookupSecret,
        })
      : verifyRpcRequest({ method: input.method, params: input.params, lookupSecret });
    if (!result.ok) throw FAILURES[result.code](result.message);
    const key = `${result.accessKeyId}\u0000${result.nonce}`;
    if (this.nonces.has(key)) throw signatureNonceUsed();
    this.nonces.set(key, true);
    return { scheme: v3 ? 'v3' : 'v1', accessKeyId: result.accessKeyId };
  }
}
