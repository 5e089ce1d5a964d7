import pg from 'pg';
import type { RateBudget } from '@gc/vpc-client';
import type { ReadCache } from './cached-client.ts';
import { parseRelayMessage, type RelayMessage } from './relay-message.ts';

/** Options of {@link PgRelay.start}. */
export interface PgRelayOptions {
  /** The shared database's URL (`DATABASE_URL`); never logged. */
  url: string;
  /** This instance's ID: its own notifications come back to it and are skipped. */
  instance: string;
  cache: ReadCache;
  /** The account's call budget: throttling one instance sees slows every instance. */
  budget?: RateBudget;
  /** One channel per deployment sharing the database (default `gc_relay`). */
  channel?: string;
  log?: { warn(obj: object, msg?: string): void; info(obj: object, msg?: string): void };
}

/** What `/api/ready` reports of the relay. */
export interface RelayStatus {
  connected: boolean;
  reconnects: number;
}

/**
 * Cross-instance coherence over PostgreSQL `LISTEN/NOTIFY` (issue 16): each local cache
 * invalidation and each throttling answer is NOTIFYed; the other instances forget the region's
 * reads (`origin: 'remote'`, so nothing echoes) or slow their bucket. NOTIFY is delivered at commit
 * to every listener, typically in a millisecond or two. When the listening connection drops,
 * notifications are lost until it is back, so on reconnecting the whole cache is forgotten once.
 */
export class PgRelay {
  private client: pg.Client | undefined;
  private connected = false;
  private closed = false;
  private reconnects = 0;
  private everConnected = false;
  private retryMs = 250;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly unsubscribe: (() => void)[] = [];
  private readonly channel: string;

  private constructor(private readonly o: PgRelayOptions) {
    this.channel = o.channel ?? 'gc_relay';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(this.channel)) throw new Error('bad relay channel name');
  }

  /** Subscribes to the cache and budget, and connects (resolves once the first LISTEN is up). */
  static async start(o: PgRelayOptions): Promise<PgRelay> {
    const relay = new PgRelay(o);
    relay.unsubscribe.push(
      o.cache.onInvalidate((scope, origin) => {
        if (origin === 'local') relay.publish({ t: 'inv', scope: scope ?? null });
      }),
    );
    if (o.budget) {
      relay.unsubscribe.push(
        o.budget.onThrottle((action, regionId, retryAfterMs) =>
          relay.publish({ t: 'thr', action, regionId, retryAfterMs }),
        ),
      );
    }
    await relay.connect();
    return relay;
  }

  /** Connected now, and how many times the connection came back. */
  status(): RelayStatus {
    return { connected: this.connected, reconnects: this.reconnects };
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.o.url,
      connectionTimeoutMillis: 5000,
      // Named, so an operator sees the listeners in pg_stat_activity.
      application_name: `gc-relay ${this.o.instance}`.slice(0, 63),
    });
    const lost = (err?: Error) => {
      if (this.client !== client) return;
      this.client = undefined;
      this.connected = false;
      if (!this.closed) {
        this.o.log?.warn({ err: err && { message: err.message } }, 'cache relay connection lost');
        this.scheduleReconnect();
      }
    };
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', (n) => this.receive(n.payload));
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (err) {
      lost(err as Error);
      await client.end().catch(() => undefined);
      if (!this.everConnected) throw err;
      return;
    }
    if (this.client !== client) return;
    this.connected = true;
    this.retryMs = 250;
    if (this.everConnected) {
      this.reconnects += 1;
      // Whatever was NOTIFYed while we were away is lost: forget everything once.
      this.o.cache.invalidate(undefined, 'remote');
      this.o.log?.info({ reconnects: this.reconnects }, 'cache relay reconnected');
    }
    this.everConnected = true;
  }

  private scheduleReconnect(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.connect();
    }, this.retryMs);
    this.timer.unref?.();
    this.retryMs = Math.min(5000, this.retryMs * 2);
  }

  private publish(msg: RelayMessage): void {
    const client = this.client;
    if (!client || !this.connected) return;
    const payload = JSON.stringify({ ...msg, from: this.o.instance });
    // Fire and forget: a lost NOTIFY costs at most the cache's 2 s TTL on the other instances.
    client.query('SELECT pg_notify($1, $2)', [this.channel, payload]).catch(() => undefined);
  }

  private receive(payload: string | undefined): void {
    const msg = parseRelayMessage(payload);
    if (!msg || msg.from === this.o.instance) return;
    if (msg.t === 'inv') this.o.cache.invalidate(msg.scope ?? undefined, 'remote');
    else this.o.budget?.settle(msg.action, msg.regionId, true, msg.retryAfterMs, 'remote');
  }

  /** Unsubscribes and closes the connection. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const u of this.unsubscribe) u();
    const client = this.client;
    this.client = undefined;
    this.connected = false;
    await client?.end().catch(() => undefined);
  }
}
