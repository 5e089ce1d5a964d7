import type { BaseRecord, Store } from '../store.ts';
import { CUSTOMER_GATEWAY_KIND } from './customer-gateway.model.ts';
import type { CustomerGatewayRecord } from './customer-gateway.model.ts';
import type { IkeConfig, IpsecConfig } from './vpn-connection.config.ts';
import type { TunnelStatus, VpnConnectionRecord } from './vpn-connection.model.ts';
import { vpnEventsOf } from './vpn-events.ts';
import { VPN_GATEWAY_KIND } from './vpn-gateway.model.ts';
import type { VpnGatewayRecord } from './vpn-gateway.model.ts';
import type { TunnelBgpConfig } from './vpn-tunnel.model.ts';

/**
 * One negotiating path of a connection, whatever its form: a dual-tunnel connection has two, a
 * single-tunnel one has one whose `tunnelId` is '' (logs, diagnoses and downloads share it).
 */
export interface TunnelView {
  tunnelId: string;
  role: 'master' | 'slave' | 'single';
  status: TunnelStatus;
  /** The VPN gateway's public IP of this path. */
  gatewayIp: string;
  customerGatewayId: string;
  customerGatewayIp: string;
  ike: IkeConfig;
  ipsec: IpsecConfig;
  enableDpd: boolean;
  peerDown: boolean;
  bgp?: TunnelBgpConfig;
}

/** True for a connection created in the dual-tunnel form. */
export const isDualTunnelConnection = (c: VpnConnectionRecord): boolean =>
  (c.Tunnels?.length ?? 0) > 0;

/** The connection's gateway, if it still exists. */
export function gatewayOf(store: Store, c: VpnConnectionRecord): VpnGatewayRecord | undefined {
  return store.table<VpnGatewayRecord>(c.regionId, VPN_GATEWAY_KIND).get(c.VpnGatewayId);
}

const cgwIp = (store: Store, regionId: string, id: string): string =>
  store.table<CustomerGatewayRecord>(regionId, CUSTOMER_GATEWAY_KIND).get(id)?.IpAddress ?? '';

// A single-tunnel connection has no PeerDown flag: its last peer event says it.
function singlePeerDown(store: Store, c: VpnConnectionRecord): boolean {
  const peer = vpnEventsOf(store, c.regionId, c.id).filter(
    (e) => e.type === 'peer_down' || e.type === 'peer_up',
  );
  return peer.at(-1)?.type === 'peer_down';
}

/** The connection's paths: its tunnels (by index), or the connection itself. */
export function tunnelViews(store: Store, c: VpnConnectionRecord): TunnelView[] {
  const gw = gatewayOf(store, c);
  if (isDualTunnelConnection(c)) {
    return [...(c.Tunnels ?? [])]
      .sort((a, b) => a.TunnelIndex - b.TunnelIndex)
      .map((t) => ({
        tunnelId: t.TunnelId,
        role: t.Role,
        status: t.Status,
        gatewayIp: t.InternetIp,
        customerGatewayId: t.CustomerGatewayId,
        customerGatewayIp: cgwIp(store, c.regionId, t.CustomerGatewayId),
        ike: t.TunnelIkeConfig,
        ipsec: t.TunnelIpsecConfig,
        enableDpd: t.EnableDpd,
        peerDown: t.PeerDown,
        ...(t.TunnelBgpConfig ? { bgp: t.TunnelBgpConfig } : {}),
      }));
  }
  return [
    {
      tunnelId: '',
      role: 'single',
      status: c.Status,
      gatewayIp: gw?.InternetIp || gw?.IntranetIp || '',
      customerGatewayId: c.CustomerGatewayId,
      customerGatewayIp: cgwIp(store, c.regionId, c.CustomerGatewayId),
      ike: c.IkeConfig,
      ipsec: c.IpsecConfig,
      enableDpd: c.EnableDpd,
      peerDown: singlePeerDown(store, c),
    },
  ];
}

/** Store kind of one-click diagnoses (DiagnoseVpnGateway). */
export const VPN_DIAGNOSIS_KIND = 'vpnDiagnoses';

/** One item of a diagnosis report (GetVpnGatewayDiagnoseResult `DiagnoseResult[]`). */
export interface DiagnoseItem {
  DiagnoseName: string;
  DiagnoseResultLevel: 'normal' | 'warning' | 'error';
  /** JSON text whose keys depend on the item (REFERENCE-2 §1.14). */
  DiagnoseResultDescription: string;
}

/** A one-click diagnosis: running until its lifecycle transition completes, then its report. */
export interface VpnDiagnosisRecord extends BaseRecord {
  VpnGatewayId: string;
  ResourceInstanceId: string;
  /** Epoch ms (virtual clock) when it started and when it is due to finish. */
  BeginMs: number;
  DueMs: number;
  FinishMs: number;
  TotalCount: number;
  PrivateSourceIp: string;
  PrivateDestinationIp: string;
  Results: DiagnoseItem[];
}

/** `2026-12-05T21:40:07Z`: the ISO form without milliseconds this action answers with. */
export const isoSeconds = (ms: number): string =>
  new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
