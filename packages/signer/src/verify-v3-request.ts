import { constantTimeEqual } from './compute-signature.ts';
import { parseTimestamp } from './timestamp.ts';
import { DEFAULT_MAX_SKEW_MS, REDACTED, verifyFailure } from './types.ts';
import type { SecretLookup, VerifyResult } from './types.ts';
import {
  V3_ALGORITHM,
  canonicalRequestV3,
  computeSignatureV3,
  sha256Hex,
  stringToSignV3,
} from './v3-canonical-request.ts';

/** Input of verifyV3Request. */
export interface VerifyV3RequestInput {
  method: string;
  /** The request path without the query, e.g. `/`. */
  path: string;
  /** DECODED query parameters. */
  query: Record<string, string>;
  /** Request headers as node:http gives them (any case accepted). */
  headers: Record<string, string | string[] | undefined>;
  body: string | Uint8Array;
  lookupSecret: SecretLookup;
  now?: Date;
  maxSkewMs?: number;
}

/** Headers a request must sign, or its action, time, nonce or body could be swapped in transit. */
const MUST_SIGN = [
  'host',
  'x-acs-action',
  'x-acs-version',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-content-sha256',
];

/** Parses `ACS3-HMAC-SHA256 Credential=..,SignedHeaders=a;b,Signature=hex` into its fields. */
export function parseV3Authorization(value: string): {
  algorithm: string;
  fields: Record<string, string>;
} {
  const trimmed = value.trim();
  const space = trimmed.search(/\s/);
  const algorithm = space < 0 ? trimmed : trimmed.slice(0, space);
  const fields: Record<string, string> = {};
  if (space >= 0) {
    for (const part of trimmed.slice(space + 1).split(',')) {
      const eq = part.indexOf('=');
      if (eq > 0) fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
  }
  return { algorithm, fields };
}

function lowerCaseHeaders(raw: VerifyV3RequestInput['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    // Repeated headers: openapi-core joins the sorted values with ','.
    out[name.toLowerCase()] = Array.isArray(value) ? [...value].sort().join(',') : value;
  }
  return out;
}

/** Verifies an ACS3-HMAC-SHA256 request (REFERENCE §1.3b); nonce = x-acs-signature-nonce. */
export function verifyV3Request(input: VerifyV3RequestInput): VerifyResult {
  const headers = lowerCaseHeaders(input.headers);
  const authorization = headers.authorization;
  if (!authorization)
    return verifyFailure('IncompleteSignature', 'Authorization header is missing.');
  const { algorithm, fields } = parseV3Authorization(authorization);
  if (algorithm !== V3_ALGORITHM) {
    return verifyFailure('InvalidSignatureMethod', `Signature algorithm must be ${V3_ALGORITHM}.`);
  }
  const { Credential: accessKeyId, SignedHeaders: signedList, Signature: signature } = fields;
  if (!accessKeyId || !signedList || !signature) {
    return verifyFailure(
      'IncompleteSignature',
      'Authorization must carry Credential, SignedHeaders and Signature.',
    );
  }
  if (headers['x-acs-date'] === undefined) {
    return verifyFailure('MissingTimestamp', 'x-acs-date is mandatory.');
  }
  const signedHeaders = signedList.split(';').map((name) => name.trim().toLowerCase());
  const unsigned = MUST_SIGN.filter((name) => !signedHeaders.includes(name));
  const absent = signedHeaders.filter((name) => headers[name] === undefined);
  if (unsigned.length > 0 || absent.length > 0) {
    const why = [
      unsigned.length > 0 ? `not signed: ${unsigned.join(', ')}` : '',
      absent.length > 0 ? `signed but absent: ${absent.join(', ')}` : '',
    ].filter(Boolean);
    return verifyFailure('IncompleteSignature', `Signed headers incomplete (${why.join('; ')}).`);
  }
  const date = headers['x-acs-date'] as string;
  const time = parseTimestamp(date);
  if (time === undefined) {
    return verifyFailure(
      'InvalidTimeStamp.Format',
      `x-acs-date "${date}" is not in the format YYYY-MM-DDThh:mm:ssZ.`,
    );
  }
  const now = (input.now ?? new Date()).getTime();
  const maxSkew = input.maxSkewMs ?? DEFAULT_MAX_SKEW_MS;
  if (Math.abs(now - time) > maxSkew) {
    return verifyFailure(
      'InvalidTimeStamp.Expired',
      `x-acs-date ${date} differs from server time ${new Date(now).toISOString()} by more than ${maxSkew / 60_000} minutes.`,
    );
  }
  const secret = input.lookupSecret(accessKeyId);
  if (secret === undefined) {
    return verifyFailure('InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
  }
  const payloadHash = sha256Hex(input.body);
  if (!constantTimeEqual(payloadHash, (headers['x-acs-content-sha256'] as string).toLowerCase())) {
    return verifyFailure('SignatureDoesNotMatch', 'x-acs-content-sha256 does not match the body.');
  }
  const parts = {
    method: input.method.toUpperCase(),
    path: input.path,
    query: input.query,
    headers,
    signedHeaders,
    payloadHash: headers['x-acs-content-sha256'] as string,
  };
  let canonical: string;
  try {
    canonical = canonicalRequestV3(parts);
  } catch (error) {
    return verifyFailure('SignatureDoesNotMatch', (error as Error).message);
  }
  const stringToSign = stringToSignV3(canonical);
  if (!constantTimeEqual(computeSignatureV3(stringToSign, secret), signature.toLowerCase())) {
    const shown =
      headers['x-acs-security-token'] === undefined
        ? canonical
        : canonicalRequestV3({
            ...parts,
            headers: { ...headers, 'x-acs-security-token': REDACTED },
          });
    return verifyFailure(
      'SignatureDoesNotMatch',
      'Specified signature is not matched with our calculation. ' +
        `server string to sign is:${stringToSign} canonical request is:${shown}`,
      stringToSign,
    );
  }
  return { ok: true, accessKeyId, nonce: headers['x-acs-signature-nonce'] as string };
}
