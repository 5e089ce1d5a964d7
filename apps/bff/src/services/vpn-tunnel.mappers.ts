import { tunnelStatusSchema, type VpnConnection, type VpnTunnel } from '@gc/contracts';
import type { VpnConnection as ApiVpnConnection } from '@gc/vpc-client';

/** A tunnel as DescribeVpnConnection(s) answer it (strings where Modify answers bools/ints). */
type ApiTunnel = NonNullable<
  ApiVpnConnection['TunnelOptionsSpecification']
>['TunnelOptions'][number];

// Describe answers EnableDpd, lifetimes and ASNs as strings, Modify as bools and ints
// (REFERENCE-2 §8 type drift): accept both.
const asBool = (v: string | boolean | undefined, dflt: boolean) =>
  v === undefined || v === '' ? dflt : String(v) === 'true';
const asNum = (v: string | number | undefined) => (v === undefined || v === '' ? 0 : Number(v));

/** One tunnel → the console's tunnel. The pre-shared key is deliberately not copied. */
export function toVpnTunnel(t: ApiTunnel): VpnTunnel {
  const ike = t.TunnelIkeConfig;
  const ipsec = t.TunnelIpsecConfig;
  const bgp = t.TunnelBgpConfig;
  const status = tunnelStatusSchema.safeParse(t.Status);
  return {
    id: t.TunnelId ?? '',
    role: t.Role === 'slave' ? 'slave' : 'master',
    index: t.TunnelIndex ?? 0,
    zoneId: t.ZoneNo ?? '',
    internetIp: t.InternetIp ?? '',
    state: t.State ?? '',
    status: status.success ? status.data : 'ike_sa_not_established',
    customerGatewayId: t.CustomerGatewayId ?? '',
    enableDpd: asBool(t.EnableDpd, true),
    enableNatTraversal: asBool(t.EnableNatTraversal, true),
    ikeConfig: {
      ikeVersion: ike?.IkeVersion ?? '',
      ikeMode: ike?.IkeMode ?? '',
      ikeEncAlg: ike?.IkeEncAlg ?? '',
      ikeAuthAlg: ike?.IkeAuthAlg ?? '',
      ikePfs: ike?.IkePfs ?? '',
      ikeLifetime: asNum(ike?.IkeLifetime),
      localId: ike?.LocalId ?? '',
      remoteId: ike?.RemoteId ?? '',
    },
    ipsecConfig: {
      ipsecEncAlg: ipsec?.IpsecEncAlg ?? '',
      ipsecAuthAlg: ipsec?.IpsecAuthAlg ?? '',
      ipsecPfs: ipsec?.IpsecPfs ?? '',
      ipsecLifetime: asNum(ipsec?.IpsecLifetime),
    },
    ...(bgp?.TunnelCidr
      ? {
          bgpConfig: {
            tunnelCidr: bgp.TunnelCidr,
            localBgpIp: bgp.LocalBgpIp ?? '',
            localAsn: asNum(bgp.LocalAsn),
            peerBgpIp: bgp.PeerBgpIp ?? '',
            ...(bgp.PeerAsn ? { peerAsn: asNum(bgp.PeerAsn) } : {}),
            status: bgp.BgpStatus ?? '',
          },
        }
      : {}),
  };
}

type TunnelView = Pick<
  VpnConnection,
  'tunnelMode' | 'tunnels' | 'activeTunnelId' | 'enableTunnelsBgp'
>;

/**
 * The dual-tunnel part of a connection: its tunnels (master first) and the one carrying traffic —
 * the master while its IPsec SA is up, else the slave if its SA is up (REFERENCE-2 §1.1 failover).
 */
export function tunnelView(
  c: Pick<ApiVpnConnection, 'TunnelOptionsSpecification' | 'EnableTunnelsBgp'>,
): TunnelView {
  const tunnels = (c.TunnelOptionsSpecification?.TunnelOptions ?? [])
    .map(toVpnTunnel)
    .sort((a, b) => (a.role === b.role ? a.index - b.index : a.role === 'master' ? -1 : 1));
  const up = (role: string) =>
    tunnels.find((t) => t.role === role && t.status === 'ipsec_sa_established');
  return {
    tunnelMode: tunnels.length > 0 ? 'dual' : 'single',
    tunnels,
    activeTunnelId: (up('master') ?? up('slave'))?.id ?? '',
    enableTunnelsBgp: c.EnableTunnelsBgp ?? false,
  };
}
