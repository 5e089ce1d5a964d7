import type { Request, Response } from 'express';
import { signInRoutes, type SsoFailure } from '@gc/contracts';
import { auditIdentity } from '../../audit/audited.ts';
import { NotFoundError } from '../../errors.ts';
import type { Handlers } from '../../http/route-handler.ts';
import { currentSession, sessionCookieName } from '../../middleware/session.ts';
import { cookieOptions, type SessionDeps } from '../../routes/session.handlers.ts';
import { SSO_FINGERPRINT } from '../sessions.ts';
import type { OidcClient } from './oidc-client.ts';
import type { OidcIdentity } from './oidc-identity.ts';
import { saveTransaction, takeTransaction } from './oidc-transaction.ts';

/** What single sign-on needs: the session seams and the relying party (absent: OIDC is off). */
export type SignInDeps = SessionDeps & { oidc?: OidcClient };

const origin = (req: Request) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;

function backToLogin(res: Response, reason: SsoFailure): void {
  res.redirect(303, `/login?sso=${reason}`);
}

/** The sign-in options, and the OIDC redirect, callback and logout (browser navigations). */
export function signInHandlers(deps: SignInDeps): Handlers<typeof signInRoutes> {
  const client = (): OidcClient => {
    if (deps.oidc === undefined) throw new NotFoundError('Single sign-on is not configured.');
    return deps.oidc;
  };
  const redirectUri = (req: Request, c: OidcClient) =>
    c.config.redirectUrl ?? `${origin(req)}${signInRoutes.oidcCallback.path}`;

  const refuse = async (req: Request, who: OidcIdentity) => {
    req.log?.warn(
      { event: 'sso_refused', subject: who.subject, claimValues: who.claimValues },
      'single sign-on refused: no claim value maps to a role',
    );
    await deps.audit.record({
      time: new Date().toISOString(),
      user: who.user,
      subject: who.subject,
      displayName: who.displayName,
      action: 'Login',
      outcome: 'failure',
      code: 'NoMatchingRole',
    });
  };

  return {
    options: async ({ req }) => {
      const oidc = deps.oidc;
      // The demo users exist only in demo mode, and only the local form can use them.
      const demo = deps.demo && deps.signIn.localLogin ? { demo: true } : {};
      if (oidc === undefined) return { local: deps.signIn.localLogin, ...demo };
      const endSession = await oidc.endSessionSupported().catch((err: unknown) => {
        req.log?.warn({ err }, 'identity provider discovery failed');
        return false;
      });
      return {
        local: deps.signIn.localLogin,
        ...demo,
        oidc: { name: oidc.config.name, endSession },
      };
    },
    oidcLogin: async ({ req, res }) => {
      const c = client();
      try {
        const { url, tx } = await c.start(redirectUri(req, c));
        saveTransaction(deps.tokens, req, res, tx);
        res.redirect(303, url.href);
      } catch (err) {
        req.log?.warn({ err }, 'identity provider unreachable');
        backToLogin(res, 'unavailable');
      }
    },
    oidcCallback: async ({ req, res }) => {
      const c = client();
      const tx = takeTransaction(deps.tokens, req, res);
      if (tx === undefined) {
        req.log?.warn({ event: 'sso_failed' }, 'single sign-on callback without its transaction');
        return backToLogin(res, 'failed');
      }
      // The URL the provider redirected to, as registered: behind a proxy req's own may differ.
      const callbackUrl = new URL(tx.redirectUri);
      callbackUrl.search = new URL(req.originalUrl, 'http://callback').search;
      let who: OidcIdentity;
      try {
        who = await c.finish(callbackUrl, tx);
      } catch (err) {
        // State, PKCE, nonce, signature or issuer mismatch, or the provider said no.
        req.log?.warn({ err, event: 'sso_failed' }, 'single sign-on failed');
        return backToLogin(res, 'failed');
      }
      if (who.role === undefined) {
        await refuse(req, who);
        return backToLogin(res, 'no-role');
      }
      const previous = currentSession(res);
      if (previous !== undefined) await deps.sessions.end(previous);
      const sso = { subject: who.subject, displayName: who.displayName };
      const { cookie, claims } = await deps.sessions.start(
        who.user,
        who.role,
        SSO_FINGERPRINT,
        sso,
      );
      await deps.audit.record({
        time: new Date().toISOString(),
        ...auditIdentity(claims),
        action: 'Login',
        outcome: 'success',
      });
      req.log?.info({ event: 'login', user: who.user, role: who.role, sso: true }, 'login');
      const maxAge = deps.sessionTtlSeconds * 1000;
      res.cookie(sessionCookieName(req), cookie, { ...cookieOptions(req), maxAge });
      res.redirect(303, '/');
    },
    oidcLogout: async ({ req, res }) => {
      const c = client();
      const back = `${new URL(redirectUri(req, c)).origin}/login`;
      try {
        res.redirect(303, (await c.endSessionUrl(back)).href);
      } catch (err) {
        req.log?.warn({ err }, 'no end-session endpoint at the identity provider');
        res.redirect(303, '/login');
      }
    },
  };
}
