import type { Store } from '../store.ts';
import { connectionsWhere } from './vpn-connection.model.ts';
import type { VpnConnectionRecord } from './vpn-connection.model.ts';
import { carrierOf, negotiate } from './vpn-tunnel.negotiation.ts';

/** What the admin API answers after marking a peer down or up. */
export interface PeerChange {
  vpnConnectionId: string;
  tunnelId: string;
  up: boolean;
  status: string;
  /** The tunnel carrying traffic afterwards ('' when none, or for a single-tunnel connection). */
  activeTunnelId: string;
}

function find(
  store: Store,
  id: string,
): { regionId: string; conn: VpnConnectionRecord } | undefined {
  for (const regionId of store.regionIds()) {
    const conn = connectionsWhere(
      store,
      regionId,
      (c) => c.id === id || (c.Tunnels ?? []).some((t) => t.TunnelId === id),
    )[0];
    if (conn) return { regionId, conn };
  }
  return undefined;
}

/**
 * Simulates a tunnel's peer (or the path to it) failing or recovering — for demos and tests
 * ([emulator choice], README "Dual-tunnel connections"). `id` is a tunnel id, or the id of a
 * single-tunnel connection. Negotiation re-runs at once: a dual-tunnel connection fails over to
 * the slave when the master goes down and fails back when it recovers. Undefined when unknown.
 */
export function setVpnPeer(
  store: Store,
  id: string,
  up: boolean,
  at: number,
): PeerChange | undefined {
  const found = find(store, id);
  if (!found) return undefined;
  const { conn } = found;
  const tunnel = conn.Tunnels?.find((t) => t.TunnelId === id);
  if (tunnel) tunnel.PeerDown = !up;
  else if (conn.Tunnels?.length) for (const t of conn.Tunnels) t.PeerDown = !up;
  else conn.PeerDown = !up;
  const legs = tunnel ? [tunnel.TunnelId] : (conn.Tunnels ?? []).map((t) => t.TunnelId);
  negotiate(store, conn, at, 'peer', legs.length ? legs : ['']);
  return {
    vpnConnectionId: conn.id,
    tunnelId: tunnel?.TunnelId ?? '',
    up,
    status: tunnel?.Status ?? conn.Status,
    activeTunnelId: carrierOf(conn)?.TunnelId ?? '',
  };
}
