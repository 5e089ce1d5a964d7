import { VpcApiError } from './errors.ts';
import { normalize, SchemaMismatchError } from './normalize.ts';
import { parseBody } from './parse-body.ts';
import type { ParsedBody } from './parse-body.ts';
import type { Redactor } from './redact.ts';
import { classifyCode } from './retry-policy.ts';
import type { ObjectSchema } from './schema.ts';
import type { HttpResponse } from './transport.ts';

const header = (res: HttpResponse, name: string): string | undefined => {
  const value = res.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/**
 * Turns an HTTP answer into the action's typed body, or throws VpcApiError: a non-2xx status
 * is read as the error envelope (REFERENCE §2.3); an unusable body gets a clear message.
 */
export function readResponse(
  action: string,
  res: HttpResponse,
  schema: ObjectSchema | undefined,
  redact: Redactor,
): Record<string, unknown> {
  const parsed = parseBody(res.body);
  const ok = res.status >= 200 && res.status < 300;
  if (!ok || parsed?.root === 'Error') throw apiError(action, res, parsed, redact);
  if (!parsed || (parsed.root !== undefined && !parsed.root.endsWith('Response'))) {
    throw invalid(action, res, `the body is not an XML or JSON API answer${describe(res)}`, redact);
  }
  if (!schema) return parsed.value;
  try {
    return normalize(parsed.value, schema);
  } catch (error) {
    if (!(error instanceof SchemaMismatchError)) throw error;
    throw invalid(
      action,
      res,
      `the answer does not match the ${action} schema: ${error.message}`,
      redact,
    );
  }
}

function apiError(
  action: string,
  res: HttpResponse,
  parsed: ParsedBody | undefined,
  redact: Redactor,
): VpcApiError {
  const envelope = parsed?.value ?? {};
  const code = text(envelope.Code);
  const retryAfter = Number(header(res, 'x-acs-retry-after'));
  const common = {
    action,
    httpStatus: res.status,
    requestId: text(envelope.RequestId) ?? header(res, 'x-acs-request-id'),
    hostId: text(envelope.HostId),
    recommend: text(envelope.Recommend),
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  };
  if (code === undefined) {
    // Not an API envelope (a proxy's HTML 502 page, an empty body …): name what came back.
    return new VpcApiError({
      ...common,
      code: 'UnexpectedResponse',
      retryable: classifyCode('UnexpectedResponse', res.status) !== 'permanent',
      message: redact(`${action}: HTTP ${res.status} without an API error body${describe(res)}`),
    });
  }
  const message = text(envelope.Message) ?? `${code} (HTTP ${res.status})`;
  return new VpcApiError({
    ...common,
    code,
    retryable: classifyCode(code, res.status) !== 'permanent',
    message: redact(message),
  });
}

function invalid(action: string, res: HttpResponse, detail: string, redact: Redactor): VpcApiError {
  return new VpcApiError({
    action,
    code: 'InvalidResponse',
    httpStatus: res.status,
    retryable: false,
    requestId: header(res, 'x-acs-request-id'),
    message: redact(`${action}: ${detail}`),
  });
}

// "(text/html, 1234 bytes): <html>…" — enough to recognise a proxy page, never the whole body.
function describe(res: HttpResponse): string {
  const type = header(res, 'content-type') ?? 'no content-type';
  const snippet = res.body.replace(/\s+/g, ' ').trim().slice(0, 120);
  return ` (${type}, ${Buffer.byteLength(res.body)} bytes)${snippet ? `: ${snippet}` : ''}`;
}
