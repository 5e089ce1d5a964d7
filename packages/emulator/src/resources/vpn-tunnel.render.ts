import type { VpnTunnelRecord } from './vpn-tunnel.model.ts';

// Type drift (REFERENCE-2 §1.6, §1.7, §8): Describe answers EnableDpd/EnableNatTraversal,
// LocalAsn/PeerAsn and the lifetimes as strings; Modify* answer bools and ints.

/** A tunnel in DescribeVpnConnection(s) `TunnelOptionsSpecification.TunnelOptions[]`. */
export function renderTunnelForDescribe(t: VpnTunnelRecord) {
  const bgp = t.TunnelBgpConfig;
  return {
    TunnelId: t.TunnelId,
    TunnelIndex: t.TunnelIndex,
    Role: t.Role,
    CustomerGatewayId: t.CustomerGatewayId,
    InternetIp: t.InternetIp,
    ZoneNo: t.ZoneNo,
    State: t.State,
    Status: t.Status,
    EnableDpd: String(t.EnableDpd),
    EnableNatTraversal: String(t.EnableNatTraversal),
    RemoteCaCertificate: t.RemoteCaCertificate,
    TunnelIkeConfig: { ...t.TunnelIkeConfig, IkeLifetime: String(t.TunnelIkeConfig.IkeLifetime) },
    TunnelIpsecConfig: {
      ...t.TunnelIpsecConfig,
      IpsecLifetime: String(t.TunnelIpsecConfig.IpsecLifetime),
    },
    ...(bgp
      ? {
          TunnelBgpConfig: {
            TunnelCidr: bgp.TunnelCidr,
            LocalBgpIp: bgp.LocalBgpIp,
            LocalAsn: String(bgp.LocalAsn),
            PeerBgpIp: bgp.PeerBgpIp,
            PeerAsn: bgp.PeerAsn ? String(bgp.PeerAsn) : '',
            BgpStatus: bgp.BgpStatus,
          },
        }
      : {}),
  };
}

/** A tunnel as ModifyVpnConnectionAttribute / ModifyTunnelAttribute answer it (bools, ints). */
export function renderTunnelForModify(t: VpnTunnelRecord) {
  const bgp = t.TunnelBgpConfig;
  return {
    TunnelId: t.TunnelId,
    Role: t.Role,
    CustomerGatewayId: t.CustomerGatewayId,
    InternetIp: t.InternetIp,
    ZoneNo: t.ZoneNo,
    State: t.State,
    EnableDpd: t.EnableDpd,
    EnableNatTraversal: t.EnableNatTraversal,
    RemoteCaCertificate: t.RemoteCaCertificate,
    TunnelIkeConfig: t.TunnelIkeConfig,
    TunnelIpsecConfig: t.TunnelIpsecConfig,
    TunnelBgpConfig: bgp
      ? {
          EnableBgp: true,
          TunnelCidr: bgp.TunnelCidr,
          LocalBgpIp: bgp.LocalBgpIp,
          LocalAsn: bgp.LocalAsn,
          PeerBgpIp: bgp.PeerBgpIp,
          PeerAsn: bgp.PeerAsn,
        }
      : { EnableBgp: false },
  };
}
