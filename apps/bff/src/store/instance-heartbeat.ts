import type { RateBudget } from '@gc/vpc-client';
import type { CoordinationStore } from './coordination-store.ts';

/** Options of {@link InstanceHeartbeat.start}. */
export interface HeartbeatOptions {
  store: CoordinationStore;
  instance: string;
  /** Given: its share becomes `1 / live instances`. */
  budget?: RateBudget;
  /** Beat every this many ms (default 2 s); an instance silent for 3 beats is dead. */
  intervalMs?: number;
  log?: { warn(obj: object, msg?: string): void };
}

/**
 * The shared upstream budget's rule (issue 16): every instance beats in the store, counts the
 * instances seen in the last three beats, and takes `VPC_RATE_LIMIT / live` for each region and
 * action, so N instances together stay under the rate. A throttling answer is relayed besides
 * (`PgRelay`), so a throttled account slows every instance. When the store does not answer, the
 * last share holds: an instance never widens its share on a guess.
 */
export class InstanceHeartbeat {
  private timer: ReturnType<typeof setInterval> | undefined;
  private beating: Promise<void> | undefined;
  private live = 1;

  private constructor(private readonly o: HeartbeatOptions) {}

  /** Beats once (so the share is right before the first request), then every interval. */
  static async start(o: HeartbeatOptions): Promise<InstanceHeartbeat> {
    const hb = new InstanceHeartbeat(o);
    await hb.beat();
    hb.timer = setInterval(() => {
      hb.beating ??= hb.beat().finally(() => (hb.beating = undefined));
    }, o.intervalMs ?? 2000);
    hb.timer.unref?.();
    return hb;
  }

  /** Instances alive at the last beat, this one included. */
  liveInstances(): number {
    return this.live;
  }

  private async beat(): Promise<void> {
    const interval = this.o.intervalMs ?? 2000;
    try {
      const now = Date.now();
      await this.o.store.beat(this.o.instance, now);
      this.live = Math.max(1, await this.o.store.liveInstances(now - 3 * interval));
      this.o.budget?.setShare(1 / this.live);
    } catch (err) {
      this.o.log?.warn({ err: { message: (err as Error).message } }, 'instance heartbeat failed');
    }
  }

  /** Stops beating and leaves, so the other instances' shares grow at their next beat. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.beating;
    await this.o.store.leave(this.o.instance).catch(() => undefined);
  }
}
