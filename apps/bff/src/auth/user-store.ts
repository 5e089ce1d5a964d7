import { stat } from 'node:fs/promises';
import type { Role } from '@gc/contracts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password.ts';
import { readUsersFile, type UserRecord } from './users-file.ts';

/** Checks a username and password; answers the user's role, or undefined when they do not match. */
export interface UserStore {
  authenticate(username: string, password: string): Promise<Role | undefined>;
  /** The user's current role (undefined once removed): sessions follow changes at once. */
  roleOf(username: string): Promise<Role | undefined>;
}

async function check(record: UserRecord | undefined, password: string): Promise<Role | undefined> {
  if (record === undefined) return verifyAgainstDummy(password).then(() => undefined);
  return (await verifyPassword(password, record.passwordHash)) ? record.role : undefined;
}

/** The demo users `operator`/`operator` and `auditor`/`auditor` (demo mode only). */
export async function createDemoUserStore(): Promise<UserStore> {
  const users = new Map<string, UserRecord>([
    ['operator', { role: 'operator', passwordHash: await hashPassword('operator') }],
    ['auditor', { role: 'auditor', passwordHash: await hashPassword('auditor') }],
  ]);
  return {
    authenticate: (u, p) => check(users.get(u), p),
    roleOf: async (u) => users.get(u)?.role,
  };
}

/**
 * Users from `BFF_USERS_FILE`. The file is re-read when its mtime changes, so `pnpm user:add`
 * takes effect without a restart, on every instance that shares the file.
 */
export function createFileUserStore(file: string): UserStore {
  let cache: { version: string; users: Record<string, UserRecord> } | undefined;
  async function load(): Promise<Record<string, UserRecord>> {
    // user:add replaces the file by rename, so the inode changes even within one mtime tick.
    const version = await stat(file).then(
      (s) => `${s.ino}:${s.mtimeMs}:${s.size}`,
      () => 'missing',
    );
    if (cache?.version !== version) cache = { version, users: (await readUsersFile(file)).users };
    return cache.users;
  }
  return {
    async authenticate(username, password) {
      const users = await load();
      return check(Object.hasOwn(users, username) ? users[username] : undefined, password);
    },
    async roleOf(username) {
      const users = await load();
      return Object.hasOwn(users, username) ? users[username]?.role : undefined;
    },
  };
}
