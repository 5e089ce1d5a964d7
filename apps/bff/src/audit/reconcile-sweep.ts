import type { AuditStore } from './audit-store.ts';
import { POSTGRES_RECONCILE_AFTER_MS } from './create-audit-store.ts';
import {
  reconcileIntents,
  type ReconcileResult,
  type StartupOptions,
} from './reconcile-intents.ts';

export interface ReconcileSweepOptions extends StartupOptions {
  /** Time between sweeps (default 5 min). */
  intervalMs?: number;
  /** Intents older than this are orphans (default `POSTGRES_RECONCILE_AFTER_MS`, 15 min). */
  olderThanMs?: number;
  /** Told about a sweep that failed (the store down, say); the next one tries again. */
  onError?: (err: unknown) => void;
  /** Told what each sweep that ran did (not called when another instance held the lock). */
  onSweep?: (result: ReconcileResult) => void;
}

/** A running sweep: `sweepNow()` runs one at once (tests), `stop()` ends it and awaits the last. */
export interface ReconcileSweep {
  sweepNow(): Promise<ReconcileResult | undefined>;
  stop(): Promise<void>;
}

export const DEFAULT_SWEEP_INTERVAL_MS = 5 * 60_000;
/** The advisory lock's name: one instance sweeps a shared trail at a time. */
export const SWEEP_LOCK = 'gc-audit-reconcile-sweep';

/**
 * PostgreSQL is shared by instances, so start-up can only settle intents older than 15 min and
 * an instance that crashed leaves younger ones pending until the next start-up. This sweep
 * settles them while the BFF runs: every `intervalMs`, under an advisory lock (one instance at
 * a time), the same read-back reconciliation as start-up. The timer is unref'd (it never keeps
 * the process alive). SQLite needs none: one BFF per file, settled at its start-up.
 */
export function startReconcileSweep(
  store: AuditStore,
  options: ReconcileSweepOptions = {},
): ReconcileSweep {
  let running: Promise<ReconcileResult | undefined> | undefined;
  let stopped = false;
  const once = async (): Promise<ReconcileResult | undefined> => {
    let result: ReconcileResult | undefined;
    const ran = await store.exclusively(SWEEP_LOCK, async () => {
      const before = new Date(Date.now() - (options.olderThanMs ?? POSTGRES_RECONCILE_AFTER_MS));
      result = await reconcileIntents(store, { ...options, before, phase: 'periodic sweep' });
    });
    if (ran && result) options.onSweep?.(result);
    return result;
  };
  // Never two sweeps at once in one instance (a slow one overlapping the next tick).
  const sweepNow = () => {
    running ??= once()
      .catch((err: unknown) => {
        options.onError?.(err);
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) void sweepNow();
  }, options.intervalMs ?? DEFAULT_SWEEP_INTERVAL_MS);
  timer.unref();
  return {
    sweepNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
