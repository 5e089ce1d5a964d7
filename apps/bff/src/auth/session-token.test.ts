import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';
import { SessionTokens } from './session-token.ts';

describe('SessionTokens', () => {
  const secret = 'a'.repeat(32);
  it('round-trips claims and derives a stable CSRF token per session', () => {
    const tokens = new SessionTokens(secret, 60);
    const { token, claims } = tokens.issue('alice', 'operator');
    expect(tokens.verify(token)).toEqual(claims);
    const csrf = tokens.csrfToken(claims);
    expect(tokens.checkCsrf(claims, csrf)).toBe(true);
    expect(tokens.checkCsrf(claims, undefined)).toBe(false);
    expect(tokens.checkCsrf(claims, `${csrf}x`)).toBe(false);
    const other = tokens.issue('alice', 'operator').claims;
    expect(tokens.checkCsrf(other, csrf)).toBe(false);
  });

  it('refuses tampered, foreign and expired tokens', () => {
    let now = 1_000_000;
    const tokens = new SessionTokens(secret, 60, () => now);
    const { token } = tokens.issue('bob', 'auditor');
    const [payload, sig] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()),
        role: 'operator',
      }),
    ).toString('base64url');
    expect(tokens.verify(`${forged}.${sig}`)).toBeUndefined();
    expect(new SessionTokens('b'.repeat(32), 60).verify(token)).toBeUndefined();
    expect(tokens.verify('garbage')).toBeUndefined();
    expect(tokens.verify(undefined)).toBeUndefined();
    now += 61_000;
    expect(tokens.verify(token)).toBeUndefined();
  });
});

describe('scrypt passwords', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('wrong', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});
