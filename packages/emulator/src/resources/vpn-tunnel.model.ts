import type { IkeConfig, IpsecConfig } from './vpn-connection.config.ts';
import type { TunnelStatus } from './vpn-connection.model.ts';

/** A tunnel's own provisioning state (REFERENCE-2 §0.4, §7.2). */
export type TunnelState = 'active' | 'updating' | 'deleting';

/** Per-tunnel BGP settings (REFERENCE-2 §1.5, §1.9); ASNs kept as numbers, rendered as strings. */
export interface TunnelBgpConfig {
  TunnelCidr: string;
  LocalBgpIp: string;
  LocalAsn: number;
  PeerBgpIp: string;
  PeerAsn: number;
  /** `success` once the session is up, `false` (sic) otherwise (REFERENCE-2 §0.4). */
  BgpStatus: 'success' | 'false';
}

/**
 * One tunnel of a dual-tunnel connection (DescribeVpnConnection(s)
 * `TunnelOptionsSpecification.TunnelOptions[]`, REFERENCE-2 §1.7). Single-tunnel connections have none.
 */
export interface VpnTunnelRecord {
  TunnelId: string;
  /** 1 for the first tunnel (`master` at creation), 2 for the second. */
  TunnelIndex: number;
  Role: 'master' | 'slave';
  CustomerGatewayId: string;
  /** The gateway's IP for this tunnel: `InternetIp` for index 1, `DisasterRecoveryInternetIp` for 2. */
  InternetIp: string;
  /** The zone of the vSwitch that carries this tunnel. */
  ZoneNo: string;
  State: TunnelState;
  Status: TunnelStatus;
  EnableDpd: boolean;
  EnableNatTraversal: boolean;
  RemoteCaCertificate: string;
  TunnelIkeConfig: IkeConfig;
  TunnelIpsecConfig: IpsecConfig;
  /** Present when the connection has `EnableTunnelsBgp`. */
  TunnelBgpConfig?: TunnelBgpConfig;
  /** Set by the emulator's admin API to simulate the peer (or the path to it) failing. */
  PeerDown: boolean;
}
