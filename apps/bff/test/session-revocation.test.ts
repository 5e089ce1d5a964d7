import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describePostgres,
  dropSchemas,
  freshSchemaName,
} from '../src/audit/pg-test-url.fixture.ts';
import type { SharedAuthStore } from '../src/auth/create-session-store.ts';
import { hashPassword } from '../src/auth/password.ts';
import { PostgresSessionStore } from '../src/auth/postgres-session-store.ts';
import { SqliteSessionStore } from '../src/auth/sqlite-session-store.ts';
import { createFileUserStore } from '../src/auth/user-store.ts';
import { readUsersFile, writeUsersFile } from '../src/auth/users-file.ts';
import type { Agent } from './harness.ts';
import { startHarness, type Harness } from './harness.ts';

// Issue 15, H2 and H3, through HTTP: the cookie a browser holds stops working at once.
const SECRET = 'the-same-secret-on-every-instance-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'gc-revocation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Replays a cookie from a fresh client: what an attacker holding a stolen cookie would do. */
function replay(h: Harness, from: Agent): Agent {
  const a = h.agent();
  a.cookie = from.cookie;
  a.csrfToken = from.csrfToken;
  return a;
}

function revocationSuite(openStore: () => Promise<SharedAuthStore>) {
  let store: SharedAuthStore;
  let real: Harness;
  let demo: Harness;
  let file = '';
  let clock = Date.now();
  const setPassword = async (user: string, password: string, role: 'operator' | 'auditor') => {
    const data = await readUsersFile(file);
    data.users[user] = { role, passwordHash: await hashPassword(password) };
    await writeUsersFile(file, data);
  };

  beforeAll(async () => {
    store = await openStore();
    file = join(mkdtempSync(join(dir, 'users-')), 'users.json');
    await writeUsersFile(file, { version: 1, users: {} });
    await setPassword('operator', 'real-operator-pw', 'operator');
    await setPassword('alice', 'alice-password', 'operator');
    await setPassword('bob', 'bob-password-1', 'auditor');
    const now = () => clock;
    const users = createFileUserStore(file);
    real = await startHarness({
      users,
      demo: false,
      sessionSecret: SECRET,
      sessionStore: store,
      now,
    });
    // A demo on the same host, sharing the database and (misconfigured) the secret.
    demo = await startHarness({ sessionSecret: SECRET, sessionStore: store, now });
  }, 60_000);
  afterAll(async () => {
    await real.close();
    await demo.close();
    await store.close();
  });

  it('logout ends the session: the old cookie gets 401 on the next read and change', async () => {
    const a = real.agent();
    expect((await a.login('alice', 'alice-password')).status).toBe(200);
    const stolen = replay(real, a);
    expect((await stolen.get('/api/regions')).status).toBe(200);
    expect((await a.request('DELETE', '/api/session')).status).toBe(204);
    expect((await stolen.get('/api/regions')).status).toBe(401);
    const patch = await stolen.request('PATCH', '/api/regions/cn-hangzhou/nat-gateways/ngw-x', {
      body: { name: 'after-logout' },
    });
    expect(patch.status).toBe(401);
  });

  it('a password change, a role change and removal end the sessions of that user', async () => {
    const a = real.agent();
    await a.login('bob', 'bob-password-1');
    await setPassword('bob', 'bob-password-2', 'auditor');
    expect((await a.get('/api/session')).status).toBe(401);
    const b = real.agent();
    expect((await b.login('bob', 'bob-password-2')).status).toBe(200);
    const data = await readUsersFile(file);
    const bob = data.users.bob;
    if (bob === undefined) throw new Error('bob missing');
    data.users.bob = { ...bob, role: 'operator' };
    await writeUsersFile(file, data);
    expect((await b.get('/api/session')).status).toBe(401);
    // Flipping the role back does not revive the session.
    data.users.bob = bob;
    await writeUsersFile(file, data);
    expect((await b.get('/api/session')).status).toBe(401);
    const c = real.agent();
    expect((await c.login('bob', 'bob-password-2')).status).toBe(200);
    delete data.users.bob;
    await writeUsersFile(file, data);
    expect((await c.get('/api/session')).status).toBe(401);
  }, 30_000);

  it('a demo cookie gets 401 on a real instance, even with the same secret, store and username', async () => {
    const d = demo.agent();
    expect((await d.login('operator', 'operator')).body).toMatchObject({ demo: true });
    expect((await d.get('/api/session')).status).toBe(200);
    const onReal = replay(real, d);
    expect((await onReal.get('/api/session')).status).toBe(401);
    expect((await onReal.get('/api/regions')).status).toBe(401);
    // And the other way round.
    const r = real.agent();
    await r.login('operator', 'real-operator-pw');
    expect((await replay(demo, r).get('/api/session')).status).toBe(401);
  });

  it('an idle session ends after the idle timeout (30 min by default)', async () => {
    const a = real.agent();
    await a.login('alice', 'alice-password');
    clock += 29 * 60_000;
    expect((await a.get('/api/session')).status).toBe(200);
    clock += 29 * 60_000;
    expect((await a.get('/api/session')).status).toBe(200);
    clock += 30 * 60_000;
    expect((await a.get('/api/session')).status).toBe(401);
  });

  it('sign out everywhere ends every session of the user (CSRF required), no one else', async () => {
    const a1 = real.agent();
    const a2 = real.agent();
    const other = real.agent();
    await a1.login('alice', 'alice-password');
    await a2.login('alice', 'alice-password');
    await other.login('operator', 'real-operator-pw');
    expect((await a1.request('DELETE', '/api/sessions', { csrf: false })).status).toBe(403);
    const out = await a1.request('DELETE', '/api/sessions');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/gc_session=;/);
    expect((await a1.get('/api/session')).status).toBe(401);
    expect((await a2.get('/api/session')).status).toBe(401);
    expect((await other.get('/api/session')).status).toBe(200);
    expect((await real.agent().request('DELETE', '/api/sessions')).status).toBe(401);
    const trail = real.logs.join('\n');
    expect(trail).toContain('"event":"logout_everywhere"');
  }, 30_000);
}

describe('revocable sessions on SQLite', () => {
  revocationSuite(async () => new SqliteSessionStore({ path: join(dir, 'audit.sqlite') }));
});

describePostgres('revocable sessions on PostgreSQL', (url) => {
  const schema = freshSchemaName();
  afterAll(() => dropSchemas(url, [schema]));
  revocationSuite(() => PostgresSessionStore.open({ url, schema }));
});

describe('cookies and throttling', () => {
  it('names the cookie __Host- when Secure (behind a trusted TLS proxy)', async () => {
    const p = await startHarness({ trustProxy: ['loopback'] });
    try {
      const a = p.agent();
      const res = await a.request('POST', '/api/session', {
        body: { username: 'operator', password: 'operator' },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(res.headers.get('set-cookie')).toMatch(/^__Host-gc_session=[\w-]+\.[\w-]+;.*Secure/);
      expect(res.headers.get('set-cookie')).toMatch(/Path=\//);
      expect(res.headers.get('set-cookie')).not.toMatch(/Domain=/i);
      const me = await a.get('/api/session', { headers: { 'x-forwarded-proto': 'https' } });
      expect(me.status).toBe(200);
    } finally {
      await p.close();
    }
  });

  it('throttles 60 usernames from one address, with Retry-After, and it survives a restart', async () => {
    const store = new SqliteSessionStore({ path: join(dir, 'throttle.sqlite') });
    const limits = { windowMs: 15 * 60_000, limit: 10 };
    const first = await startHarness({ sessionStore: store, loginRateLimit: limits });
    const statuses: number[] = [];
    try {
      for (let i = 0; i < 60; i += 1) {
        statuses.push((await first.agent().login(`guess${i}`, 'wrong-password')).status);
      }
    } finally {
      await first.close();
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(30);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    const second = await startHarness({ sessionStore: store, loginRateLimit: limits });
    try {
      const res = await second.agent().login('guess61', 'wrong-password');
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      // The right password does not get through a full counter either.
      expect((await second.agent().login('operator')).status).toBe(429);
    } finally {
      await second.close();
      await store.close();
    }
  }, 30_000);
});
