import type { ErrorRequestHandler, RequestHandler } from 'express';
import { BFF_ERROR_CODES } from '@gc/contracts';
import { HttpError, NotFoundError } from '../errors.ts';

/**
 * Why a request path must not reach the file system, or undefined when it may. Refused: encoded
 * separators (`%2f`, `%5c`, which no SPA link contains), percent-encoding that does not decode
 * (`%E0%A4%A`, overlong `%c0%ae`), NUL, and `..` segments, encoded or not (raw clients send them
 * as they are; browsers resolve them first).
 */
export function unsafePathReason(rawPath: string): string | undefined {
  if (/%(2f|5c)/i.test(rawPath)) return 'an encoded slash';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return 'bad percent-encoding';
  }
  if (decoded.includes('\0')) return 'a NUL byte';
  if (decoded.split(/[\\/]/).includes('..')) return 'a `..` segment';
  return undefined;
}

/** Answers 400 (shared error body, a warning in the access log, no stack) to an unsafe path. */
export const staticPathGuard: RequestHandler = (req, _res, next) => {
  const reason = unsafePathReason(req.originalUrl.split('?')[0] ?? '');
  if (reason === undefined) return next();
  next(new HttpError(400, BFF_ERROR_CODES.invalidInput, `The URL is not valid: ${reason}.`));
};

/**
 * `send`'s own 4xx (403 for a path it finds malicious, 400 for one it cannot decode) would reach
 * the error handler as unknown errors, i.e. a 500 with a stack: they become our 404 or 400.
 */
export const staticErrors: ErrorRequestHandler = (err: unknown, _req, _res, next) => {
  const status = (err as { status?: unknown }).status;
  if (typeof status !== 'number' || status >= 500 || err instanceof HttpError) return next(err);
  next(
    status === 400
      ? new HttpError(400, BFF_ERROR_CODES.invalidInput, 'The URL is not valid.')
      : new NotFoundError(),
  );
};
