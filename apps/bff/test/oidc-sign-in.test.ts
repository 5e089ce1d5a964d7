import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Session, SignInOptions } from '@gc/contracts';
import { SessionTokens } from '../src/auth/session-token.ts';
import type { OidcConfig } from '../src/auth/oidc/oidc-config.ts';
import { startTestIdp, type TestIdp } from '../src/auth/oidc/test-idp.fixture.ts';
import { startAuditHarness, type AuditHarness } from './audit-harness.ts';
import { FlowBrowser } from './oidc-browser.ts';

const SECRET = 'test-secret-test-secret-test-secret!';
let idp: TestIdp;
let h: AuditHarness;

const oidcConfig = (issuer: string): OidcConfig => ({
  issuer: new URL(issuer),
  clientId: 'gateway-console',
  clientSecret: 'a-client-secret-for-tests',
  roleClaim: 'groups',
  operatorValues: ['ops', 'netadmins'],
  auditorValues: ['auditors'],
  name: 'Test IdP',
  scopes: 'openid profile email groups',
});

beforeAll(async () => {
  idp = await startTestIdp();
  h = await startAuditHarness({
    sessionSecret: SECRET,
    signIn: { localLogin: false, oidc: oidcConfig(idp.issuer) },
  });
  idp.register([
    {
      clientId: 'gateway-console',
      clientSecret: 'a-client-secret-for-tests',
      redirectUri: `${h.url}/api/auth/oidc/callback`,
      postLogoutRedirectUri: `${h.url}/login`,
    },
  ]);
});
afterAll(async () => {
  await h.close();
  await idp.close();
});

/** The session of a browser's cookie, as the SPA would read it. */
async function sessionOf(b: FlowBrowser): Promise<{ status: number; body: Session }> {
  const res = await fetch(`${h.url}/api/session`, { headers: { cookie: b.cookieHeader() } });
  return { status: res.status, body: (await res.json()) as Session };
}

async function signIn(login: string) {
  const b = new FlowBrowser();
  const landed = await b.go(await b.toCallback(h.url, login));
  return { b, landed };
}

const logins = async (subject: string): Promise<AuditEntry[]> =>
  (await h.store.query({ action: 'Login' })).items.filter((e) => e.subject === subject);

describe('single sign-on through a real OIDC provider (code flow, PKCE, state, nonce)', () => {
  it('offers only the provider when local sign-in is off, and refuses the local form', async () => {
    const options = (await (await fetch(`${h.url}/api/auth/options`)).json()) as SignInOptions;
    expect(options).toEqual({ local: false, oidc: { name: 'Test IdP', endSession: true } });
    const res = await h.agent().login('operator');
    expect(res.status).toBe(403);
  });

  it('maps the auditors group to a read-only session with the IdP identity, audited', async () => {
    const { b, landed } = await signIn('alice');
    expect(landed).toMatchObject({ status: 303, location: `${h.url}/` });
    const s = await sessionOf(b);
    expect(s.body).toMatchObject({
      user: 'oidc:alice',
      role: 'auditor',
      sso: { subject: 'a1ce-0001', displayName: 'Alice Auditor' },
    });
    const create = await fetch(`${h.url}/api/regions/cn-hangzhou/nat-gateways`, {
      method: 'POST',
      headers: { cookie: b.cookieHeader(), 'x-csrf-token': s.body.csrfToken },
    });
    expect(create.status).toBe(403);
    const [login] = await logins('a1ce-0001');
    expect(login).toMatchObject({
      user: 'oidc:alice',
      role: 'auditor',
      displayName: 'Alice Auditor',
      outcome: 'success',
    });
  });

  it('maps an operators group to the operator role; logout ends the session and offers the IdP logout', async () => {
    const { b } = await signIn('oscar');
    const s = await sessionOf(b);
    expect(s.body).toMatchObject({ user: 'oidc:oscar', role: 'operator' });
    const out = await fetch(`${h.url}/api/session`, {
      method: 'DELETE',
      headers: { cookie: b.cookieHeader(), 'x-csrf-token': s.body.csrfToken },
    });
    expect(out.status).toBe(204);
    expect((await sessionOf(b)).status).toBe(401);
    const idpLogout = await b.go(`${h.url}/api/auth/oidc/logout`);
    const end = new URL(idpLogout.location ?? '');
    expect(`${end.origin}${end.pathname}`).toBe(`${idp.issuer}/session/end`);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${h.url}/login`);
    const trail = (await h.store.query({})).items.filter((e) => e.subject === '05ca-0002');
    expect(trail.map((e) => e.action).sort()).toEqual(['Login', 'Logout']);
  });

  it('refuses a user whose groups map to no role, with a reason for the login page', async () => {
    const { b, landed } = await signIn('nina');
    expect(landed.location).toBe(`${h.url}/login?sso=no-role`);
    expect((await sessionOf(b)).status).toBe(401);
    const [refused] = await logins('0a1a-0003');
    expect(refused).toMatchObject({ outcome: 'failure', errorCode: 'NoMatchingRole' });
    expect(refused?.role).toBeUndefined();
  });

  it("refuses a callback whose state is not this browser's (login CSRF)", async () => {
    const victim = new FlowBrowser();
    await victim.go(`${h.url}/api/auth/oidc/login`); // the victim's own transaction cookie
    const attacker = new FlowBrowser();
    const attackersCallback = await attacker.toCallback(h.url, 'oscar');
    const landed = await victim.go(attackersCallback);
    expect(landed.location).toBe(`${h.url}/login?sso=failed`);
    expect((await sessionOf(victim)).status).toBe(401);
  });

  it('checks the nonce: the same code with any other nonce is refused', async () => {
    const b = new FlowBrowser();
    const callback = await b.toCallback(h.url, 'alice');
    // Re-seal the transaction with another nonce (the harness's secret; the demo mode's MAC).
    const tokens = new SessionTokens(SECRET, 3600, Date.now, 'demo');
    const data = tokens.unseal('oidc-tx', b.jar.get('gc_oidc'));
    expect(data).toBeDefined();
    const tx = JSON.parse(Buffer.from(data ?? '', 'base64url').toString()) as { nonce: string };
    const forged = Buffer.from(JSON.stringify({ ...tx, nonce: 'another-nonce' })).toString(
      'base64url',
    );
    b.jar.set('gc_oidc', tokens.seal('oidc-tx', forged));
    const landed = await b.go(callback);
    expect(landed.location).toBe(`${h.url}/login?sso=failed`);
    expect((await sessionOf(b)).status).toBe(401);
    const failed = h.logs.filter((l) => l.includes('single sign-on failed')).at(-1);
    const logged = JSON.parse(failed ?? '{}') as { err?: { message?: string } };
    expect(logged.err?.message).toMatch(/unexpected ID Token "nonce" claim value/);
  });
});
