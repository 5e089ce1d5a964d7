import type Database from 'better-sqlite3';
import { ENQUEUE_SQL, JOB_SQL, claimSql } from './claim-sql.ts';
import { migrateCoordinationSqlite } from './coordination-migrations.ts';
import { openSqliteDatabase } from './open-database.ts';
import {
  BEAT_SQL,
  FINISH_SQL,
  RETRY_SQL,
  rowToJob,
  type ClaimedJob,
  type CoordinationStore,
  type NewJob,
} from './coordination-store.ts';

type JobRow = Parameters<typeof rowToJob>[0];
type StateRow = { state: string; attempts: number; lease_owner: string | null };

/**
 * Jobs and heartbeats in the trail's SQLite file (one instance per file): the same statements as
 * PostgreSQL, bound by name because SQLite reads `$1` as a named parameter.
 */
export class SqliteCoordinationStore implements CoordinationStore {
  readonly kind = 'sqlite';
  readonly appliedMigrations: number[];
  private readonly db: Database.Database;

  constructor(options: { path: string; busyTimeoutMs?: number }) {
    this.db = openSqliteDatabase(options.path, options.busyTimeoutMs);
    this.appliedMigrations = migrateCoordinationSqlite(this.db);
  }

  async enqueue(j: NewJob): Promise<boolean> {
    const args = [j.id, j.kind, JSON.stringify(j.payload), j.runAt, j.deadline, Date.now()];
    return this.db.prepare(ENQUEUE_SQL).run(byName(args)).changes === 1;
  }

  async claim(owner: string, now: number, leaseUntil: number): Promise<ClaimedJob | undefined> {
    const row = this.db.prepare(claimSql('')).get(byName([now, owner, leaseUntil])) as
      JobRow | undefined;
    return row && rowToJob(row);
  }

  async finish(
    id: string,
    owner: string,
    state: 'done' | 'failed',
    now: number,
    error?: string,
  ): Promise<boolean> {
    const args = [id, owner, state, now, error ?? null];
    return this.db.prepare(FINISH_SQL).run(byName(args)).changes === 1;
  }

  async retryLater(id: string, owner: string, runAt: number, error: string): Promise<boolean> {
    return this.db.prepare(RETRY_SQL).run(byName([id, owner, runAt, error])).changes === 1;
  }

  async job(id: string) {
    const r = this.db.prepare(JOB_SQL).get(byName([id])) as StateRow | undefined;
    return r && { state: r.state, attempts: Number(r.attempts), leaseOwner: r.lease_owner };
  }

  async beat(instance: string, now: number): Promise<void> {
    this.db.prepare(BEAT_SQL).run(byName([instance, now]));
  }

  async liveInstances(since: number): Promise<number> {
    const sql = 'SELECT COUNT(*) FROM console_instances WHERE seen_at >= ?';
    return Number(this.db.prepare(sql).pluck().get(since));
  }

  async leave(instance: string): Promise<void> {
    this.db.prepare('DELETE FROM console_instances WHERE instance_id = ?').run(instance);
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** `[a, b]` → `{ 1: a, 2: b }`: the `$n` parameters of the shared SQL. */
function byName(values: unknown[]): Record<number, unknown> {
  return Object.fromEntries(values.map((v, i) => [i + 1, v]));
}
