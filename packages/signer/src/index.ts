export type {
  Credentials,
  HttpMethod,
  SecretLookup,
  VerifyFailureCode,
  VerifyResult,
} from './types.ts';
export { DEFAULT_MAX_SKEW_MS } from './types.ts';
export { LoneSurrogateError, percentEncode } from './percent-encode.ts';
export { canonicalizedQuery, sortedNames } from './canonical-query.ts';
export { stringToSign } from './string-to-sign.ts';
export { computeSignature, constantTimeEqual } from './compute-signature.ts';
export { formatTimestamp, parseTimestamp } from './timestamp.ts';
export { signRpcRequest } from './sign-rpc-request.ts';
export type { SignRpcRequestInput } from './sign-rpc-request.ts';
export { signRpcQuery } from './sign-rpc-query.ts';
export type { SignedRpcQuery } from './sign-rpc-query.ts';
export { verifyRpcRequest } from './verify-rpc-request.ts';
export type { VerifyRpcRequestInput } from './verify-rpc-request.ts';
export {
  V3_ALGORITHM,
  canonicalRequestV3,
  computeSignatureV3,
  sha256Hex,
  stringToSignV3,
} from './v3-canonical-request.ts';
export type { CanonicalRequestV3Parts } from './v3-canonical-request.ts';
export { signV3Request } from './sign-v3-request.ts';
export type { SignV3RequestInput } from './sign-v3-request.ts';
export { parseV3Authorization, verifyV3Request } from './verify-v3-request.ts';
export type { VerifyV3RequestInput } from './verify-v3-request.ts';
