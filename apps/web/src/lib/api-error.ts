import { errorBodySchema, type FieldError } from '@gc/contracts';

/** Codes the SPA itself produces when no BFF error body is available. */
export const CLIENT_ERROR_CODES = {
  network: 'NetworkError',
  http: 'HttpError',
  invalidResponse: 'InvalidResponse',
} as const;

interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  requestId?: string | undefined;
  fields?: FieldError[] | undefined;
  retryAfterSeconds?: number | undefined;
}

/** Every failed BFF call ends up as one of these: react-query's default error type. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly fields: FieldError[];
  /** From `Retry-After` on a 429: how long the BFF asks us to wait. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.fields = init.fields ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/**
 * Builds an ApiError from a failed response's status, body text and `X-Request-Id` header.
 * A body that is not the contract's error shape (a proxy's HTML page, say) still yields an
 * ApiError, so callers only ever handle one type.
 */
export function parseApiError(
  status: number,
  bodyText: string,
  headerRequestId?: string | null,
  retryAfter?: string | null,
): ApiError {
  const retryAfterSeconds = parseRetryAfter(retryAfter);
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    json = undefined;
  }
  const parsed = errorBodySchema.safeParse(json);
  if (parsed.success) {
    const { code, message, requestId, fields } = parsed.data.error;
    return new ApiError({
      status,
      code,
      message,
      requestId: requestId ?? headerRequestId ?? undefined,
      fields,
      retryAfterSeconds,
    });
  }
  return new ApiError({
    status,
    code: CLIENT_ERROR_CODES.http,
    message: `HTTP ${status}`,
    requestId: headerRequestId ?? undefined,
    retryAfterSeconds,
  });
}

/** `Retry-After` in seconds (the BFF sends delta-seconds; an HTTP date is ignored). */
function parseRetryAfter(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value.trim());
}

/** Turns anything thrown into an ApiError (react-query only ever sees ApiError). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError({ status: 0, code: CLIENT_ERROR_CODES.network, message });
}
