import { ApiError, defineError } from '../api-error.ts';

// Errors of the protocol layer: authentication, request shape, parameters, throttling and
// idempotency (REFERENCE §1.4, §5.1–§5.5). Re-exported by src/errors.ts, the one import path.

// Authentication and request shape (§1.4, §5.1).
// The message carries the server's string-to-sign, as the real gateway's does (REFERENCE §1.4).
/** 400 `SignatureDoesNotMatch`. */
export const signatureDoesNotMatch = defineError(400, 'SignatureDoesNotMatch', (m: string) => m);
/** 404 `InvalidAccessKeyId.NotFound`. */
export const invalidAccessKeyIdNotFound = defineError(
  404,
  'InvalidAccessKeyId.NotFound',
  () => 'Specified access key is not found.',
);
/** 400 `IncompleteSignature`. */
export const incompleteSignature = defineError(400, 'IncompleteSignature', (m: string) => m);
/** 400 `InvalidTimeStamp.Expired`. */
export const invalidTimeStampExpired = defineError(
  400,
  'InvalidTimeStamp.Expired',
  (m: string) => m,
);
/** 400 `InvalidTimeStamp.Format`. */
export const invalidTimeStampFormat = defineError(400, 'InvalidTimeStamp.Format', (m: string) => m);
/** 400 `MissingTimestamp`. */
export const missingTimestamp = defineError(400, 'MissingTimestamp', (m: string) => m);
/** 400 `InvalidSignatureMethod`. */
export const invalidSignatureMethod = defineError(400, 'InvalidSignatureMethod', (m: string) => m);
/** 400 `SignatureNonceUsed`. */
export const signatureNonceUsed = defineError(
  400,
  'SignatureNonceUsed',
  () => 'Specified signature nonce was used already.',
);
/** 404 `InvalidAction.NotFound`. */
export const invalidActionNotFound = defineError(
  404,
  'InvalidAction.NotFound',
  () => 'Specified api is not found, please check your url and method.',
);
/** 403 `UnsupportedHTTPMethod`. */
export const unsupportedHttpMethod = defineError(
  403,
  'UnsupportedHTTPMethod',
  (m: string) => `This http method ${m} is not supported.`,
);
/** 400 `InvalidVersion`. */
export const invalidVersion = defineError(
  400,
  'InvalidVersion',
  (v: string) => `Specified parameter Version "${v}" is not valid; this API serves 2016-04-28.`,
);
/** 400 `MissingVersion`. */
export const missingVersion = defineError(
  400,
  'MissingVersion',
  () => 'Version is mandatory for this action.',
);
/** 400 `InvalidParameter.Format`. */
export const invalidFormat = defineError(
  400,
  'InvalidParameter.Format',
  (v: string) => `Specified parameter Format "${v}" is not valid; use JSON or XML.`,
);

// Parameters (§5.5).
/** 400 `Missing<Param>`: a required parameter is absent (gateway pattern). */
export const missingNamed = (param: string) =>
  defineError(400, `Missing${param}`, () => `${param} is mandatory for this action.`)();
/** 400 `MissingParameter`. */
export const missingParameter = defineError(400, 'MissingParameter', (m: string) => m);
/** 400 `InvalidParameter`. */
export const invalidParameter = defineError(400, 'InvalidParameter', (m: string) => m);
/** 400 `InvalidParameter.<Field>.Malformed`: a bad value of a top-level parameter (§5.5). */
export const malformedParam = (field: string, message: string): ApiError =>
  new ApiError(400, `InvalidParameter.${field}.Malformed`, message);
/** 400 `InvalidParameter.<Field>.ValueNotSupported`: a value outside the parameter's enum (§5.5). */
export const valueNotSupportedParam = (field: string, message: string): ApiError =>
  new ApiError(400, `InvalidParameter.${field}.ValueNotSupported`, message);
/** 400 with the code a params schema names for its field (`v.str({ code })`, e.g. `InvalidName`). */
export const schemaCodeError = (code: string, message: string): ApiError =>
  new ApiError(400, code, message);
/** 400 `DryRunOperation`. */
export const dryRunOperation = defineError(
  400,
  'DryRunOperation',
  () => 'Request validation has been passed with DryRun flag set.',
);

// Throttling and transient (§5.2).
/** 400 `Throttling.User`. */
export const throttlingUser = defineError(
  400,
  'Throttling.User',
  () => 'Request was denied due to user flow control.',
);
/** 503 `ServiceUnavailable`. */
export const serviceUnavailable = defineError(
  503,
  'ServiceUnavailable',
  () => 'The request has failed due to a temporary failure of the server.',
);
/** 500 `InternalError`. */
export const internalError = defineError(
  500,
  'InternalError',
  () => 'The request processing has failed due to some unknown error.',
);

// Idempotency (§5.3).
/** 400 `IdempotentParameterMismatch`. */
export const idempotentParameterMismatch = defineError(
  400,
  'IdempotentParameterMismatch',
  () => 'The request uses the same client token as a previous, but non-identical request.',
);
/** 400 `LastTokenProcessing`. */
export const lastTokenProcessing = defineError(
  400,
  'LastTokenProcessing',
  () => 'The last request with the same client token is still being processed.',
);

// Refusals before an action is known; the codes are the emulator's choice (README).
/** 400 `BadRequest`: Node refused the HTTP request itself. */
export const badRequest = defineError(400, 'BadRequest', () => 'The HTTP request is malformed.');
/** 413 `RequestEntityTooLarge`. */
export const requestEntityTooLarge = defineError(
  413,
  'RequestEntityTooLarge',
  (maxBytes: number) => `The request body exceeds ${maxBytes} bytes.`,
);
/** 417 `ExpectationFailed`: an `Expect` header other than `100-continue`. */
export const expectationFailed = defineError(
  417,
  'ExpectationFailed',
  () => 'Only "Expect: 100-continue" is supported.',
);
/** 431 `RequestHeaderFieldsTooLarge`. */
export const requestHeaderFieldsTooLarge = defineError(
  431,
  'RequestHeaderFieldsTooLarge',
  () => 'The request line and headers are too large.',
);
