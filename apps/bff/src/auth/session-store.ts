import type { Role } from '@gc/contracts';
import type { SessionMode } from './session-token.ts';

/** One server-side session; times are milliseconds since the epoch. */
export interface StoredSession {
  /** SHA-256 of the session ID ({@link sessionIdHash}): the store never holds a usable cookie. */
  idHash: string;
  user: string;
  role: Role;
  /** The user's record fingerprint at login: a changed password or role, or removal, ends it. */
  fingerprint: string;
  mode: SessionMode;
  createdAt: number;
  lastSeenAt: number;
  /** The absolute end, however active the session is. */
  expiresAt: number;
  /** Single sign-on sessions: the identity provider's subject and display name. */
  sso?: { subject: string; displayName: string };
}

/**
 * Where sessions live: the audit trail's database (SQLite file or PostgreSQL), in their own table,
 * so every instance that shares the trail shares the sessions, and a logout ends them everywhere.
 */
export interface SessionStore {
  readonly kind: 'sqlite' | 'postgres';
  create(session: StoredSession): Promise<void>;
  find(idHash: string): Promise<StoredSession | undefined>;
  /** Records activity (the idle clock restarts). */
  touch(idHash: string, lastSeenAt: number): Promise<void>;
  remove(idHash: string): Promise<void>;
  /** Ends every session of a user; answers how many ended. */
  removeUser(user: string): Promise<number>;
  /** Deletes sessions past their absolute end or idle since before `idleSince`, and dead counters. */
  prune(now: number, idleSince: number): Promise<number>;
  close(): Promise<void>;
}

/** The columns, in the order both stores bind them. */
export const SESSION_COLUMNS =
  'id_hash, user_name, role, fingerprint, mode, created_at, last_seen_at, expires_at, sso_subject, sso_display_name';

/** A session as the row values of {@link SESSION_COLUMNS}. */
export function sessionValues(s: StoredSession): (string | number | null)[] {
  const { subject = null, displayName = null } = s.sso ?? {};
  return [
    ...[s.idHash, s.user, s.role, s.fingerprint, s.mode, s.createdAt, s.lastSeenAt, s.expiresAt],
    ...[subject, displayName],
  ];
}

/** A stored row (PostgreSQL answers BIGINT as text) back to a session. */
export interface SessionRow {
  id_hash: string;
  user_name: string;
  role: string;
  fingerprint: string;
  mode: string;
  created_at: number | string;
  last_seen_at: number | string;
  expires_at: number | string;
  sso_subject: string | null;
  sso_display_name: string | null;
}

/** Reads a row; the role and mode were checked by the table's constraints on the way in. */
export function rowToSession(r: SessionRow): StoredSession {
  return {
    idHash: r.id_hash,
    user: r.user_name,
    role: r.role as Role,
    fingerprint: r.fingerprint,
    mode: r.mode as StoredSession['mode'],
    createdAt: Number(r.created_at),
    lastSeenAt: Number(r.last_seen_at),
    expiresAt: Number(r.expires_at),
    ...(r.sso_subject === null
      ? {}
      : { sso: { subject: r.sso_subject, displayName: r.sso_display_name ?? r.sso_subject } }),
  };
}

/** Failed logins of one throttle key (a username or a client address) in its current window. */
export interface ThrottleCount {
  failures: number;
  /** When the window ends, ms since the epoch. */
  resetAt: number;
}

/**
 * Failed-login counters in the shared database: they survive restarts and hold across instances.
 * Fixed windows: the first failure after a window ends opens a new one.
 */
export interface LoginThrottleStore {
  /** The current window's count (0 when none is open). */
  failures(key: string, now: number, windowMs: number): Promise<ThrottleCount>;
  /** Counts one failure, atomically, and answers the new count. */
  addFailure(key: string, now: number, windowMs: number): Promise<ThrottleCount>;
  clear(key: string): Promise<void>;
}

/** The upsert both dialects share: `$1` key, `$2` now, `$3` the start of the oldest live window. */
export const ADD_FAILURE_SQL = `INSERT INTO login_throttle (throttle_key, failures, window_start)
  VALUES ($1, 1, $2)
  ON CONFLICT (throttle_key) DO UPDATE SET
    failures = CASE WHEN login_throttle.window_start <= $3 THEN 1
      ELSE login_throttle.failures + 1 END,
    window_start = CASE WHEN login_throttle.window_start <= $3 THEN $2
      ELSE login_throttle.window_start END
  RETURNING failures, window_start`;

/** Counters whose window opened a day ago are dead for any sane window: pruned with sessions. */
export const STALE_THROTTLE_MS = 24 * 3600_000;
/** `$1`: windows opened before this instant go. */
export const PRUNE_THROTTLE_SQL = 'DELETE FROM login_throttle WHERE window_start <= $1';

/** A counter row to the count of its live window. */
export function throttleCount(
  row: { failures: number | string; window_start: number | string } | undefined,
  now: number,
  windowMs: number,
): ThrottleCount {
  const start = Number(row?.window_start ?? 0);
  if (row === undefined || start + windowMs <= now) return { failures: 0, resetAt: now + windowMs };
  return { failures: Number(row.failures), resetAt: start + windowMs };
}
