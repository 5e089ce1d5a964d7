import type { PeerConfig } from '@gc/contracts';
import type { VpcClient, VpnConnectionConfig } from '@gc/vpc-client';

/** What the masked key reads as for callers who may not see it. */
export const PSK_MASK = '******** (hidden: ask an operator)';

// DH groups by name → IKE proposal names (RFC 2409 / RFC 3526 MODP groups).
const MODP: Record<string, string> = {
  group1: 'modp768',
  group2: 'modp1024',
  group5: 'modp1536',
  group14: 'modp2048',
};
const CIPHER: Record<string, string> = {
  aes: 'aes128',
  aes192: 'aes192',
  aes256: 'aes256',
  des: 'des',
  '3des': '3des',
};

function proposal(enc: string, auth: string, pfs: string): string {
  const group = MODP[pfs];
  return [CIPHER[enc] ?? enc, auth, ...(group ? [group] : [])].join('-');
}

type Ike = NonNullable<VpnConnectionConfig['IkeConfig']>;
type Ipsec = NonNullable<VpnConnectionConfig['IpsecConfig']>;

/** One tunnel of the device's configuration, in DownloadVpnConnectionConfig's device perspective. */
export interface PeerTunnel {
  /** '' for a single-tunnel connection. */
  tunnelId: string;
  /** `master`/`slave` of a dual-tunnel connection. */
  role?: string;
  /** The customer device (the API's `Local` here) and the VPN gateway (`Remote`). */
  deviceIp: string;
  vpnGatewayIp: string;
  ike: Ike;
  ipsec: Ipsec;
  enableDpd: boolean;
  enableNatTraversal: boolean;
}

/** The connection the tunnels belong to, and its subnets from the device's point of view. */
export interface PeerConfigInput {
  id: string;
  name: string;
  regionId: string;
  vpnGatewayId: string;
  /** The on-premises side (`LocalSubnet` of the download) and the VPC side. */
  deviceSubnets: string[];
  cloudSubnets: string[];
  tunnels: PeerTunnel[];
  /** Undefined: the caller may not read them, the file shows a mask. */
  withPsk: boolean;
}

function tunnelBlock(c: PeerConfigInput, t: PeerTunnel): string[] {
  const { ike, ipsec } = t;
  const secret = c.withPsk ? (ike.Psk ?? '') : PSK_MASK;
  const deviceId = ike.LocalId || t.deviceIp;
  const gatewayId = ike.RemoteId || t.vpnGatewayIp;
  const dpd = t.enableDpd;
  const title = t.tunnelId ? `tunnel ${t.tunnelId}${t.role ? ` (${t.role})` : ''}` : 'tunnel';
  return [
    `# ---- ${title} ----`,
    ...(t.tunnelId ? [`tunnel_id = ${t.tunnelId}`] : []),
    '[peer]',
    `alibaba_cloud_vpn_gateway_ip = ${t.vpnGatewayIp}`,
    `customer_gateway_ip = ${t.deviceIp}`,
    `your_subnets = ${c.deviceSubnets.join(',')}`,
    `alibaba_cloud_subnets = ${c.cloudSubnets.join(',')}`,
    `pre_shared_key = ${secret}`,
    '',
    '[ike]',
    `version = ${ike.IkeVersion ?? ''}`,
    `mode = ${ike.IkeMode ?? ''}`,
    `encryption = ${ike.IkeEncAlg ?? ''}`,
    `authentication = ${ike.IkeAuthAlg ?? ''}`,
    `dh_group = ${ike.IkePfs ?? ''}`,
    `lifetime_seconds = ${ike.IkeLifetime ?? ''}`,
    `local_id = ${deviceId}`,
    `remote_id = ${gatewayId}`,
    '',
    '[ipsec]',
    `encryption = ${ipsec.IpsecEncAlg ?? ''}`,
    `authentication = ${ipsec.IpsecAuthAlg ?? ''}`,
    `pfs = ${ipsec.IpsecPfs ?? ''}`,
    `lifetime_seconds = ${ipsec.IpsecLifetime ?? ''}`,
    `dpd = ${dpd ? 'on' : 'off'}`,
    `nat_traversal = ${t.enableNatTraversal ? 'on' : 'off'}`,
    '',
    '# strongSwan ipsec.conf',
    `conn ${t.tunnelId || c.id}`,
    `  keyexchange=${ike.IkeVersion ?? ''}`,
    `  aggressive=${ike.IkeMode === 'aggressive' ? 'yes' : 'no'}`,
    `  left=%defaultroute`,
    `  leftid=${deviceId}`,
    `  leftsubnet=${c.deviceSubnets.join(',')}`,
    `  right=${t.vpnGatewayIp}`,
    `  rightid=${gatewayId}`,
    `  rightsubnet=${c.cloudSubnets.join(',')}`,
    `  authby=secret`,
    `  ike=${proposal(ike.IkeEncAlg ?? '', ike.IkeAuthAlg ?? '', ike.IkePfs ?? '')}!`,
    `  esp=${proposal(ipsec.IpsecEncAlg ?? '', ipsec.IpsecAuthAlg ?? '', ipsec.IpsecPfs ?? '')}!`,
    `  ikelifetime=${ike.IkeLifetime ?? ''}s`,
    `  lifetime=${ipsec.IpsecLifetime ?? ''}s`,
    `  dpdaction=${dpd ? 'restart' : 'none'}`,
    `  auto=start`,
    '',
    '# ipsec.secrets',
    `${deviceId} ${gatewayId} : PSK "${secret}"`,
    '',
  ];
}

/**
 * The peer configuration as text: per tunnel, a vendor-neutral summary, then a strongSwan
 * `ipsec.conf` connection and its secret. DownloadVpnConnectionConfig already speaks from the
 * device's side (SDK 7.3.2): its `Local` is the device, its `LocalSubnet` the on-premises one.
 */
export function renderPeerConfig(c: PeerConfigInput): string {
  const count = c.tunnels.length;
  return [
    `# IPsec peer configuration for ${c.name || c.id} (${c.id})`,
    `# VPN gateway ${c.vpnGatewayId} in ${c.regionId}; covers ${count === 1 ? 'its tunnel' : `all ${count} tunnels`}`,
    ...(count > 1 ? ['# Configure both tunnels: the gateway fails over between them.'] : []),
    '',
    ...c.tunnels.flatMap((t) => tunnelBlock(c, t)),
  ].join('\n');
}

const list = (raw: string | undefined) =>
  (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Builds the download from DownloadVpnConnectionConfig (per tunnel for dual-tunnel connections)
 * and DescribeVpnConnection (name, gateway, roles, DPD/NAT-T). The key is only read from the
 * answer when the caller may see it; nothing here is logged.
 */
export async function buildPeerConfig(
  client: VpcClient,
  regionId: string,
  id: string,
  withPsk: boolean,
): Promise<PeerConfig> {
  const conn = await client.describeVpnConnection({ RegionId: regionId, VpnConnectionId: id });
  const dl = await client.downloadVpnConnectionConfig({ RegionId: regionId, VpnConnectionId: id });
  const cfg = dl.VpnConnectionConfig ?? {
    TunnelsConfig: { TunnelConfig: [] },
    BgpConfigs: { BgpConfig: [] },
  };
  const described = new Map(
    conn.TunnelOptionsSpecification.TunnelOptions.map((t) => [t.TunnelId, t]),
  );
  const perTunnel = cfg.TunnelsConfig.TunnelConfig;
  const tunnels: PeerTunnel[] = perTunnel.length
    ? perTunnel.map((t) => {
        const d = described.get(t.TunnelId);
        return {
          tunnelId: t.TunnelId ?? '',
          role: d?.Role,
          deviceIp: t.Local ?? '',
          vpnGatewayIp: t.Remote ?? '',
          ike: t.IkeConfig ?? {},
          ipsec: t.IpsecConfig ?? {},
          enableDpd: d?.EnableDpd !== 'false',
          enableNatTraversal: d?.EnableNatTraversal !== 'false',
        };
      })
    : [
        {
          tunnelId: '',
          deviceIp: cfg.Local ?? '',
          vpnGatewayIp: cfg.Remote ?? conn.InternetIp ?? '',
          ike: cfg.IkeConfig ?? {},
          ipsec: cfg.IpsecConfig ?? {},
          enableDpd: conn.EnableDpd ?? true,
          enableNatTraversal: conn.EnableNatTraversal ?? true,
        },
      ];
  const content = renderPeerConfig({
    id,
    name: conn.Name ?? '',
    regionId,
    vpnGatewayId: conn.VpnGatewayId ?? '',
    deviceSubnets: list(cfg.LocalSubnet),
    cloudSubnets: list(cfg.RemoteSubnet),
    tunnels,
    withPsk,
  });
  return { vpnConnectionId: id, fileName: `${id}-peer-config.txt`, content, includesPsk: withPsk };
}
