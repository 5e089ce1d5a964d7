import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema, sessionSchema } from '@gc/contracts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ loginRateLimit: { windowMs: 60_000, limit: 3 } });
});
afterAll(() => h.close());

describe('session', () => {
  it('answers 401 without a session', async () => {
    const res = await h.agent().get('/api/session');
    expect(res.status).toBe(401);
    expect(errorBodySchema.parse(res.body).error.code).toBe('Unauthenticated');
  });

  it('logs in with a signed HttpOnly SameSite=Strict cookie and returns the CSRF token', async () => {
    const a = h.agent();
    const res = await a.login('operator');
    expect(res.status).toBe(200);
    const session = sessionSchema.parse(res.body);
    expect(session).toMatchObject({ user: 'operator', role: 'operator', demo: true });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^gc_session=[\w-]+\.[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const again = await a.get('/api/session');
    expect(again.body).toEqual(session);
  });

  it('logs out (CSRF required) and clears the cookie', async () => {
    const a = await h.auditor();
    expect((await a.request('DELETE', '/api/session', { csrf: false })).status).toBe(403);
    const out = await a.request('DELETE', '/api/session');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/gc_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await a.get('/api/session')).status).toBe(401);
  });

  it('refuses a wrong password with 401 and logs the failure without the password', async () => {
    const res = await h.agent().login('auditor', 'not-the-password-42');
    expect(res.status).toBe(401);
    expect(errorBodySchema.parse(res.body).error.code).toBe('InvalidCredentials');
    expect((await h.agent().login('nobody', 'whatever')).status).toBe(401);
    const failed = h.logs.filter((l) => l.includes('login_failed'));
    expect(failed.some((l) => l.includes('"user":"auditor"'))).toBe(true);
    expect(h.logs.join('\n')).not.toContain('not-the-password-42');
  });

  it('validates the login body with field paths', async () => {
    const res = await h.agent().request('POST', '/api/session', { body: { username: '' } });
    expect(res.status).toBe(400);
    const paths = errorBodySchema.parse(res.body).error.fields?.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['username', 'password']));
  });

  it('rate-limits failed logins per IP and username with Retry-After', async () => {
    const a = h.agent();
    for (let i = 0; i < 3; i += 1)
      expect((await a.login('ratelimited', 'bad-password')).status).toBe(401);
    const limited = await a.login('ratelimited', 'bad-password');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(errorBodySchema.parse(limited.body).error.code).toBe('TooManyRequests');
    // Another username from the same address is not locked out.
    expect((await h.agent().login('operator')).status).toBe(200);
  });
});

describe('request handling', () => {
  it('answers its own X-Request-Id whatever the client sends (see request-id.test.ts)', async () => {
    const a = h.agent();
    const mine = await a.get('/api/health', { headers: { 'x-request-id': 'trace-123' } });
    expect(mine.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const bad = await a.get('/api/health', { headers: { 'x-request-id': 'bad id\twith spaces' } });
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers malformed JSON with 400 InvalidInput and big bodies with 413', async () => {
    const a = h.agent();
    const bad = await a.request('POST', '/api/session', { rawBody: '{"username":' });
    expect(bad.status).toBe(400);
    expect(errorBodySchema.parse(bad.body).error.code).toBe('InvalidInput');
    const big = await a.request('POST', '/api/session', {
      body: { username: 'x', password: 'y'.repeat(70 * 1024) },
    });
    expect(big.status).toBe(413);
    expect(errorBodySchema.parse(big.body).error.code).toBe('PayloadTooLarge');
  });

  it('sends a strict CSP and the usual helmet headers', async () => {
    const res = await h.agent().get('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('answers unknown API routes with the error body', async () => {
    const a = await h.operator();
    const res = await a.get('/api/nope');
    expect(res.status).toBe(404);
    expect(errorBodySchema.parse(res.body).error.code).toBe('NotFound');
  });

  it('serves health, readiness and a valid OpenAPI document', async () => {
    const a = h.agent();
    expect((await a.get('/api/health')).body).toEqual({ status: 'ok' });
    const ready = await a.get<{ status: string }>('/api/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ready');
    const doc = await a.get<{ openapi: string; paths: object }>('/api/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.paths).length).toBeGreaterThan(15);
  });
});

describe('behind a proxy', () => {
  it('marks the cookie Secure when X-Forwarded-Proto is https and the proxy is trusted', async () => {
    const p = await startHarness({ trustProxy: ['loopback'] });
    try {
      const res = await p.agent().request('POST', '/api/session', {
        body: { username: 'operator', password: 'operator' },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
    } finally {
      await p.close();
    }
  });
});
