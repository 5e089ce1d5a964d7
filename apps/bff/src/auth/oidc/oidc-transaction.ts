import type { CookieOptions, Request, Response } from 'express';
import { parse as parseCookie } from 'cookie';
import type { SessionTokens } from '../session-token.ts';
import type { OidcTransaction } from './oidc-client.ts';

const COOKIE = 'gc_oidc';
const PURPOSE = 'oidc-tx';
/** A sign-in left unfinished this long is void (the provider's login page may take a while). */
const TTL_MS = 10 * 60_000;

const options = (req: Request): CookieOptions => ({
  httpOnly: true,
  // Lax, not Strict: the callback is a top-level navigation coming from the provider's site.
  sameSite: 'lax',
  secure: req.secure,
  path: '/api/auth/oidc',
});

/**
 * Keeps state, nonce and PKCE verifier in a cookie sealed with the session secret, so the
 * callback may reach any instance and nothing is stored server-side for anonymous visitors.
 */
export function saveTransaction(
  tokens: SessionTokens,
  req: Request,
  res: Response,
  tx: OidcTransaction,
): void {
  const data = Buffer.from(JSON.stringify({ ...tx, exp: Date.now() + TTL_MS })).toString(
    'base64url',
  );
  res.cookie(COOKIE, tokens.seal(PURPOSE, data), { ...options(req), maxAge: TTL_MS });
}

/** The transaction this browser started (cleared: a callback is used once), or undefined. */
export function takeTransaction(
  tokens: SessionTokens,
  req: Request,
  res: Response,
): OidcTransaction | undefined {
  const sealed = parseCookie(req.headers.cookie ?? '')[COOKIE];
  res.clearCookie(COOKIE, options(req));
  const data = tokens.unseal(PURPOSE, sealed);
  if (data === undefined) return undefined;
  const tx = JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as OidcTransaction & {
    exp: number;
  };
  if (!(tx.exp > Date.now())) return undefined;
  const { state, nonce, verifier, redirectUri } = tx;
  return { state, nonce, verifier, redirectUri };
}
