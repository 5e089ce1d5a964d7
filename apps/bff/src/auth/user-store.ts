import { stat } from 'node:fs/promises';
import type { Role } from '@gc/contracts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password.ts';
import { readUsersFile, type UserRecord } from './users-file.ts';

/** Checks a username and password; answers the user's role, or undefined when they do not match. */
export interface UserStore {
  authenticate(username: string, password: string): Promise<Role | undefined>;
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
  return { authenticate: (u, p) => check(users.get(u), p) };
}

/**
 * Users from `BFF_USERS_FILE`. The file is re-read when its mtime changes, so `pnpm user:add`
 * takes effect without a restart, on every instance that shares the file.
 */
export function createFileUserStore(file: string): UserStore {
  let cache: { mtimeMs: number; users: Record<string, UserRecord> } | undefined;
  async function load(): Promise<Record<string, UserRecord>> {
    const mtimeMs = await stat(file).then(
      (s) => s.mtimeMs,
      () => -1,
    );
    if (cache?.mtimeMs !== mtimeMs) cache = { mtimeMs, users: (await readUsersFile(file)).users };
    return cache.users;
  }
  return {
    async authenticate(username, password) {
      const users = await load();
      return check(Object.hasOwn(users, username) ? users[username] : undefined, password);
    },
  };
}
