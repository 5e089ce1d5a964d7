import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../src/app.ts';
import { parseTrustProxy, type TrustProxy } from '../src/trust-proxy.ts';
import { startAuditHarness, type AuditHarness } from './audit-harness.ts';

/** BFF_TRUST_PROXY as the config parses it. */
function trust(raw: string): TrustProxy {
  const r = parseTrustProxy(raw);
  if (!r.ok) throw new Error(r.problem);
  return r.value;
}

const CALLER = /^(::ffff:)?127\.0\.0\.1$/;

async function withHarness(
  overrides: Partial<AppDeps>,
  fn: (h: AuditHarness) => Promise<void>,
): Promise<void> {
  const h = await startAuditHarness(overrides);
  try {
    await fn(h);
  } finally {
    await h.close();
  }
}

/** A failed login carrying `headers`; returns the IP its audit entry recorded. */
async function failedLoginIp(h: AuditHarness, headers: Record<string, string>) {
  const res = await h.agent().request('POST', '/api/session', {
    body: { username: 'operator', password: 'not-the-password' },
    headers,
  });
  expect(res.status).toBe(401);
  const { items } = await h.store.query({ action: 'Login', outcome: 'failure' });
  return items[0]?.ip;
}

/** Failed logins of four usernames, each "from" its own forwarded address: the fourth's status. */
async function fourthFailure(h: AuditHarness): Promise<number> {
  const fail = (i: number) =>
    h.agent().request('POST', '/api/session', {
      body: { username: `user${i}`, password: 'bad' },
      headers: { 'x-forwarded-for': `203.0.113.${i}` },
    });
  for (let i = 0; i < 3; i += 1) expect((await fail(i)).status).toBe(401);
  return (await fail(3)).status;
}

const limits = { loginRateLimit: { windowMs: 60_000, limit: 100, addressLimit: 3 } };

describe('behind one proxy (BFF_TRUST_PROXY=1)', () => {
  it('takes the client IP from the last X-Forwarded-For hop, and marks cookies Secure', () =>
    withHarness({ trustProxy: trust('1') }, async (h) => {
      // A client-written first entry is kept by the proxy: only the hop it appended counts.
      const ip = await failedLoginIp(h, { 'x-forwarded-for': '198.51.100.9, 203.0.113.7' });
      expect(ip).toBe('203.0.113.7');
      const res = await h.agent().request('POST', '/api/session', {
        body: { username: 'operator', password: 'operator' },
        headers: { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(/^__Host-gc_session=.*; Secure/);
    }));

  it('counts failed logins per forwarded address', () =>
    withHarness({ trustProxy: trust('1'), ...limits }, async (h) => {
      expect(await fourthFailure(h)).toBe(401);
    }));
});

describe('no trusted proxy (default)', () => {
  it('ignores X-Forwarded-For and -Proto in the audit entry and the cookie', () =>
    withHarness({}, async (h) => {
      expect(await failedLoginIp(h, { 'x-forwarded-for': '203.0.113.7' })).toMatch(CALLER);
      const res = await h.agent().request('POST', '/api/session', {
        body: { username: 'operator', password: 'operator' },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.headers.get('set-cookie')).toMatch(/^gc_session=/);
      expect(res.headers.get('set-cookie')).not.toMatch(/Secure/);
    }));

  it('throttles by the socket address whatever X-Forwarded-For says', () =>
    withHarness(limits, async (h) => {
      expect(await fourthFailure(h)).toBe(429);
    }));
});

describe('a list of proxies', () => {
  it('ignores X-Forwarded-* from a caller outside the listed CIDRs', () =>
    withHarness({ trustProxy: trust('10.0.0.0/8, fd00::/8') }, async (h) => {
      expect(await failedLoginIp(h, { 'x-forwarded-for': '203.0.113.7' })).toMatch(CALLER);
      const res = await h.agent().request('POST', '/api/session', {
        body: { username: 'operator', password: 'operator' },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.headers.get('set-cookie')).not.toMatch(/Secure/);
    }));

  it('believes a caller inside them', () =>
    withHarness({ trustProxy: trust('10.0.0.0/8, 127.0.0.1/32') }, async (h) => {
      expect(await failedLoginIp(h, { 'x-forwarded-for': '203.0.113.7' })).toBe('203.0.113.7');
    }));
});
