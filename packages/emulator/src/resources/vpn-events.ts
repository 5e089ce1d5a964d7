import type { BaseRecord, Store } from '../store.ts';

/** Store kind of the simulated IPsec negotiation events (one table per region). */
export const VPN_EVENT_KIND = 'vpnEvents';

/** What happened on a connection or one of its tunnels, as the simulated negotiation saw it. */
export type VpnEventType =
  | 'config_applied'
  | 'ike_sa_established'
  | 'ipsec_sa_established'
  | 'negotiation_failed'
  | 'peer_down'
  | 'peer_up'
  | 'dpd_timeout'
  | 'failover'
  | 'failback';

/** One negotiation event; `tunnelId` is '' for a single-tunnel connection. */
export interface VpnEventRecord extends BaseRecord {
  connectionId: string;
  tunnelId: string;
  /** Epoch milliseconds (the emulator's virtual clock). */
  at: number;
  type: VpnEventType;
  /** A short reason in words, e.g. which setting does not match the peer. */
  detail: string;
}

/** Events kept per connection: logs are "recent" in the real console too, and memory stays bounded. */
export const EVENTS_PER_CONNECTION = 200;

/** Appends an event, dropping the connection's oldest beyond {@link EVENTS_PER_CONNECTION}. */
export function recordVpnEvent(
  store: Store,
  regionId: string,
  event: Omit<VpnEventRecord, 'id' | 'regionId' | 'tags'>,
): void {
  const table = store.table<VpnEventRecord>(regionId, VPN_EVENT_KIND);
  table.put({ ...event, id: `evt-${store.nextSeq()}`, regionId, tags: [] });
  const mine = table.list().filter((e) => e.connectionId === event.connectionId);
  for (const old of mine.slice(0, Math.max(0, mine.length - EVENTS_PER_CONNECTION)))
    table.remove(old.id);
}

/** A connection's events between two instants (ms, inclusive), oldest first. */
export function vpnEventsOf(
  store: Store,
  regionId: string,
  connectionId: string,
  fromMs = 0,
  toMs = Number.MAX_SAFE_INTEGER,
): VpnEventRecord[] {
  return store
    .table<VpnEventRecord>(regionId, VPN_EVENT_KIND)
    .list()
    .filter((e) => e.connectionId === connectionId && e.at >= fromMs && e.at <= toMs)
    .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id, 'en', { numeric: true }));
}
