import type { VpnConnection } from '@gc/contracts';

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

interface PeerConfigInput {
  connection: VpnConnection;
  vpnGatewayIp: string;
  customerGatewayIp: string;
  /** Undefined: the caller may not read it, the file shows a mask. */
  psk?: string;
}

/**
 * The peer configuration as text: a vendor-neutral summary, then a strongSwan `ipsec.conf`
 * connection. "Local" in the API is the VPC side, so the peer's left is the API's remote.
 */
export function renderPeerConfig({
  connection: c,
  vpnGatewayIp,
  customerGatewayIp,
  psk,
}: PeerConfigInput): string {
  const ike = c.ikeConfig;
  const ipsec = c.ipsecConfig;
  const secret = psk ?? PSK_MASK;
  const lines = [
    `# IPsec peer configuration for ${c.name || c.id} (${c.id})`,
    `# VPN gateway ${c.vpnGatewayId} in ${c.regionId} <-> customer gateway ${c.customerGatewayId}`,
    '',
    '[peer]',
    `alibaba_cloud_vpn_gateway_ip = ${vpnGatewayIp}`,
    `customer_gateway_ip = ${customerGatewayIp}`,
    `your_subnets = ${c.remoteSubnets.join(',')}`,
    `alibaba_cloud_subnets = ${c.localSubnets.join(',')}`,
    `pre_shared_key = ${secret}`,
    '',
    '[ike]',
    `version = ${ike.ikeVersion}`,
    `mode = ${ike.ikeMode}`,
    `encryption = ${ike.ikeEncAlg}`,
    `authentication = ${ike.ikeAuthAlg}`,
    `dh_group = ${ike.ikePfs}`,
    `lifetime_seconds = ${ike.ikeLifetime}`,
    `local_id = ${ike.remoteId || customerGatewayIp}`,
    `remote_id = ${ike.localId || vpnGatewayIp}`,
    '',
    '[ipsec]',
    `encryption = ${ipsec.ipsecEncAlg}`,
    `authentication = ${ipsec.ipsecAuthAlg}`,
    `pfs = ${ipsec.ipsecPfs}`,
    `lifetime_seconds = ${ipsec.ipsecLifetime}`,
    `dpd = ${c.enableDpd ? 'on' : 'off'}`,
    `nat_traversal = ${c.enableNatTraversal ? 'on' : 'off'}`,
    '',
    '# strongSwan ipsec.conf',
    `conn ${c.id}`,
    `  keyexchange=${ike.ikeVersion}`,
    `  aggressive=${ike.ikeMode === 'aggressive' ? 'yes' : 'no'}`,
    `  left=%defaultroute`,
    `  leftid=${ike.remoteId || customerGatewayIp}`,
    `  leftsubnet=${c.remoteSubnets.join(',')}`,
    `  right=${vpnGatewayIp}`,
    `  rightid=${ike.localId || vpnGatewayIp}`,
    `  rightsubnet=${c.localSubnets.join(',')}`,
    `  authby=secret`,
    `  ike=${proposal(ike.ikeEncAlg, ike.ikeAuthAlg, ike.ikePfs)}!`,
    `  esp=${proposal(ipsec.ipsecEncAlg, ipsec.ipsecAuthAlg, ipsec.ipsecPfs)}!`,
    `  ikelifetime=${ike.ikeLifetime}s`,
    `  lifetime=${ipsec.ipsecLifetime}s`,
    `  dpdaction=${c.enableDpd ? 'restart' : 'none'}`,
    `  auto=start`,
    '',
    '# ipsec.secrets',
    `${ike.remoteId || customerGatewayIp} ${ike.localId || vpnGatewayIp} : PSK "${secret}"`,
    '',
  ];
  return lines.join('\n');
}
