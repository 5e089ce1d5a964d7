import type { AuditEntry } from '@gc/contracts';
import type { AuditStore } from './audit-store.ts';
import { readBack, type ReadBackClient, type ReadBackVerdict } from './read-back.ts';

/** The read-back client and its bounds (start-up and the sweep take the same). */
export interface StartupOptions {
  /** Reads the resources back; without it every orphan becomes `unknown` (no upstream call). */
  client?: ReadBackClient;
  /** Wall-clock budget of all read-backs (default 5 s): start-up must not wait on a slow API. */
  budgetMs?: number;
  /** At most this many intents are read back (default 50); the rest become `unknown`. */
  maxReads?: number;
  /** Told about each read that failed (logged; the intent stays `unknown`). */
  onReadError?: (intent: AuditEntry, err: unknown) => void;
}

export interface ReconcileOptions extends StartupOptions {
  /** Intents recorded before this are orphans (their request can no longer be running). */
  before: Date;
  /** Where the note says it ran (`start-up` or `periodic sweep`). */
  phase?: string;
}

/** What one reconciliation did. */
export interface ReconcileResult {
  /** Intents whose change a read proved (`success`). */
  proven: number;
  /** Intents marked `unknown` (read back or not). */
  unknown: number;
}

export const DEFAULT_RECONCILE_BUDGET_MS = 5000;
export const DEFAULT_RECONCILE_MAX_READS = 50;

/** A proven create must not claim a resource another entry already recorded as its own. */
async function claimedElsewhere(store: AuditStore, intent: AuditEntry, id: string) {
  const page = await store.query({ resourceId: id, action: intent.action, outcome: 'success' });
  return page.items.some((e) => e.id !== intent.id);
}

async function verdictFor(
  store: AuditStore,
  intent: AuditEntry,
  o: ReconcileOptions & { signal: AbortSignal },
): Promise<ReadBackVerdict> {
  if (!o.client) return { proven: false, reason: 'not read back' };
  if (o.signal.aborted) return { proven: false, reason: 'read-back time budget spent' };
  try {
    const v = await readBack(o.client, intent, { signal: o.signal });
    if (v.proven && v.resourceId && (await claimedElsewhere(store, intent, v.resourceId)))
      return { proven: false, reason: 'the matching resource is recorded by another entry' };
    return v;
  } catch (err) {
    o.onReadError?.(intent, err);
    return { proven: false, reason: 'read-back failed' };
  }
}

/**
 * Settles write-ahead intents that lost their request (issue 15 H1): each is read back through
 * the VPC API where its action allows (`READ_BACK`); a proven change becomes `success` with a
 * note, anything else `unknown` (its ClientToken kept, so a retry with the same
 * `Idempotency-Key` stays idempotent). Bounded by `budgetMs` and `maxReads`; never throws for a
 * failed read, only when the store itself fails.
 */
export async function reconcileIntents(
  store: AuditStore,
  options: ReconcileOptions,
): Promise<ReconcileResult> {
  const phase = options.phase ?? 'start-up';
  const maxReads = options.client ? (options.maxReads ?? DEFAULT_RECONCILE_MAX_READS) : 0;
  const signal = AbortSignal.timeout(options.budgetMs ?? DEFAULT_RECONCILE_BUDGET_MS);
  const result: ReconcileResult = { proven: 0, unknown: 0 };
  for (const intent of await store.pendingIntents(options.before, maxReads)) {
    const v = await verdictFor(store, intent, { ...options, signal });
    const note = `reconciled at ${phase}: ${v.proven ? v.fact : `outcome unknown (${v.reason})`}`;
    const settled = await store
      .complete(intent.id, {
        outcome: v.proven ? 'success' : 'unknown',
        resourceId: v.proven ? v.resourceId : undefined,
        note,
      })
      // Completed meanwhile by its own request (PostgreSQL: a very slow one): that outcome wins.
      .then(
        () => true,
        () => false,
      );
    if (settled) result[v.proven ? 'proven' : 'unknown'] += 1;
  }
  // Beyond the read limit: no read, just `unknown` (the ClientToken is already on the row).
  result.unknown += await store.reconcile(
    options.before,
    `reconciled at ${phase}: outcome unknown (not read back)`,
  );
  return result;
}
