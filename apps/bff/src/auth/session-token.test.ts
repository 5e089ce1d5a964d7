import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD_COST, hashPassword, needsRehash, verifyPassword } from './password.ts';
import { SessionTokens } from './session-token.ts';

describe('SessionTokens', () => {
  const secret = 'a'.repeat(32);
  it('mints opaque session IDs and derives a stable CSRF token per session', () => {
    const tokens = new SessionTokens(secret, 60);
    const { token, claims } = tokens.issue('alice', 'operator');
    expect(tokens.sidOf(token)).toBe(claims.sid);
    // Opaque: nothing of the user or the role is in the cookie.
    expect(token).not.toContain(Buffer.from('alice').toString('base64url').slice(0, 5));
    expect(token.split('.')[0]).toBe(claims.sid);
    const csrf = tokens.csrfToken(claims);
    expect(tokens.checkCsrf(claims, csrf)).toBe(true);
    expect(tokens.checkCsrf(claims, undefined)).toBe(false);
    expect(tokens.checkCsrf(claims, `${csrf}x`)).toBe(false);
    const other = tokens.issue('alice', 'operator').claims;
    expect(tokens.checkCsrf(other, csrf)).toBe(false);
  });

  it('refuses tampered cookies, other secrets and the other mode', () => {
    const tokens = new SessionTokens(secret, 60);
    const { token } = tokens.issue('bob', 'auditor');
    const [sid, sig] = token.split('.');
    const otherSid = tokens.issue('bob', 'auditor').claims.sid;
    expect(tokens.sidOf(`${otherSid}.${sig}`)).toBeUndefined();
    expect(tokens.sidOf(`${sid}.${sig}x`)).toBeUndefined();
    expect(new SessionTokens('b'.repeat(32), 60).sidOf(token)).toBeUndefined();
    // Same secret, demo mode: a demo cookie is not a real instance's cookie, nor its CSRF token.
    const demo = new SessionTokens(secret, 60, Date.now, 'demo');
    const demoIssued = demo.issue('bob', 'operator');
    expect(tokens.sidOf(demoIssued.token)).toBeUndefined();
    expect(tokens.checkCsrf(demoIssued.claims, demo.csrfToken(demoIssued.claims))).toBe(false);
    expect(tokens.sidOf('garbage')).toBeUndefined();
    expect(tokens.sidOf(undefined)).toBeUndefined();
  });
});

describe('scrypt passwords', () => {
  it('verifies the right password only, with a fresh salt each time, at OWASP cost', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('wrong', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
    expect(needsRehash(a)).toBe(false);
  }, 20_000);

  it('still verifies weaker hashes, and says they need a rehash', async () => {
    const old = await hashPassword('correct horse', { n: 16384, r: 8, p: 1 });
    expect(await verifyPassword('correct horse', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(await hashPassword('operator', DEMO_PASSWORD_COST))).toBe(true);
    // A typo that would ask scrypt for gigabytes is a hash that never matches.
    expect(await verifyPassword('x', old.replace('$16384$', '$1073741824$'))).toBe(false);
  });
});
