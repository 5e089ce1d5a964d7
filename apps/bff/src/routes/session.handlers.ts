import type { CookieOptions, Request, Response } from 'express';
import { BFF_ERROR_CODES, type Session, type sessionRoutes } from '@gc/contracts';
import type { SessionClaims } from '../auth/session-token.ts';
import { auditIdentity } from '../audit/audited.ts';
import { ForbiddenError, UnauthenticatedError } from '../errors.ts';
import type { Handlers } from '../http/route-handler.ts';
import { checkCsrf, currentSession, sessionCookieName, sessionOf } from '../middleware/session.ts';
import type { RouteDeps } from './route-deps.ts';

/** What login and logout need. */
export type SessionDeps = Pick<
  RouteDeps,
  | 'tokens'
  | 'sessions'
  | 'users'
  | 'demo'
  | 'sessionTtlSeconds'
  | 'audit'
  | 'loginThrottle'
  | 'signIn'
>;

/** The session cookie's attributes for this request (single sign-on sets the same cookie). */
export const cookieOptions = (req: Request): CookieOptions => ({
  httpOnly: true,
  sameSite: 'strict',
  // req.secure honours X-Forwarded-Proto only when BFF_TRUST_PROXY is set; the `__Host-` name
  // goes with it (no Domain, Path=/).
  secure: req.secure,
  path: '/',
});

function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(sessionCookieName(req), cookieOptions(req));
}

/** The session as `GET /api/session` answers it. */
export function describeSession(
  deps: Pick<SessionDeps, 'tokens' | 'demo'>,
  claims: SessionClaims,
): Session {
  return {
    user: claims.user,
    role: claims.role,
    demo: deps.demo,
    csrfToken: deps.tokens.csrfToken(claims),
    ...(claims.sso ? { sso: claims.sso } : {}),
  };
}

/** Login, logout, sign out everywhere and the current session with its CSRF token. */
export function sessionHandlers(deps: SessionDeps): Handlers<typeof sessionRoutes> {
  const describe = (claims: SessionClaims): Session => describeSession(deps, claims);
  const recordEnd = (claims: SessionClaims, action: 'Logout' | 'LogoutEverywhere') =>
    deps.audit.record({
      time: new Date().toISOString(),
      ...auditIdentity(claims),
      action,
      outcome: 'success',
    });

  return {
    get: ({ res }) => describe(sessionOf(res)),
    login: async ({ body, req, res }) => {
      const { username, password } = body;
      if (!deps.signIn.localLogin) {
        throw new ForbiddenError('Local sign-in is off here: sign in with the identity provider.');
      }
      await deps.loginThrottle.check(username, req.ip).catch((err: unknown) => {
        req.log?.warn({ user: username, ip: req.ip }, 'login rate limit reached');
        throw err;
      });
      const verified = await deps.users.verify(username, password);
      if (verified === undefined) {
        await deps.loginThrottle.failed(username, req.ip);
        req.log?.warn({ event: 'login_failed', user: username, ip: req.ip }, 'login failed');
        await deps.audit.record({
          time: new Date().toISOString(),
          user: username,
          action: 'Login',
          outcome: 'failure',
          code: BFF_ERROR_CODES.invalidCredentials,
        });
        throw new UnauthenticatedError(
          'Wrong username or password.',
          BFF_ERROR_CODES.invalidCredentials,
        );
      }
      await deps.loginThrottle.succeeded(username);
      // A login replaces the session the browser had: no session outlives a new login (fixation).
      const previous = currentSession(res);
      if (previous !== undefined) await deps.sessions.end(previous);
      const { role, fingerprint } = verified;
      const { cookie, claims } = await deps.sessions.start(username, role, fingerprint);
      await deps.audit.record({
        time: new Date().toISOString(),
        user: username,
        role,
        action: 'Login',
        outcome: 'success',
      });
      req.log?.info({ event: 'login', user: username, role }, 'login');
      const maxAge = deps.sessionTtlSeconds * 1000;
      res.cookie(sessionCookieName(req), cookie, { ...cookieOptions(req), maxAge });
      return describe(claims);
    },
    logout: async ({ session: claims, req, res }) => {
      if (claims !== undefined) {
        checkCsrf(deps.tokens, req, res);
        await deps.sessions.end(claims);
        await recordEnd(claims, 'Logout');
      }
      clearSessionCookie(req, res);
    },
    logoutEverywhere: async ({ req, res }) => {
      const claims = sessionOf(res);
      checkCsrf(deps.tokens, req, res);
      const ended = await deps.sessions.endAllFor(claims.user);
      await recordEnd(claims, 'LogoutEverywhere');
      req.log?.info(
        { event: 'logout_everywhere', user: claims.user, ended },
        'signed out everywhere',
      );
      clearSessionCookie(req, res);
    },
  };
}
