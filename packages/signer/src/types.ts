/** HTTP verbs the VPC RPC API accepts (REFERENCE §1.1). */
export type HttpMethod = 'GET' | 'POST';

/** An AccessKey pair, optionally with an STS security token. */
export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/** Why a verification failed; the names are Alibaba's error codes (REFERENCE §1.4). */
export type VerifyFailureCode =
  | 'IncompleteSignature'
  | 'InvalidAccessKeyId.NotFound'
  | 'SignatureDoesNotMatch'
  | 'InvalidTimeStamp.Format'
  | 'InvalidTimeStamp.Expired'
  | 'MissingTimestamp'
  | 'InvalidSignatureMethod';

/** Outcome of verifyRpcRequest / verifyV3Request. */
export type VerifyResult =
  | { ok: true; accessKeyId: string; nonce: string }
  | { ok: false; code: VerifyFailureCode; message: string; stringToSign?: string };

/** Maps an AccessKeyId to its secret; undefined when the key is unknown. */
export type SecretLookup = (accessKeyId: string) => string | undefined;

/** Builds a failed VerifyResult. */
export function verifyFailure(
  code: VerifyFailureCode,
  message: string,
  stringToSign?: string,
): VerifyResult {
  return stringToSign === undefined
    ? { ok: false, code, message }
    : { ok: false, code, message, stringToSign };
}

/** Default allowed clock skew: the real gateway rejects more than 15 minutes (REFERENCE §1.4). */
export const DEFAULT_MAX_SKEW_MS = 15 * 60 * 1000;

/** Placeholder written instead of an AccessKeyId or token in echoed strings-to-sign. */
export const REDACTED = 'REDACTED';
