import type { ErrorRequestHandler, RequestHandler } from 'express';
import { BFF_ERROR_CODES, type ErrorBody } from '@gc/contracts';
import { HttpError, NotFoundError } from '../errors.ts';
import { mapUpstreamError } from '../upstream-error-map.ts';

interface BodyParserError {
  type?: string;
  status?: number;
}

function fromBodyParser(err: unknown): HttpError | undefined {
  // Our own errors have a `status` too: a 404 must keep its code and RequestId (found by the soak).
  if (err instanceof HttpError) return err;
  const e = err as BodyParserError;
  if (typeof e !== 'object' || e === null) return undefined;
  if (e.status === 404) return new NotFoundError();
  if (err instanceof URIError || (e.status === 400 && e.type === undefined)) {
    // The router could not percent-decode a path parameter (`%E0%A4%A`): found by the fuzzer.
    return new HttpError(400, BFF_ERROR_CODES.invalidInput, 'The URL is not valid.');
  }
  if (typeof e.type !== 'string') return undefined;
  if (e.type === 'entity.parse.failed') {
    return new HttpError(400, BFF_ERROR_CODES.invalidInput, 'The request body is not valid JSON.');
  }
  if (e.type === 'entity.too.large') {
    return new HttpError(413, BFF_ERROR_CODES.payloadTooLarge, 'The request body is too large.');
  }
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    return new HttpError(
      e.status,
      BFF_ERROR_CODES.invalidInput,
      'The request body is not acceptable.',
    );
  }
  return undefined;
}

/** Unknown routes under /api answer the shared error body, not Express's HTML page. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No route ${req.method} ${req.originalUrl.split('?')[0]}.`));
};

/**
 * The one place where errors become responses: named errors keep their status, upstream errors are
 * mapped, anything else is a 500 whose details stay in the log. Never a stack trace or upstream XML.
 */
export function errorHandler(secrets: readonly string[]): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const mapped = mapUpstreamError(fromBodyParser(err) ?? err, secrets);
    const known = mapped instanceof HttpError ? mapped : undefined;
    const status = known?.status ?? 500;
    if (known === undefined) {
      req.log?.error({ err }, 'unhandled error');
    } else if (status >= 500) {
      req.log?.warn({ code: known.code, status }, known.message);
    }
    const body: ErrorBody = {
      error: {
        code: known?.code ?? BFF_ERROR_CODES.internal,
        message: known?.message ?? 'Something went wrong in the console backend.',
      },
    };
    const requestId = known?.extra.requestId ?? (status >= 500 ? String(req.id ?? '') : '');
    if (requestId !== '') body.error.requestId = requestId;
    if (known?.extra.fields && known.extra.fields.length > 0)
      body.error.fields = known.extra.fields;
    if (known?.extra.retryAfterSeconds !== undefined) {
      res.setHeader('Retry-After', String(Math.max(1, Math.ceil(known.extra.retryAfterSeconds))));
    }
    if (res.headersSent) return;
    res.status(status).json(body);
  };
}
