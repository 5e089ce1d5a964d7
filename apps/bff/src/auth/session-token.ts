import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '@gc/contracts';

/** Which kind of instance issued a session: a demo cookie is never valid on a real instance. */
export type SessionMode = 'demo' | 'real';

/** What a request's session is: the row of the session store, seen through its opaque ID. */
export interface SessionClaims {
  user: string;
  role: Role;
  /** The opaque session ID (random per login): the store key and the CSRF token derive from it. */
  sid: string;
  /** Absolute expiry, seconds since the epoch. */
  exp: number;
  /** Single sign-on: the identity provider's subject and display name (audited with the user). */
  sso?: { subject: string; displayName: string };
}

const SID = /^[\w-]{24}$/;

function mac(secret: string, purpose: string, data: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}\n${data}`).digest();
}

function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The store key of a session ID: a read of the store yields no usable cookie. */
export function sessionIdHash(sid: string): string {
  return createHash('sha256').update(sid).digest('base64url');
}

/**
 * Mints session IDs and the cookie values and CSRF tokens bound to them (HMAC-SHA256). The cookie
 * is `<sid>.<mac>` with the mode in the MAC's purpose, so a cookie of a demo instance, or of any
 * other secret, is refused before the store is asked. Revocation lives in the store, not here.
 */
export class SessionTokens {
  constructor(
    private readonly secret: string,
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
    readonly mode: SessionMode = 'real',
  ) {}

  /** A fresh session ID and its cookie value for a user who just logged in. */
  issue(user: string, role: Role): { token: string; claims: SessionClaims } {
    const sid = randomBytes(18).toString('base64url');
    const claims: SessionClaims = {
      user,
      role,
      sid,
      exp: Math.floor(this.now() / 1000) + this.ttlSeconds,
    };
    return { token: this.cookieValue(sid), claims };
  }

  /** The cookie value of a session ID. */
  cookieValue(sid: string): string {
    return `${sid}.${mac(this.secret, `session:${this.mode}`, sid).toString('base64url')}`;
  }

  /** The session ID of a cookie this instance signed; undefined for anything else. */
  sidOf(token: string | undefined): string | undefined {
    if (!token) return undefined;
    const [sid, sig, ...rest] = token.split('.');
    if (!sid || !sig || rest.length > 0 || !SID.test(sid)) return undefined;
    const expected = mac(this.secret, `session:${this.mode}`, sid);
    return safeEqual(Buffer.from(sig, 'base64url'), expected) ? sid : undefined;
  }

  /** The CSRF token of a session: an HMAC of its ID, so it is bound to that one session. */
  csrfToken(claims: SessionClaims): string {
    return mac(this.secret, `csrf:${this.mode}`, claims.sid).toString('base64url');
  }

  /** `data` with a MAC for another purpose under the same secret, so any instance can open it. */
  seal(purpose: string, data: string): string {
    return `${data}.${mac(this.secret, `${purpose}:${this.mode}`, data).toString('base64url')}`;
  }

  /** The data of a {@link SessionTokens.seal}ed value, or undefined when it was not sealed here. */
  unseal(purpose: string, sealed: string | undefined): string | undefined {
    const dot = sealed?.lastIndexOf('.') ?? -1;
    if (sealed === undefined || dot < 1) return undefined;
    const data = sealed.slice(0, dot);
    const expected = mac(this.secret, `${purpose}:${this.mode}`, data);
    return safeEqual(Buffer.from(sealed.slice(dot + 1), 'base64url'), expected) ? data : undefined;
  }

  /** True when `token` is the CSRF token of this session. */
  checkCsrf(claims: SessionClaims, token: string | undefined): boolean {
    if (!token) return false;
    return safeEqual(
      Buffer.from(token, 'base64url'),
      mac(this.secret, `csrf:${this.mode}`, claims.sid),
    );
  }
}
