import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { Role } from '@gc/contracts';
import {
  DEMO_PASSWORD_COST,
  PASSWORD_COST,
  hashPassword,
  needsRehash,
  verifyAgainstDummy,
  verifyPassword,
  type ScryptCost,
} from './password.ts';
import { UsersUnavailableError } from '../errors.ts';
import { UsersFileError, readUsersFile, writeUsersFile, type UserRecord } from './users-file.ts';

/** A user who just proved their password: their role and the fingerprint of their record. */
export interface VerifiedUser {
  role: Role;
  fingerprint: string;
}

/** Checks a username and password; answers the user's role, or undefined when they do not match. */
export interface UserStore {
  authenticate(username: string, password: string): Promise<Role | undefined>;
  /** Like {@link UserStore.authenticate}, with the record's fingerprint for the new session. */
  verify(username: string, password: string): Promise<VerifiedUser | undefined>;
  /** The user's current role (undefined once removed). */
  roleOf(username: string): Promise<Role | undefined>;
  /**
   * The fingerprint of the user's current record (undefined once removed). It changes with the
   * password (fresh salt), the role and `updatedAt`, so sessions of an older record stop counting.
   */
  fingerprintOf(username: string): Promise<string | undefined>;
  /**
   * Why nobody can log in right now (a malformed users file), or undefined. Readiness asks it;
   * stores that cannot break (the demo users) leave it out.
   */
  problem?(): Promise<UsersFileError | undefined>;
}

// Every request's session check asks for the user's fingerprint: a pure function of the record's
// text, so the hash is remembered per text (bounded; a changed record is a new text).
const fingerprints = new Map<string, string>();

/** The fingerprint of a users-file record: a hash, so it reveals nothing of the password hash. */
export function userFingerprint(record: UserRecord): string {
  const text = `${record.role}\n${record.passwordHash}\n${record.updatedAt ?? ''}`;
  let fingerprint = fingerprints.get(text);
  if (fingerprint === undefined) {
    fingerprint = createHash('sha256').update(text).digest('base64url');
    if (fingerprints.size >= 1024) fingerprints.clear();
    fingerprints.set(text, fingerprint);
  }
  return fingerprint;
}

type Lookup = (username: string) => Promise<UserRecord | undefined>;
/** Replaces a weak hash after a good login; answers the record now stored. */
type Rehash = (username: string, record: UserRecord, password: string) => Promise<UserRecord>;

function storeOver(lookup: Lookup, cost: ScryptCost, rehash?: Rehash): UserStore {
  const verify = async (username: string, password: string) => {
    let record = await lookup(username);
    if (record === undefined) return verifyAgainstDummy(password, cost).then(() => undefined);
    if (!(await verifyPassword(password, record.passwordHash))) return undefined;
    if (rehash && needsRehash(record.passwordHash)) {
      record = await rehash(username, record, password);
    }
    return { role: record.role, fingerprint: userFingerprint(record) };
  };
  return {
    verify,
    authenticate: async (u, p) => (await verify(u, p))?.role,
    roleOf: async (u) => (await lookup(u))?.role,
    fingerprintOf: async (u) => {
      const record = await lookup(u);
      return record && userFingerprint(record);
    },
  };
}

/** The demo users `operator`/`operator` and `auditor`/`auditor` (demo mode only). */
export async function createDemoUserStore(): Promise<UserStore> {
  const demo = DEMO_PASSWORD_COST;
  const users = new Map<string, UserRecord>([
    ['operator', { role: 'operator', passwordHash: await hashPassword('operator', demo) }],
    ['auditor', { role: 'auditor', passwordHash: await hashPassword('auditor', demo) }],
  ]);
  return storeOver(async (u) => users.get(u), demo);
}

/** No local users at all: real mode with `LOCAL_LOGIN=off`, where single sign-on is the way in. */
export function createNoUserStore(): UserStore {
  return storeOver(async () => undefined, PASSWORD_COST);
}

/**
 * Users from `BFF_USERS_FILE`. The file is re-read when it changes, so `pnpm user:add` and
 * `pnpm user:remove` take effect without a restart, on every instance that shares the file.
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
  const lookup: Lookup = async (username) => {
    // A broken file is the operator's to fix, not a crash: 503 for the caller, the reason in the
    // log (from /api/ready's probe) without the file's text.
    const users = await load().catch((err: unknown) => {
      throw err instanceof UsersFileError ? new UsersUnavailableError() : err;
    });
    return Object.hasOwn(users, username) ? users[username] : undefined;
  };
  // Rehashed in place, only if the record is still the one that was checked (user:add may have
  // replaced it meanwhile). `updatedAt` stays: the user changed nothing.
  const rehash: Rehash = async (username, record, password) => {
    const passwordHash = await hashPassword(password);
    const data = await readUsersFile(file);
    const current = Object.hasOwn(data.users, username) ? data.users[username] : undefined;
    // Changed meanwhile: answer the old record, whose fingerprint no longer matches.
    if (current?.passwordHash !== record.passwordHash) return record;
    const updated = { ...current, passwordHash };
    data.users[username] = updated;
    await writeUsersFile(file, data);
    return updated;
  };
  const problem = () =>
    load().then(
      () => undefined,
      (err: unknown) => {
        if (err instanceof UsersFileError) return err;
        throw err;
      },
    );
  return { ...storeOver(lookup, PASSWORD_COST, rehash), problem };
}
