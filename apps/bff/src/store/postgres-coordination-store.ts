import type pg from 'pg';
import { ENQUEUE_SQL, JOB_SQL, claimSql } from './claim-sql.ts';
import { migrateCoordinationPostgres } from './coordination-migrations.ts';
import {
  BEAT_SQL,
  FINISH_SQL,
  RETRY_SQL,
  rowToJob,
  type ClaimedJob,
  type CoordinationStore,
  type NewJob,
} from './coordination-store.ts';
import { openPostgresPool } from './open-database.ts';

/** Options of {@link PostgresCoordinationStore.open}. */
export interface PostgresCoordinationStoreOptions {
  /** The trail's `postgres://…` URL; never logged, it may hold a password. */
  url: string;
  schema?: string;
  /** Bound on connecting and on each statement (default 5 s): a slow store fails fast. */
  timeoutMs?: number;
  onError?: (err: Error) => void;
}

const CLAIM = claimSql('FOR UPDATE SKIP LOCKED');
type JobRow = Parameters<typeof rowToJob>[0];

/** Jobs and heartbeats in the shared PostgreSQL database: what lets instances divide work. */
export class PostgresCoordinationStore implements CoordinationStore {
  readonly kind = 'postgres';

  private constructor(
    private readonly pool: pg.Pool,
    readonly appliedMigrations: number[],
  ) {}

  /** Connects, migrates the job and instance tables, and returns the store. */
  static async open(o: PostgresCoordinationStoreOptions): Promise<PostgresCoordinationStore> {
    const { pool, migrated } = await openPostgresPool(
      { ...o, max: 3 },
      migrateCoordinationPostgres,
    );
    return new PostgresCoordinationStore(pool, migrated);
  }

  async enqueue(j: NewJob): Promise<boolean> {
    const args = [j.id, j.kind, JSON.stringify(j.payload), j.runAt, j.deadline, Date.now()];
    return ((await this.pool.query(ENQUEUE_SQL, args)).rowCount ?? 0) === 1;
  }

  async claim(owner: string, now: number, leaseUntil: number): Promise<ClaimedJob | undefined> {
    const { rows } = await this.pool.query<JobRow>(CLAIM, [now, owner, leaseUntil]);
    return rows[0] && rowToJob(rows[0]);
  }

  async finish(
    id: string,
    owner: string,
    state: 'done' | 'failed',
    now: number,
    error?: string,
  ): Promise<boolean> {
    const r = await this.pool.query(FINISH_SQL, [id, owner, state, now, error ?? null]);
    return (r.rowCount ?? 0) === 1;
  }

  async retryLater(id: string, owner: string, runAt: number, error: string): Promise<boolean> {
    return ((await this.pool.query(RETRY_SQL, [id, owner, runAt, error])).rowCount ?? 0) === 1;
  }

  async job(id: string) {
    const { rows } = await this.pool.query<{
      state: string;
      attempts: number;
      lease_owner: string | null;
    }>(JOB_SQL, [id]);
    const r = rows[0];
    return r && { state: r.state, attempts: Number(r.attempts), leaseOwner: r.lease_owner };
  }

  async beat(instance: string, now: number): Promise<void> {
    await this.pool.query(BEAT_SQL, [instance, now]);
  }

  async liveInstances(since: number): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(
      'SELECT COUNT(*) AS n FROM console_instances WHERE seen_at >= $1',
      [since],
    );
    return Number(rows[0]?.n ?? 0);
  }

  async leave(instance: string): Promise<void> {
    await this.pool.query('DELETE FROM console_instances WHERE instance_id = $1', [instance]);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
