import { randomUUID } from 'node:crypto';
import { percentEncode, signRpcQuery, signV3Request } from '@gc/signer';
import type { Credentials } from '@gc/signer';
import type { HttpRequest } from './transport.ts';

/** Everything one signed attempt needs. */
export interface BuildRequestInput {
  endpoint: URL;
  method: 'GET' | 'POST';
  format: 'XML' | 'JSON';
  signatureVersion: '1.0' | 'v3';
  action: string;
  /** Action parameters, already flattened (no common parameters). */
  params: Record<string, string>;
  /** Parameters (and their `Name.` children) sent in the form body under V3 signing. */
  bodyParams?: readonly string[];
  credentials: Credentials;
  /** An action whose SDK method is GET even under V3 (REFERENCE-2 §0.1); V3 defaults to POST. */
  pinnedMethod?: 'GET';
  /** Fixed only by tests; a fresh UUID otherwise. */
  nonce?: string;
  /** Fixed only by tests; the current UTC time otherwise. */
  now?: Date;
}

/** A signed request plus the values that must never be shown (for redaction). */
export interface BuiltRequest extends HttpRequest {
  nonce: string;
  signature: string;
}

/** `name=value&…` with Alibaba's percent-encoding (REFERENCE §1.3 step 2). */
export function encodeForm(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`)
    .join('&');
}

/**
 * Signs one attempt afresh: a new nonce and timestamp every time, so a retry is never rejected
 * as a replay (REFERENCE §1.2 SignatureNonce, §5.3).
 */
export function buildRequest(input: BuildRequestInput): BuiltRequest {
  const nonce = input.nonce ?? randomUUID();
  const now = input.now ?? new Date();
  const base = `${input.endpoint.origin}/`;
  if (input.signatureVersion === 'v3') {
    // V3: POST, parameters in the query, empty body, signature in headers (REFERENCE §1.3b).
    // Format stays a query parameter so the answer's format can still be chosen. An action's
    // body parameters go in a signed form body, as the SDK sends them (REFERENCE-2 §0.1).
    const { query, form } = splitBody({ ...input.params, Format: input.format }, input.bodyParams);
    const body = Object.keys(form).length > 0 ? encodeForm(form) : '';
    const v3Method = input.pinnedMethod ?? 'POST';
    const { headers } = signV3Request({
      method: v3Method,
      host: input.endpoint.host,
      query,
      body,
      ...(body ? { headers: { 'content-type': 'application/x-www-form-urlencoded' } } : {}),
      action: input.action,
      credentials: input.credentials,
      nonce: nonce.replaceAll('-', ''),
      date: now,
    });
    const signature = /Signature=([0-9a-f]+)/.exec(headers.authorization ?? '')?.[1] ?? '';
    const url = `${base}?${encodeForm(query)}`;
    if (body) return { url, method: v3Method, headers, body, nonce, signature };
    return { url, method: v3Method, headers, nonce, signature };
  }
  // Signed straight to the wire form, each pair encoded once (issue 17), in pop-core's order.
  const { query: form, signature } = signRpcQuery({
    method: input.method,
    action: input.action,
    params: input.params,
    credentials: input.credentials,
    format: input.format,
    nonce,
    timestamp: now,
  });
  if (input.method === 'GET') {
    return { url: `${base}?${form}`, method: 'GET', headers: {}, nonce, signature };
  }
  // POST: every parameter, Signature included, as a form body (pop-core style, REFERENCE §1.1).
  const headers = { 'content-type': 'application/x-www-form-urlencoded' };
  return { url: base, method: 'POST', headers, body: form, nonce, signature };
}

function splitBody(params: Record<string, string>, names: readonly string[] = []) {
  const query: Record<string, string> = {};
  const form: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const inBody = names.some((n) => key === n || key.startsWith(`${n}.`));
    (inBody ? form : query)[key] = value;
  }
  return { query, form };
}
