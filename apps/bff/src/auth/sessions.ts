import type { Role } from '@gc/contracts';
import type { SessionStore } from './session-store.ts';
import { sessionIdHash, type SessionClaims, type SessionTokens } from './session-token.ts';
import type { UserStore } from './user-store.ts';

/** The fingerprint of every single sign-on session: there is no local record to follow. */
export const SSO_FINGERPRINT = 'sso';

/** How long sessions live: an absolute lifetime and an idle timeout, both in seconds. */
export interface SessionPolicy {
  ttlSeconds: number;
  idleSeconds: number;
}

/**
 * Revocable server-side sessions (issue 15, H3). The cookie carries only an opaque, MAC'd ID;
 * the row in the shared store decides: gone (logout, sign out everywhere, pruned), past its
 * absolute end, idle too long, issued by another mode, or minted for an older version of the
 * user's record (password, role, removal) means no session.
 */
export class Sessions {
  constructor(
    private readonly store: SessionStore,
    readonly tokens: SessionTokens,
    private readonly users: UserStore,
    readonly policy: SessionPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Starts a session for a user who just logged in; answers the cookie value and the claims.
   * `sso` marks a single sign-on session: the identity provider vouched for the user and role.
   */
  async start(
    user: string,
    role: Role,
    fingerprint: string,
    sso?: SessionClaims['sso'],
  ): Promise<{ cookie: string; claims: SessionClaims }> {
    const now = this.now();
    // Logins are rare next to reads: a good moment to drop what has ended.
    await this.store.prune(now, now - this.policy.idleSeconds * 1000);
    const issued = this.tokens.issue(user, role);
    const claims: SessionClaims = sso ? { ...issued.claims, sso } : issued.claims;
    await this.store.create({
      ...(sso ? { sso } : {}),
      idHash: sessionIdHash(claims.sid),
      user,
      role,
      fingerprint,
      mode: this.tokens.mode,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: claims.exp * 1000,
    });
    return { cookie: issued.token, claims };
  }

  // Cookie → its ID and store key: both pure functions of the cookie and the secret (an HMAC
  // and a SHA-256), so remembering them changes no decision; the store row is read every time.
  private readonly keys = new Map<string, { sid: string; idHash: string }>();

  private keysOf(cookie: string | undefined): { sid: string; idHash: string } | undefined {
    if (!cookie) return undefined;
    const known = this.keys.get(cookie);
    if (known !== undefined) return known;
    const sid = this.tokens.sidOf(cookie);
    if (sid === undefined) return undefined;
    // Bounded: a flood of valid cookies (logins) empties it rather than growing it.
    if (this.keys.size >= 1024) this.keys.clear();
    const keys = { sid, idHash: sessionIdHash(sid) };
    this.keys.set(cookie, keys);
    return keys;
  }

  /** The live session a cookie names, its idle clock restarted; undefined for anything else. */
  async resolve(cookie: string | undefined): Promise<SessionClaims | undefined> {
    const keys = this.keysOf(cookie);
    if (keys === undefined) return undefined;
    const { sid, idHash } = keys;
    const row = await this.store.find(idHash);
    if (row === undefined) return undefined;
    const now = this.now();
    const idleMs = this.policy.idleSeconds * 1000;
    // Single sign-on users have no record here: the provider decided at login, and the session's
    // lifetime bounds how long that decision holds.
    const fingerprint =
      row.sso === undefined ? await this.users.fingerprintOf(row.user) : SSO_FINGERPRINT;
    if (
      row.mode !== this.tokens.mode ||
      row.expiresAt <= now ||
      row.lastSeenAt + idleMs <= now ||
      fingerprint !== row.fingerprint
    ) {
      // Deleted, not just refused: flipping a role back in the file must not revive it.
      await this.store.remove(idHash);
      return undefined;
    }
    // One write per minute (or per tenth of the idle timeout) at most, not one per request.
    if (now - row.lastSeenAt >= Math.min(60_000, idleMs / 10)) await this.store.touch(idHash, now);
    const claims = { user: row.user, role: row.role, sid, exp: Math.floor(row.expiresAt / 1000) };
    return row.sso === undefined ? claims : { ...claims, sso: row.sso };
  }

  /** Ends one session (logout). */
  async end(claims: SessionClaims): Promise<void> {
    await this.store.remove(sessionIdHash(claims.sid));
  }

  /** Ends every session of a user, on every instance (sign out everywhere); answers how many. */
  async endAllFor(user: string): Promise<number> {
    return this.store.removeUser(user);
  }
}
