import { CLAIM_RETURNING, DUE_SQL } from './coordination-store.ts';

/**
 * The claim both dialects share: `$1` now, `$2` owner, `$3` lease end. PostgreSQL adds
 * `FOR UPDATE SKIP LOCKED`, so instances claiming at once each get a different row and never wait;
 * SQLite runs one writer at a time, so the single statement is already exclusive.
 */
export const claimSql = (lock: string): string => `UPDATE console_jobs
  SET state = 'running', lease_owner = $2, lease_until = $3, attempts = attempts + 1
  WHERE id = (SELECT id FROM console_jobs WHERE ${DUE_SQL} ORDER BY run_at LIMIT 1 ${lock})
  RETURNING ${CLAIM_RETURNING}`;

/** `$1` id, `$2` kind, `$3` payload, `$4` run at, `$5` deadline, `$6` now. */
export const ENQUEUE_SQL = `INSERT INTO console_jobs (id, kind, payload, state, run_at, deadline, created_at)
  VALUES ($1, $2, $3, 'queued', $4, $5, $6) ON CONFLICT (id) DO NOTHING`;

/** `$1` id. */
export const JOB_SQL = 'SELECT state, attempts, lease_owner FROM console_jobs WHERE id = $1';
