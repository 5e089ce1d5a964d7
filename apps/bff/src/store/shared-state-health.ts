import type { RelayStatus } from '../services/pg-relay.ts';
import type { CoordinationStore } from './coordination-store.ts';

/** What `/api/ready` adds about the shared state: the store, and the relay when there is one. */
export interface SharedStateHealth {
  store: { kind: 'sqlite' | 'postgres'; ok: boolean };
  relay?: RelayStatus;
}

/**
 * Pings the store at most once a second however many callers ask (a load balancer storm costs
 * one `SELECT 1`), and reads the relay's status, which costs nothing.
 */
export function sharedStateHealth(
  store: Pick<CoordinationStore, 'kind' | 'ping'>,
  relay?: { status(): RelayStatus },
  ttlMs = 1000,
): () => Promise<SharedStateHealth> {
  let cached: { at: number; ok: boolean } | undefined;
  let inFlight: Promise<boolean> | undefined;
  const ping = () =>
    store.ping().then(
      () => true,
      () => false,
    );
  return async () => {
    if (!cached || Date.now() - cached.at >= ttlMs) {
      inFlight ??= ping().finally(() => (inFlight = undefined));
      const ok = await inFlight;
      cached = { at: Date.now(), ok };
    }
    const health: SharedStateHealth = { store: { kind: store.kind, ok: cached.ok } };
    return relay ? { ...health, relay: relay.status() } : health;
  };
}
