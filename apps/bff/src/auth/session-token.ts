import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { roleSchema, type Role } from '@gc/contracts';

/** What a session cookie carries: no server-side state, so any BFF instance can verify it. */
export interface SessionClaims {
  user: string;
  role: Role;
  /** Random per login: the CSRF token is derived from it. */
  sid: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const claimsSchema = z.object({
  user: z.string().min(1),
  role: roleSchema,
  sid: z.string().min(16),
  exp: z.number().int(),
});

function mac(secret: string, purpose: string, data: string): Buffer {
  return createHmac('sha256', secret).update(`${purpose}\n${data}`).digest();
}

function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Signs and checks session cookies and CSRF tokens with one secret (HMAC-SHA256). */
export class SessionTokens {
  constructor(
    private readonly secret: string,
    private readonly ttlSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** A fresh session for a user who just logged in. */
  issue(user: string, role: Role): { token: string; claims: SessionClaims } {
    const claims: SessionClaims = {
      user,
      role,
      sid: randomBytes(18).toString('base64url'),
      exp: Math.floor(this.now() / 1000) + this.ttlSeconds,
    };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    const sig = mac(this.secret, 'session', payload).toString('base64url');
    return { token: `${payload}.${sig}`, claims };
  }

  /** The claims of a valid, unexpired token; undefined for anything else. */
  verify(token: string | undefined): SessionClaims | undefined {
    if (!token) return undefined;
    const [payload, sig, ...rest] = token.split('.');
    if (!payload || !sig || rest.length > 0) return undefined;
    if (!safeEqual(Buffer.from(sig, 'base64url'), mac(this.secret, 'session', payload))) {
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return undefined;
    }
    const claims = claimsSchema.safeParse(json);
    if (!claims.success || claims.data.exp * 1000 <= this.now()) return undefined;
    return claims.data;
  }

  /** The CSRF token of a session: an HMAC of its id, so it needs no storage either. */
  csrfToken(claims: SessionClaims): string {
    return mac(this.secret, 'csrf', claims.sid).toString('base64url');
  }

  /** True when `token` is the CSRF token of this session. */
  checkCsrf(claims: SessionClaims, token: string | undefined): boolean {
    if (!token) return false;
    return safeEqual(Buffer.from(token, 'base64url'), mac(this.secret, 'csrf', claims.sid));
  }
}
