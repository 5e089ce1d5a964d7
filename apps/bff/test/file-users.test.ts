import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password.ts';
import { createFileUserStore } from '../src/auth/user-store.ts';
import { readUsersFile, writeUsersFile } from '../src/auth/users-file.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
let file: string;
beforeAll(async () => {
  file = path.join(await mkdtemp(path.join(tmpdir(), 'bff-file-users-')), 'users.json');
  await writeUsersFile(file, {
    version: 1,
    users: { alice: { role: 'operator', passwordHash: await hashPassword('alice-password') } },
  });
  h = await startHarness({ users: createFileUserStore(file), demo: false });
});
afterAll(() => h.close());

describe('users from BFF_USERS_FILE', () => {
  it('logs in file users (demo users do not exist) and reports demo: false', async () => {
    const a = h.agent();
    const res = await a.login('alice', 'alice-password');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ user: 'alice', role: 'operator', demo: false });
    expect((await h.agent().login('operator', 'operator')).status).toBe(401);
  });

  it('ends a session as soon as the user changes role or is removed from the file', async () => {
    const a = h.agent();
    await a.login('alice', 'alice-password');
    expect((await a.get('/api/session')).status).toBe(200);
    const data = await readUsersFile(file);
    const alice = data.users.alice;
    if (alice === undefined) throw new Error('alice missing');
    data.users.alice = { ...alice, role: 'auditor' };
    await writeUsersFile(file, data);
    expect((await a.get('/api/session')).status).toBe(401);
    const b = h.agent();
    expect((await b.login('alice', 'alice-password')).body).toMatchObject({ role: 'auditor' });
    delete data.users.alice;
    await writeUsersFile(file, data);
    expect((await b.get('/api/session')).status).toBe(401);
  });

  it('rehashes a weaker password hash at the next login, and that session stays valid', async () => {
    const data = await readUsersFile(file);
    const weak = await hashPassword('carol-password', { n: 16384, r: 8, p: 1 });
    data.users.carol = { role: 'auditor', passwordHash: weak };
    await writeUsersFile(file, data);
    const a = h.agent();
    expect((await a.login('carol', 'carol-password')).status).toBe(200);
    const stored = (await readUsersFile(file)).users.carol?.passwordHash ?? '';
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect((await a.get('/api/session')).status).toBe(200);
    const b = h.agent();
    expect((await b.login('carol', 'carol-password')).status).toBe(200);
    expect((await readUsersFile(file)).users.carol?.passwordHash).toBe(stored);
  }, 30_000);

  it('a new login ends the session the browser had', async () => {
    const a = h.agent();
    expect((await a.login('carol', 'carol-password')).status).toBe(200);
    const before = a.cookie;
    expect((await a.login('carol', 'carol-password')).status).toBe(200);
    const old = h.agent();
    old.cookie = before;
    expect((await old.get('/api/session')).status).toBe(401);
    expect((await a.get('/api/session')).status).toBe(200);
  }, 30_000);
});
