// Asks the official @alicloud/openapi-core for its ACS3-HMAC-SHA256 Authorization header, and
// captures the canonical request it hashes (by observing its static OpenApiUtil.hash call).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface TeaRequest {
  method: string;
  pathname: string;
  query: Record<string, string>;
  headers: Record<string, string>;
}
interface OpenApiUtilStatic {
  hash(raw: Buffer, algorithm: string): Buffer;
  getAuthorization(
    request: TeaRequest,
    algorithm: string,
    payloadHex: string,
    accessKeyId: string,
    accessKeySecret: string,
  ): string;
  getRPCSignature(params: Record<string, string>, method: string, secret: string): string;
}

const { OpenApiUtil } = require('@alicloud/openapi-core') as { OpenApiUtil: OpenApiUtilStatic };

/** One request for openapi-core to sign with V3. */
export interface OpenApiCoreV3Case {
  method: 'GET' | 'POST';
  path: string;
  query: Record<string, string>;
  /** Lower-case names; host and the x-acs-* headers, content-type when there is a body. */
  headers: Record<string, string>;
  payloadHash: string;
  accessKeyId: string;
  accessKeySecret: string;
}

/** openapi-core's V3 result: its canonical request and Authorization header. */
export function openApiCoreSignV3(c: OpenApiCoreV3Case): {
  canonicalRequest: string;
  authorization: string;
} {
  const originalHash = OpenApiUtil.hash;
  let canonicalRequest = '';
  OpenApiUtil.hash = (raw, algorithm) => {
    canonicalRequest = raw.toString('utf8');
    return originalHash(raw, algorithm);
  };
  try {
    const authorization = OpenApiUtil.getAuthorization(
      { method: c.method, pathname: c.path, query: c.query, headers: c.headers },
      'ACS3-HMAC-SHA256',
      c.payloadHash,
      c.accessKeyId,
      c.accessKeySecret,
    );
    return { canonicalRequest, authorization };
  } finally {
    OpenApiUtil.hash = originalHash;
  }
}

/** openapi-core's own signature 1.0 (getRPCSignature), a second SDK opinion on RPC vectors. */
export function openApiCoreRpcSignature(
  params: Record<string, string>,
  method: string,
  secret: string,
): string {
  return OpenApiUtil.getRPCSignature(params, method, secret);
}
