import type { Request, RequestHandler, Response } from 'express';
import { parse as parseCookie } from 'cookie';
import { BFF_ERROR_CODES } from '@gc/contracts';
import type { SessionClaims, SessionTokens } from '../auth/session-token.ts';
import type { Sessions } from '../auth/sessions.ts';
import { ForbiddenError, UnauthenticatedError } from '../errors.ts';

export const SESSION_COOKIE = 'gc_session';
/** The name over HTTPS: `__Host-` makes the browser refuse it without Secure, a Domain or Path=/. */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The cookie name for this request: `__Host-` when it came over HTTPS. */
export function sessionCookieName(req: Request): string {
  return req.secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/**
 * Reads the session cookie (if any) into `res.locals.session`; never refuses by itself. The
 * session store decides (see {@link Sessions.resolve}): a revoked, idle, expired or outdated
 * session is no session.
 */
export function readSession(sessions: Sessions): RequestHandler {
  return async (req, res, next) => {
    const cookies = parseCookie(req.headers.cookie ?? '');
    const value = cookies[SECURE_SESSION_COOKIE] ?? cookies[SESSION_COOKIE];
    res.locals.session = await sessions.resolve(value);
    next();
  };
}

/** The session of this request, or undefined. */
export function currentSession(res: Response): SessionClaims | undefined {
  return res.locals.session as SessionClaims | undefined;
}

/** The session of this request; throws 401 when there is none. */
export function sessionOf(res: Response): SessionClaims {
  const s = currentSession(res);
  if (s === undefined) throw new UnauthenticatedError();
  return s;
}

/** 403 unless the request carries this session's `X-CSRF-Token`. */
export function checkCsrf(tokens: SessionTokens, req: Request, res: Response): void {
  const header = req.get('x-csrf-token');
  if (!tokens.checkCsrf(sessionOf(res), header)) {
    throw new ForbiddenError(
      'The X-CSRF-Token header is missing or wrong: reload the session.',
      BFF_ERROR_CODES.csrf,
    );
  }
}

/**
 * The access rule of every resource route: reads need a session; mutations also need the CSRF
 * token and the operator role (auditors only read). Throws 401/403.
 */
export function authorize(
  tokens: SessionTokens,
  req: Request,
  res: Response,
  mutates: boolean,
): SessionClaims {
  const session = sessionOf(res);
  if (mutates) {
    checkCsrf(tokens, req, res);
    if (session.role !== 'operator') {
      throw new ForbiddenError('Auditors can only read: this change needs the operator role.');
    }
  }
  return session;
}

/**
 * Applies {@link authorize} to everything under `/api` past the public routes, by method, so an
 * unknown path answers 401/403 before 404 (the route kit applies it again per route).
 */
export function guardResources(tokens: SessionTokens): RequestHandler {
  return (req, res, next) => {
    authorize(tokens, req, res, !SAFE_METHODS.has(req.method));
    next();
  };
}
