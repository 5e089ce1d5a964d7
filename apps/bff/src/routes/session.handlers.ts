import type { CookieOptions, Request } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { BFF_ERROR_CODES, type Session, type sessionRoutes } from '@gc/contracts';
import type { SessionClaims } from '../auth/session-token.ts';
import { TooManyRequestsError, UnauthenticatedError } from '../errors.ts';
import type { Handlers } from '../http/route-handler.ts';
import { SESSION_COOKIE, checkCsrf, sessionOf } from '../middleware/session.ts';
import type { RouteDeps } from './route-deps.ts';

/** What login and logout need. */
export type SessionDeps = Pick<
  RouteDeps,
  'tokens' | 'users' | 'demo' | 'sessionTtlSeconds' | 'audit' | 'loginRateLimit'
>;

function usernameOf(req: Request): string {
  const u = (req.body as { username?: unknown } | undefined)?.username;
  return typeof u === 'string' ? u.trim().toLowerCase().slice(0, 64) : '';
}

/** Login, logout and the current session with its CSRF token. */
export function sessionHandlers(deps: SessionDeps): Handlers<typeof sessionRoutes> {
  const describe = (claims: SessionClaims): Session => ({
    user: claims.user,
    role: claims.role,
    demo: deps.demo,
    csrfToken: deps.tokens.csrfToken(claims),
  });
  const cookieOptions = (req: Request): CookieOptions => ({
    httpOnly: true,
    sameSite: 'strict',
    // req.secure honours X-Forwarded-Proto only when BFF_TRUST_PROXY is set.
    secure: req.secure,
    path: '/',
  });

  // Per IP + username, counting failures only: a user who keeps mistyping is slowed, others are not.
  const limiter = rateLimit({
    windowMs: deps.loginRateLimit.windowMs,
    limit: deps.loginRateLimit.limit,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? 'unknown')}|${usernameOf(req)}`,
    handler: (req, _res, next) => {
      const reset = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = reset ? Math.ceil((reset.getTime() - Date.now()) / 1000) : 60;
      req.log?.warn({ user: usernameOf(req), ip: req.ip }, 'login rate limit reached');
      next(
        new TooManyRequestsError(
          'Too many failed logins: wait a moment before trying again.',
          Math.max(1, seconds),
          BFF_ERROR_CODES.tooManyRequests,
        ),
      );
    },
  });

  return {
    get: ({ res }) => describe(sessionOf(res)),
    login: {
      before: [limiter],
      handle: async ({ body, req, res }) => {
        const { username, password } = body;
        const role = await deps.users.authenticate(username, password);
        if (role === undefined) {
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
        const { token, claims } = deps.tokens.issue(username, role);
        await deps.audit.record({
          time: new Date().toISOString(),
          user: username,
          role,
          action: 'Login',
          outcome: 'success',
        });
        req.log?.info({ event: 'login', user: username, role }, 'login');
        const maxAge = deps.sessionTtlSeconds * 1000;
        res.cookie(SESSION_COOKIE, token, { ...cookieOptions(req), maxAge });
        return describe(claims);
      },
    },
    logout: async ({ session: claims, req, res }) => {
      if (claims !== undefined) {
        checkCsrf(deps.tokens, req, res);
        await deps.audit.record({
          time: new Date().toISOString(),
          user: claims.user,
          role: claims.role,
          action: 'Logout',
          outcome: 'success',
        });
      }
      res.clearCookie(SESSION_COOKIE, cookieOptions(req));
    },
  };
}
