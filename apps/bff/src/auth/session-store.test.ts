import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '@gc/contracts';
import { SqliteAuditStore } from '../audit/sqlite-audit-store.ts';
import { describePostgres, dropSchemas, freshSchemaName } from '../audit/pg-test-url.fixture.ts';
import { LoginThrottle } from './login-throttle.ts';
import { PostgresSessionStore } from './postgres-session-store.ts';
import type { SharedAuthStore } from './create-session-store.ts';
import { SessionTokens, type SessionMode } from './session-token.ts';
import { Sessions } from './sessions.ts';
import { SqliteSessionStore } from './sqlite-session-store.ts';
import type { UserStore } from './user-store.ts';

const SECRET = 'one-secret-shared-by-demo-and-real-0123';
const MIN = 60_000;

/** A users "file" the test edits: a fingerprint per user, as the file store computes them. */
function fakeUsers() {
  const prints = new Map<string, string>([
    ['ann', 'v1'],
    ['bob', 'v1'],
  ]);
  const store: UserStore = {
    authenticate: async () => undefined,
    verify: async () => undefined,
    roleOf: async () => undefined,
    fingerprintOf: async (u) => prints.get(u),
  };
  return { prints, store };
}

/** The contract every session store keeps; `open` gives a store over one shared database. */
function sessionContract(open: () => Promise<SharedAuthStore>) {
  let clock = 1_700_000_000_000;
  const now = () => clock;
  const users = fakeUsers();
  let store: SharedAuthStore;
  const sessionsFor = (mode: SessionMode, s = store) =>
    new Sessions(
      s,
      new SessionTokens(SECRET, 8 * 3600, now, mode),
      users.store,
      {
        ttlSeconds: 8 * 3600,
        idleSeconds: 30 * 60,
      },
      now,
    );
  const login = (s: Sessions, user = 'ann', role: Role = 'operator') =>
    s.start(user, role, users.prints.get(user) ?? '');

  beforeEach(async () => {
    store = await open();
    users.prints.set('ann', 'v1').set('bob', 'v1');
    return () => store.close();
  });

  it('resolves a live session; logout ends it for good', async () => {
    const s = sessionsFor('real');
    const { cookie, claims } = await login(s);
    expect(await s.resolve(cookie)).toEqual(claims);
    await s.end(claims);
    expect(await s.resolve(cookie)).toBeUndefined();
  });

  it('ends sessions idle past the timeout; activity keeps them alive', async () => {
    const s = sessionsFor('real');
    const { cookie } = await login(s);
    for (let i = 0; i < 4; i += 1) {
      clock += 20 * MIN;
      expect(await s.resolve(cookie)).toBeDefined();
    }
    clock += 30 * MIN;
    expect(await s.resolve(cookie)).toBeUndefined();
  });

  it('ends sessions at their absolute lifetime, however active', async () => {
    const s = sessionsFor('real');
    const { cookie } = await login(s);
    for (let i = 0; i < 16; i += 1) {
      clock += 29 * MIN;
      await s.resolve(cookie);
    }
    clock += 17 * MIN; // 8 h 1 min after the login
    expect(await s.resolve(cookie)).toBeUndefined();
  });

  it('ends the sessions of a changed or removed user, and a change back does not revive them', async () => {
    const s = sessionsFor('real');
    const first = await login(s);
    users.prints.set('ann', 'v2');
    expect(await s.resolve(first.cookie)).toBeUndefined();
    users.prints.set('ann', 'v1');
    expect(await s.resolve(first.cookie)).toBeUndefined();
    const second = await login(s, 'bob');
    users.prints.delete('bob');
    expect(await s.resolve(second.cookie)).toBeUndefined();
  });

  it('signs out everywhere: every session of that user, no one else', async () => {
    const s = sessionsFor('real');
    const a1 = await login(s);
    const a2 = await login(s);
    const b = await login(s, 'bob');
    expect(await s.endAllFor('ann')).toBe(2);
    expect(await s.resolve(a1.cookie)).toBeUndefined();
    expect(await s.resolve(a2.cookie)).toBeUndefined();
    expect(await s.resolve(b.cookie)).toBeDefined();
  });

  it('never accepts a demo session on a real instance, even with one secret and one store', async () => {
    const demo = sessionsFor('demo');
    const real = sessionsFor('real');
    const { cookie } = await login(demo);
    expect(await demo.resolve(cookie)).toBeDefined();
    expect(await real.resolve(cookie)).toBeUndefined();
  });

  it('keeps sessions and login counters across a reopen (a restart, another instance)', async () => {
    const { cookie } = await login(sessionsFor('real'));
    const throttle = new LoginThrottle(store, { windowMs: 15 * MIN, limit: 2 }, now);
    await throttle.failed('ann', '10.0.0.1');
    await throttle.failed('ann', '10.0.0.2');
    const other = await open();
    try {
      expect(await sessionsFor('real', other).resolve(cookie)).toBeDefined();
      const again = new LoginThrottle(other, { windowMs: 15 * MIN, limit: 2 }, now);
      const refused = await again.check('ANN', '10.0.0.3').catch((e: unknown) => e);
      expect(refused).toMatchObject({ status: 429, extra: { retryAfterSeconds: 900 } });
      clock += 15 * MIN;
      await expect(again.check('ann', '10.0.0.3')).resolves.toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it('throttles one address across many usernames; a good login clears only its username', async () => {
    const throttle = new LoginThrottle(
      store,
      { windowMs: 15 * MIN, limit: 5, addressLimit: 30 },
      now,
    );
    for (let i = 0; i < 30; i += 1) {
      await throttle.check(`user${i}`, '192.0.2.7');
      await throttle.failed(`user${i}`, '192.0.2.7');
    }
    await expect(throttle.check('user99', '192.0.2.7')).rejects.toMatchObject({ status: 429 });
    await expect(throttle.check('user99', '192.0.2.8')).resolves.toBeUndefined();
    for (let i = 0; i < 5; i += 1) await throttle.failed('carol', '198.51.100.1');
    await expect(throttle.check('carol', '198.51.100.2')).rejects.toMatchObject({ status: 429 });
    await throttle.succeeded('carol');
    await expect(throttle.check('carol', '198.51.100.2')).resolves.toBeUndefined();
  });
}

describe('SqliteSessionStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gc-sessions-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  let file = '';
  beforeEach(() => {
    n += 1;
    file = join(dir, `audit-${n}.sqlite`);
  });
  sessionContract(async () => new SqliteSessionStore({ path: file }));

  it('migrates once, beside the audit trail in the same file', async () => {
    const shared = join(dir, 'shared.sqlite');
    const trail = new SqliteAuditStore({ path: shared });
    const a = new SqliteSessionStore({ path: shared });
    const b = new SqliteSessionStore({ path: shared });
    expect(a.appliedMigrations).toEqual([1, 2, 3]);
    expect(b.appliedMigrations).toEqual([]);
    expect((await trail.query({})).total).toBe(0);
    await Promise.all([a.close(), b.close(), trail.close()]);
  });
});

describePostgres('PostgresSessionStore', (url) => {
  const schemas: string[] = [];
  let schema = '';
  beforeEach(() => {
    schema = freshSchemaName();
    schemas.push(schema);
  });
  afterAll(() => dropSchemas(url, schemas));
  sessionContract(() => PostgresSessionStore.open({ url, schema }));
});
