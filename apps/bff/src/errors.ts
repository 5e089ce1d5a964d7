import { BFF_ERROR_CODES, type FieldError } from '@gc/contracts';

/** Base of every error the BFF answers on purpose: a status, a code and a safe message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: { requestId?: string; fields?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 400: the request is invalid; `fields` names each bad field by its dotted path. */
export class InputError extends HttpError {
  constructor(message: string, fields?: FieldError[], code: string = BFF_ERROR_CODES.invalidInput) {
    super(400, code, message, { fields });
  }
}

/** 401: no valid session, or a wrong username/password. */
export class UnauthenticatedError extends HttpError {
  constructor(message = 'Log in first.', code: string = BFF_ERROR_CODES.unauthenticated) {
    super(401, code, message);
  }
}

/** 403: wrong role or missing/invalid CSRF token. */
export class ForbiddenError extends HttpError {
  constructor(
    message = 'Your role does not allow this.',
    code: string = BFF_ERROR_CODES.forbidden,
  ) {
    super(403, code, message);
  }
}

/** 404: the resource (or route) does not exist. */
export class NotFoundError extends HttpError {
  constructor(message = 'Not found.', code: string = BFF_ERROR_CODES.notFound, requestId?: string) {
    super(404, code, message, { requestId });
  }
}

/** 409: the resource is in a state that refuses the change (busy, has dependencies, …). */
export class ConflictError extends HttpError {
  constructor(message: string, code: string = BFF_ERROR_CODES.conflict, requestId?: string) {
    super(409, code, message, { requestId });
  }
}

/** 429: too many requests, here or upstream; `Retry-After` is sent with it. */
export class TooManyRequestsError extends HttpError {
  constructor(message: string, retryAfterSeconds: number, code: string, requestId?: string) {
    super(429, code, message, { retryAfterSeconds, requestId });
  }
}

/** 4xx/5xx passed on from the VPC API, with its code and RequestId. */
export class UpstreamError extends HttpError {
  constructor(
    status: number,
    code: string,
    message: string,
    extra: { requestId?: string; fields?: FieldError[] } = {},
  ) {
    super(status, code, message, extra);
  }
}

/** 503: the users file can't be used, so no one can be signed in or checked; the log says why. */
export class UsersUnavailableError extends HttpError {
  constructor() {
    super(
      503,
      BFF_ERROR_CODES.usersUnavailable,
      'Sign-in is unavailable: the console cannot read its users. An administrator can see why in the log and in /api/ready.',
    );
  }
}

/** 503: the audit trail could not record the intent, so the change was not attempted. */
export class AuditUnavailableError extends HttpError {
  constructor(
    message = 'The change was not made: the audit trail cannot record it right now. Try again later.',
  ) {
    super(503, 'AuditUnavailable', message);
  }
}
