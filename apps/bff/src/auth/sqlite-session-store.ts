import type Database from 'better-sqlite3';
import { openSqliteDatabase } from '../store/open-database.ts';
import { migrateSessionsSqlite } from './session-migrations.ts';
import {
  ADD_FAILURE_SQL,
  PRUNE_THROTTLE_SQL,
  STALE_THROTTLE_MS,
  SESSION_COLUMNS,
  rowToSession,
  sessionValues,
  throttleCount,
  type LoginThrottleStore,
  type SessionRow,
  type SessionStore,
  type StoredSession,
  type ThrottleCount,
} from './session-store.ts';

type ThrottleRow = { failures: number; window_start: number };

/**
 * Sessions in the audit trail's SQLite file, over a connection of their own (WAL lets it sit
 * beside the trail's). `:memory:` gives a throwaway store (tests, and apps built without one).
 */
export class SqliteSessionStore implements SessionStore, LoginThrottleStore {
  readonly kind = 'sqlite';
  readonly appliedMigrations: number[];
  private readonly db: Database.Database;

  constructor(options: { path: string; busyTimeoutMs?: number }) {
    this.db = openSqliteDatabase(options.path, options.busyTimeoutMs);
    this.appliedMigrations = migrateSessionsSqlite(this.db);
  }

  async create(s: StoredSession): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO console_sessions (${SESSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(sessionValues(s));
  }

  // Every /api request looks its session up: prepared once, not per call (issue 17's profile).
  private findStatement?: Database.Statement;

  async find(idHash: string): Promise<StoredSession | undefined> {
    this.findStatement ??= this.db.prepare(
      `SELECT ${SESSION_COLUMNS} FROM console_sessions WHERE id_hash = ?`,
    );
    const row = this.findStatement.get(idHash) as SessionRow | undefined;
    return row && rowToSession(row);
  }

  async touch(idHash: string, lastSeenAt: number): Promise<void> {
    this.db
      .prepare('UPDATE console_sessions SET last_seen_at = ? WHERE id_hash = ?')
      .run(lastSeenAt, idHash);
  }

  async remove(idHash: string): Promise<void> {
    this.db.prepare('DELETE FROM console_sessions WHERE id_hash = ?').run(idHash);
  }

  async removeUser(user: string): Promise<number> {
    return this.db.prepare('DELETE FROM console_sessions WHERE user_name = ?').run(user).changes;
  }

  async prune(now: number, idleSince: number): Promise<number> {
    const sql = 'DELETE FROM console_sessions WHERE expires_at <= ? OR last_seen_at <= ?';
    this.db.prepare(PRUNE_THROTTLE_SQL).run({ 1: now - STALE_THROTTLE_MS });
    return this.db.prepare(sql).run(now, idleSince).changes;
  }

  async failures(key: string, now: number, windowMs: number): Promise<ThrottleCount> {
    const row = this.db
      .prepare('SELECT failures, window_start FROM login_throttle WHERE throttle_key = ?')
      .get(key) as ThrottleRow | undefined;
    return throttleCount(row, now, windowMs);
  }

  async addFailure(key: string, now: number, windowMs: number): Promise<ThrottleCount> {
    // SQLite reads `$1` as a named parameter: bind by name, the same text serves both dialects.
    const row = this.db
      .prepare(ADD_FAILURE_SQL)
      .get({ 1: key, 2: now, 3: now - windowMs }) as ThrottleRow;
    return throttleCount(row, now, windowMs);
  }

  async clear(key: string): Promise<void> {
    this.db.prepare('DELETE FROM login_throttle WHERE throttle_key = ?').run(key);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
