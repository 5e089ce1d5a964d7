import { computeSignature, constantTimeEqual } from './compute-signature.ts';
import { stringToSign } from './string-to-sign.ts';
import { parseTimestamp } from './timestamp.ts';
import { DEFAULT_MAX_SKEW_MS, REDACTED, verifyFailure } from './types.ts';
import type { HttpMethod, SecretLookup, VerifyResult } from './types.ts';

/** Input of verifyRpcRequest. */
export interface VerifyRpcRequestInput {
  method: HttpMethod;
  /** DECODED parameters, query ∪ form body, `Signature` included. */
  params: Record<string, string>;
  lookupSecret: SecretLookup;
  now?: Date;
  maxSkewMs?: number;
}

const REQUIRED = [
  'Signature',
  'AccessKeyId',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureNonce',
];

/** Verifies a signature 1.0 request the way the gateway does (REFERENCE §1.3, §1.4). */
export function verifyRpcRequest(input: VerifyRpcRequestInput): VerifyResult {
  const { params } = input;
  const missing = REQUIRED.filter((name) => !params[name]);
  if (missing.length > 0) {
    return verifyFailure(
      'IncompleteSignature',
      `Missing signature parameter(s): ${missing.join(', ')}.`,
    );
  }
  if (params.SignatureMethod !== 'HMAC-SHA1') {
    return verifyFailure('InvalidSignatureMethod', 'SignatureMethod must be HMAC-SHA1.');
  }
  if (params.SignatureVersion !== '1.0') {
    return verifyFailure('InvalidSignatureMethod', 'SignatureVersion must be 1.0.');
  }
  const timestamp = params.Timestamp;
  if (!timestamp) return verifyFailure('MissingTimestamp', 'Timestamp is mandatory.');
  const time = parseTimestamp(timestamp);
  if (time === undefined) {
    return verifyFailure(
      'InvalidTimeStamp.Format',
      `Timestamp "${timestamp}" is not in the format YYYY-MM-DDThh:mm:ssZ.`,
    );
  }
  const now = (input.now ?? new Date()).getTime();
  const maxSkew = input.maxSkewMs ?? DEFAULT_MAX_SKEW_MS;
  if (Math.abs(now - time) > maxSkew) {
    return verifyFailure(
      'InvalidTimeStamp.Expired',
      `Timestamp ${timestamp} differs from server time ${new Date(now).toISOString()} by more than ${maxSkew / 60_000} minutes.`,
    );
  }
  const accessKeyId = params.AccessKeyId as string;
  const secret = input.lookupSecret(accessKeyId);
  if (secret === undefined) {
    return verifyFailure('InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
  }
  let expected: string;
  try {
    expected = computeSignature(stringToSign(input.method, params), secret);
  } catch (error) {
    // A lone surrogate cannot be signed by anyone, so the request cannot match.
    return verifyFailure('SignatureDoesNotMatch', (error as Error).message);
  }
  if (!constantTimeEqual(expected, params.Signature as string)) {
    // Echo the server's string-to-sign like the real gateway, with the credentials redacted.
    const shown: Record<string, string> = { ...params, AccessKeyId: REDACTED };
    if (shown.SecurityToken !== undefined) shown.SecurityToken = REDACTED;
    const echoed = stringToSign(input.method, shown);
    return verifyFailure(
      'SignatureDoesNotMatch',
      `Specified signature is not matched with our calculation. server string to sign is:${echoed}`,
      echoed,
    );
  }
  return { ok: true, accessKeyId, nonce: params.SignatureNonce as string };
}
