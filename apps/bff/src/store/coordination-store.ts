/** A job as the store hands it to the one instance that claimed it. */
export interface ClaimedJob {
  id: string;
  kind: string;
  payload: unknown;
  /** Claims so far, this one included (a lease that ran out counts). */
  attempts: number;
  /** Past this instant (ms since the epoch) a job that is not done fails for good. */
  deadline: number;
}

/** A new job: `id` is its natural key, so two instances enqueueing the same work make one row. */
export interface NewJob {
  id: string;
  kind: string;
  payload: unknown;
  runAt: number;
  deadline: number;
}

/**
 * What instances share beyond sessions and the trail (issue 16): durable jobs claimed under a
 * lease, and heartbeats, so each instance knows how many are alive. SQLite (one instance) and
 * PostgreSQL (many) behind this one interface, in the trail's database.
 */
export interface CoordinationStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Adds a job unless one with its ID exists; answers whether it was added. */
  enqueue(job: NewJob): Promise<boolean>;
  /**
   * Claims one due job (queued and due, or running with a lease that ran out) for `owner` until
   * `leaseUntil`. PostgreSQL skips rows another instance is claiming (`FOR UPDATE SKIP LOCKED`).
   */
  claim(owner: string, now: number, leaseUntil: number): Promise<ClaimedJob | undefined>;
  /** Ends a job `owner` still holds; false when its lease was lost (another instance has it). */
  finish(
    id: string,
    owner: string,
    state: 'done' | 'failed',
    now: number,
    error?: string,
  ): Promise<boolean>;
  /** Hands a held job back to the queue, due at `runAt`; false when the lease was lost. */
  retryLater(id: string, owner: string, runAt: number, error: string): Promise<boolean>;
  /** A job's state, for tests and the operator (`undefined` when unknown). */
  job(
    id: string,
  ): Promise<{ state: string; attempts: number; leaseOwner: string | null } | undefined>;
  /** Records that `instance` is alive now. */
  beat(instance: string, now: number): Promise<void>;
  /** Instances seen since `since`, this one included once it has beaten. */
  liveInstances(since: number): Promise<number>;
  /** Forgets an instance that shuts down, so the others' shares grow at once. */
  leave(instance: string): Promise<void>;
  /** One round trip: throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Due: queued and due, or running under a lease that ran out. `$1` is now. */
export const DUE_SQL = `(state = 'queued' AND run_at <= $1) OR (state = 'running' AND lease_until <= $1)`;

/** Columns a claim returns. */
export const CLAIM_RETURNING = 'id, kind, payload, attempts, deadline';

/** A claimed row (PostgreSQL answers BIGINT as text) back to a job. */
export function rowToJob(r: {
  id: string;
  kind: string;
  payload: string;
  attempts: number | string;
  deadline: number | string;
}): ClaimedJob {
  return {
    id: r.id,
    kind: r.kind,
    payload: JSON.parse(r.payload) as unknown,
    attempts: Number(r.attempts),
    deadline: Number(r.deadline),
  };
}

/** `$1` id, `$2` owner, `$3` state, `$4` now, `$5` error. */
export const FINISH_SQL = `UPDATE console_jobs SET state = $3, finished_at = $4, last_error = $5,
  lease_owner = NULL, lease_until = NULL
  WHERE id = $1 AND lease_owner = $2 AND state = 'running'`;

/** `$1` id, `$2` owner, `$3` run at, `$4` error. */
export const RETRY_SQL = `UPDATE console_jobs SET state = 'queued', run_at = $3, last_error = $4,
  lease_owner = NULL, lease_until = NULL
  WHERE id = $1 AND lease_owner = $2 AND state = 'running'`;

/** `$1` instance, `$2` now. */
export const BEAT_SQL = `INSERT INTO console_instances (instance_id, seen_at) VALUES ($1, $2)
  ON CONFLICT (instance_id) DO UPDATE SET seen_at = EXCLUDED.seen_at`;
