import { isIpv4 } from '../params.ts';
import type { Store } from '../store.ts';
import { CUSTOMER_GATEWAY_KIND } from './customer-gateway.model.ts';
import type { CustomerGatewayRecord } from './customer-gateway.model.ts';
import type { IkeConfig } from './vpn-connection.config.ts';
import type { TunnelStatus, VpnConnectionRecord } from './vpn-connection.model.ts';
import { recordVpnEvent } from './vpn-events.ts';
import type { VpnEventType } from './vpn-events.ts';
import type { VpnTunnelRecord } from './vpn-tunnel.model.ts';

/** What the simulated negotiation looks at: one tunnel, or a single-tunnel connection itself. */
interface Leg {
  tunnelId: string;
  cgwId: string;
  ike: IkeConfig;
  peerDown: boolean;
  bgpMissing: boolean;
  status: TunnelStatus;
}

/**
 * Why a leg cannot come up ([emulator choice], README "Dual-tunnel connections"): a missing
 * customer gateway or PSK, IKE settings the peer cannot agree to, BGP without a tunnel CIDR, or
 * a peer marked down by the admin API. `undefined` means the SAs come up.
 */
export function legProblem(store: Store, regionId: string, leg: Leg): string | undefined {
  const cgw = store.table<CustomerGatewayRecord>(regionId, CUSTOMER_GATEWAY_KIND).get(leg.cgwId);
  if (!cgw) return `customer gateway ${leg.cgwId || '(none)'} does not exist`;
  if (leg.ike.Psk === '') return 'no pre-shared key is set';
  if (leg.ike.IkeVersion === 'ikev2' && leg.ike.IkeMode === 'aggressive')
    return 'IKEv2 has no aggressive mode: set IkeMode to main';
  if (leg.ike.RemoteId !== '' && !isIpv4(leg.ike.RemoteId) && leg.ike.IkeMode !== 'aggressive')
    return `RemoteId ${leg.ike.RemoteId} is not an IP address, which needs IkeMode aggressive`;
  if (leg.bgpMissing) return 'BGP is enabled but the tunnel has no TunnelCidr';
  if (leg.peerDown) return `peer ${cgw.IpAddress} does not answer (DPD/IKE timeout)`;
  return undefined;
}

function legsOf(conn: VpnConnectionRecord): Leg[] {
  if (conn.Tunnels && conn.Tunnels.length > 0)
    return conn.Tunnels.map((t) => ({
      tunnelId: t.TunnelId,
      cgwId: t.CustomerGatewayId,
      ike: t.TunnelIkeConfig,
      peerDown: t.PeerDown,
      bgpMissing: Boolean(conn.EnableTunnelsBgp) && !t.TunnelBgpConfig,
      status: t.Status,
    }));
  return [
    {
      tunnelId: '',
      cgwId: conn.CustomerGatewayId,
      ike: conn.IkeConfig,
      peerDown: conn.PeerDown ?? false,
      bgpMissing: false,
      status: conn.Status,
    },
  ];
}

/** The tunnel that carries traffic: the master while it is up, else the slave if it is up. */
export function carrierOf(conn: VpnConnectionRecord): VpnTunnelRecord | undefined {
  const up = (role: string) =>
    conn.Tunnels?.find((t) => t.Role === role && t.Status === 'ipsec_sa_established');
  return up('master') ?? up('slave');
}

/** Why negotiation is at a given point: after a configuration change, or a peer going down/up. */
export type NegotiationCause = 'config' | 'peer';

/**
 * Re-runs the simulated negotiation of a connection at `at` (epoch ms), updating every tunnel's
 * `Status` (and BGP status) and recording the events the diagnostics slice renders as logs.
 * With `EffectImmediately=false` the emulated peer sends no traffic, so a configuration change
 * does not negotiate; a peer coming back (admin API) does. `only` limits it to some tunnels.
 */
export function negotiate(
  store: Store,
  conn: VpnConnectionRecord,
  at: number,
  cause: NegotiationCause,
  only?: readonly string[],
): void {
  const before = carrierOf(conn)?.TunnelId;
  const event = (tunnelId: string, type: VpnEventType, detail: string) =>
    recordVpnEvent(store, conn.regionId, { connectionId: conn.id, tunnelId, at, type, detail });
  for (const leg of legsOf(conn).filter((l) => !only || only.includes(l.tunnelId))) {
    const problem = legProblem(store, conn.regionId, leg);
    const waiting =
      !conn.EffectImmediately && cause === 'config' && leg.status !== 'ipsec_sa_established';
    if (cause === 'config')
      event(leg.tunnelId, 'config_applied', 'the gateway applied the configuration');
    if (cause === 'peer')
      event(
        leg.tunnelId,
        leg.peerDown ? 'peer_down' : 'peer_up',
        leg.peerDown ? 'peer marked down' : 'peer answers again',
      );
    let next: TunnelStatus = leg.status;
    if (waiting) next = 'ike_sa_not_established';
    else if (problem) {
      next = 'ike_sa_not_established';
      if (leg.peerDown && cause === 'peer') event(leg.tunnelId, 'dpd_timeout', problem);
      event(leg.tunnelId, 'negotiation_failed', problem);
    } else if (cause === 'config' || leg.status !== 'ipsec_sa_established') {
      next = 'ipsec_sa_established';
      event(
        leg.tunnelId,
        'ike_sa_established',
        `IKE ${leg.ike.IkeVersion} ${leg.ike.IkeMode} mode SA up`,
      );
      event(leg.tunnelId, 'ipsec_sa_established', 'IPsec SA up: traffic can flow');
    }
    setStatus(conn, leg.tunnelId, next);
  }
  const after = carrierOf(conn);
  conn.Status = conn.Tunnels?.length ? (after?.Status ?? 'ike_sa_not_established') : conn.Status;
  const master = conn.Tunnels?.find((t) => t.Role === 'master');
  if (before && after && before !== after.TunnelId) {
    const back = after.TunnelId === master?.TunnelId;
    event(
      after.TunnelId,
      back ? 'failback' : 'failover',
      back
        ? 'master tunnel recovered: traffic switched back'
        : `tunnel ${before} down: traffic moved to this tunnel`,
    );
  }
}

function setStatus(conn: VpnConnectionRecord, tunnelId: string, status: TunnelStatus): void {
  if (tunnelId === '') {
    conn.Status = status;
    return;
  }
  const t = conn.Tunnels?.find((x) => x.TunnelId === tunnelId);
  if (!t) return;
  t.Status = status;
  if (t.TunnelBgpConfig)
    t.TunnelBgpConfig.BgpStatus = status === 'ipsec_sa_established' ? 'success' : 'false';
}
