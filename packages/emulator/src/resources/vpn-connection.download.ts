import { z } from 'zod';
import { ownerParams, paramsSchema, parseParams } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import { requireVpnConnection } from './vpn-connection.model.ts';
import { isDualTunnelConnection, tunnelViews } from './vpn-diagnose.model.ts';
import type { TunnelView } from './vpn-diagnose.model.ts';

/**
 * IKE settings from the peer device's point of view (SDK 7.3.2, REFERENCE-2 §1.10 [emulator
 * choice]): `LocalId` is the customer gateway's identity, `RemoteId` the VPN gateway's.
 */
function peerIke(t: TunnelView) {
  return {
    IkeAuthAlg: t.ike.IkeAuthAlg,
    IkeEncAlg: t.ike.IkeEncAlg,
    IkeLifetime: t.ike.IkeLifetime,
    IkeMode: t.ike.IkeMode,
    IkePfs: t.ike.IkePfs,
    IkeVersion: t.ike.IkeVersion,
    LocalId: t.ike.RemoteId || t.customerGatewayIp,
    Psk: t.ike.Psk,
    RemoteId: t.ike.LocalId || t.gatewayIp,
  };
}

const peerIpsec = (t: TunnelView) => ({
  IpsecAuthAlg: t.ipsec.IpsecAuthAlg,
  IpsecEncAlg: t.ipsec.IpsecEncAlg,
  IpsecLifetime: t.ipsec.IpsecLifetime,
  IpsecPfs: t.ipsec.IpsecPfs,
});

// BGP from the device's side too: its own ASN/IP are "Local", Alibaba Cloud's are "Peer".
const peerBgp = (t: TunnelView) =>
  t.bgp
    ? [
        {
          TunnelId: t.tunnelId,
          TunnelCidr: t.bgp.TunnelCidr,
          LocalAsn: String(t.bgp.PeerAsn),
          LocalBgpIp: t.bgp.PeerBgpIp,
          PeerAsn: String(t.bgp.LocalAsn),
          PeerBgpIp: t.bgp.LocalBgpIp,
        },
      ]
    : [];

const downloadParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  VpnConnectionId: z.string(),
});

/**
 * DownloadVpnConnectionConfig: single-tunnel data at the `VpnConnectionConfig` level,
 * dual-tunnel data per tunnel in `TunnelsConfig.TunnelConfig[]` and `BgpConfigs.BgpConfig[]`
 * (which level the real API fills per mode is unconfirmed, REFERENCE-2 §1.10, §8). Subnets are
 * swapped into the device's perspective: its `LocalSubnet` is the connection's `RemoteSubnet`.
 */
export function downloadVpnConnectionConfig(ctx: ActionContext) {
  const p = parseParams(downloadParams, ctx.params);
  requireRegion(p.RegionId);
  const conn = requireVpnConnection(ctx.store, p.RegionId, p.VpnConnectionId);
  const views = tunnelViews(ctx.store, conn);
  const subnets = { LocalSubnet: conn.RemoteSubnet, RemoteSubnet: conn.LocalSubnet };
  if (isDualTunnelConnection(conn)) {
    return {
      VpnConnectionConfig: {
        ...subnets,
        TunnelsConfig: {
          TunnelConfig: views.map((t) => ({
            TunnelId: t.tunnelId,
            Local: t.customerGatewayIp,
            Remote: t.gatewayIp,
            IkeConfig: peerIke(t),
            IpsecConfig: peerIpsec(t),
          })),
        },
        BgpConfigs: { BgpConfig: views.flatMap(peerBgp) },
      },
    };
  }
  const [t] = views as [TunnelView];
  return {
    VpnConnectionConfig: {
      ...subnets,
      Local: t.customerGatewayIp,
      Remote: t.gatewayIp,
      IkeConfig: peerIke(t),
      IpsecConfig: peerIpsec(t),
    },
  };
}
