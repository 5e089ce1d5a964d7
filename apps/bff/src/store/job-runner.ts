import type { AuditEvent, AuditRecorder } from '../audit/audit-recorder.ts';
import type { ClaimedJob, CoordinationStore } from './coordination-store.ts';

/** What a handler decided: done (with the entry to audit), not yet, or never. */
export type JobOutcome =
  | { done: true; audit?: AuditEvent }
  /** `audit`: the entry to record if the deadline passes before the job could be done. */
  | { retryInMs: number; reason: string; audit?: AuditEvent }
  | { failed: string; audit?: AuditEvent };

/** Runs one claimed job; throwing counts as "not yet" (retried with backoff until the deadline). */
export type JobHandler = (job: ClaimedJob) => Promise<JobOutcome>;

/** Options of {@link JobRunner}. */
export interface JobRunnerOptions {
  /** This instance's ID: the lease owner. */
  owner: string;
  /** Handlers by kind; more can be added with {@link JobRunner.handle}. */
  handlers?: Record<string, JobHandler>;
  audit: AuditRecorder;
  /** How long a claim holds before another instance may take the job over (default 30 s). */
  leaseMs?: number;
  /** How often to look for due jobs (default 1 s). */
  pollMs?: number;
  log?: { warn(obj: object, msg?: string): void };
  now?: () => number;
}

/**
 * Durable jobs (issue 16): a row per job in the shared store, claimed under a lease by whichever
 * instance polls first, retried until its deadline. A job whose instance died mid-run is taken
 * over once the lease runs out. The audit entry is written only by the instance whose `finish`
 * succeeded (it still held the lease), so a job is audited once however many instances ran it.
 */
export class JobRunner {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly now: () => number;
  private readonly handlers: Map<string, JobHandler>;

  constructor(
    readonly store: CoordinationStore,
    private readonly o: JobRunnerOptions,
  ) {
    this.leaseMs = o.leaseMs ?? 30_000;
    this.pollMs = o.pollMs ?? 1000;
    this.now = o.now ?? Date.now;
    this.handlers = new Map(Object.entries(o.handlers ?? {}));
  }

  /** Registers the handler of one kind (the app registers its own over its cached client). */
  handle(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /** Adds a job (a second enqueue of the same ID is a no-op). */
  async enqueue(
    kind: string,
    id: string,
    payload: unknown,
    opts: { inMs?: number; ttlMs: number },
  ) {
    const now = this.now();
    const runAt = now + (opts.inMs ?? 0);
    return this.store.enqueue({ id, kind, payload, runAt, deadline: now + opts.ttlMs });
  }

  /** Starts polling. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops polling and waits for the job in hand, if any. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .then(() => undefined)
        .catch((err: unknown) => this.o.log?.warn({ err }, 'job poll failed'))
        .finally(() => {
          this.running = undefined;
          this.schedule(this.pollMs);
        });
    }, ms);
    this.timer.unref?.();
  }

  /** Runs every due job it can claim, one at a time; answers how many it ran. */
  async drain(): Promise<number> {
    let ran = 0;
    for (;;) {
      const now = this.now();
      const job = await this.store.claim(this.o.owner, now, now + this.leaseMs);
      if (!job) return ran;
      await this.runOne(job);
      ran += 1;
    }
  }

  private async runOne(job: ClaimedJob): Promise<void> {
    const handler = this.handlers.get(job.kind);
    let outcome: JobOutcome;
    try {
      outcome = handler ? await handler(job) : { failed: `no handler for job kind ${job.kind}` };
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      outcome = {
        retryInMs: backoffMs(job.attempts),
        reason: String(code ?? (err as Error).message),
      };
    }
    const now = this.now();
    if ('retryInMs' in outcome && now + outcome.retryInMs < job.deadline) {
      await this.store.retryLater(job.id, this.o.owner, now + outcome.retryInMs, outcome.reason);
      return;
    }
    const failed =
      'done' in outcome
        ? undefined
        : 'failed' in outcome
          ? outcome.failed
          : `gave up: ${outcome.reason}`;
    const mine = await this.store.finish(
      job.id,
      this.o.owner,
      failed ? 'failed' : 'done',
      now,
      failed,
    );
    if (!mine) {
      // Our lease ran out and another instance holds the job now: it audits, not us.
      this.o.log?.warn({ jobId: job.id }, 'job lease lost before it finished');
      return;
    }
    if (failed) this.o.log?.warn({ jobId: job.id, kind: job.kind, reason: failed }, 'job failed');
    if (outcome.audit) await this.o.audit.record(outcome.audit);
  }
}

/** 1 s, 2 s, 4 s … capped at 20 s: a provisioning gateway takes a minute or two. */
export function backoffMs(attempts: number): number {
  return Math.min(20_000, 1000 * 2 ** Math.max(0, attempts - 1));
}
