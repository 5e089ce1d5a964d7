import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { RateBudget } from '@gc/vpc-client';
import type { AuditStoreConfig } from '../audit/create-audit-store.ts';
import type { AuditStore } from '../audit/audit-store.ts';
import { createStoreRecorder } from '../audit/store-audit-recorder.ts';
import { ReadCache } from '../services/cached-client.ts';
import { PgRelay } from '../services/pg-relay.ts';
import { createCoordinationStore } from './create-coordination-store.ts';
import { InstanceHeartbeat } from './instance-heartbeat.ts';
import { JobRunner } from './job-runner.ts';
import { sharedStateHealth, type SharedStateHealth } from './shared-state-health.ts';

/** What one instance shares with the others, opened at start-up and closed last. */
export interface SharedState {
  /** This process's ID in the store (lease owner, heartbeat, relay sender). */
  instance: string;
  readCache: ReadCache;
  /** Not started: the app registers its handlers first, then bootstrap starts it. */
  jobs: JobRunner;
  health: () => Promise<SharedStateHealth>;
  close(): Promise<void>;
}

/** Options of {@link openSharedState}. */
export interface SharedStateOptions {
  auditStore: AuditStore;
  budget?: RateBudget;
  logger: Logger;
  /** A claimed job's lease (`BFF_JOB_LEASE_SECONDS`, default 30 s). */
  jobLeaseMs?: number;
}

/**
 * Opens the coordination store beside the trail and starts what scale-out needs: the job runner
 * always; with PostgreSQL also the heartbeat (the budget's share) and the LISTEN/NOTIFY relay.
 * With SQLite (one instance) the budget and the cache behave exactly as before.
 */
export async function openSharedState(
  config: AuditStoreConfig,
  o: SharedStateOptions,
): Promise<SharedState> {
  const log = o.logger.child({ component: 'shared-state' });
  const instance = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const store = await createCoordinationStore(config, {
    onError: (err) => log.warn({ err }, 'coordination store connection error'),
  });
  const readCache = new ReadCache({ ttlMs: 2000 });
  let relay: PgRelay | undefined;
  let heartbeat: InstanceHeartbeat | undefined;
  try {
    if (config.kind === 'postgres') {
      relay = await PgRelay.start({
        url: config.url,
        instance,
        cache: readCache,
        budget: o.budget,
        log,
      });
      heartbeat = await InstanceHeartbeat.start({ store, instance, budget: o.budget, log });
    }
  } catch (err) {
    await relay?.close();
    await store.close();
    throw err;
  }
  const jobs = new JobRunner(store, {
    owner: instance,
    audit: createStoreRecorder(o.auditStore),
    leaseMs: o.jobLeaseMs,
    log,
  });
  return {
    instance,
    readCache,
    jobs,
    health: sharedStateHealth(store, relay),
    async close() {
      // The job in hand finishes (or its lease lets another instance take it), then we leave.
      await jobs.stop();
      await heartbeat?.stop();
      await relay?.close();
      await store.close();
    },
  };
}
