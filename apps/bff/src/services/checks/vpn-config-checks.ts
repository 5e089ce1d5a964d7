import type { GatewayCheck } from './gateway-check.ts';

const ESTABLISHED = 'ipsec_sa_established';
const WEAK_ENC = new Set(['des', '3des']);
const WEAK_AUTH = new Set(['md5', 'sha1']);
const WEAK_DH = new Set(['group1', 'group2', 'group5']);

/** A gateway without a disaster-recovery vSwitch runs in one zone (REFERENCE-2 §1.1). */
export const vpnSingleZoneCheck: GatewayCheck = {
  id: 'vpn-single-zone',
  severity: 'medium',
  explanation:
    'The VPN gateway runs in one zone only (no DisasterRecoveryVSwitchId): a zone failure cuts every tunnel.',
  fix: 'Create the gateway again in dual-tunnel mode with a second vSwitch in another zone, then move the connections.',
  run(item) {
    if (item.type !== 'vpn' || item.details.disasterRecoveryVSwitchId !== '') return undefined;
    return {};
  },
};

/** Both tunnels of a dual-tunnel connection must be up, or there is no failover (prowler). */
export const vpnTunnelsNotEstablishedCheck: GatewayCheck = {
  id: 'vpn-tunnels-not-established',
  severity: 'high',
  explanation:
    'A dual-tunnel connection has a master or slave tunnel that is not established: it runs without failover, or not at all.',
  fix: 'Bring up the peer side of each tunnel (public IP, pre-shared key, IKE/IPsec settings must match).',
  run(item) {
    const conns = item.details.connections;
    if (item.type !== 'vpn' || !conns) return undefined;
    const down = conns
      .filter((c) => c.tunnelMode === 'dual')
      .flatMap((c) =>
        c.tunnels
          .filter((t) => t.status !== ESTABLISHED)
          .map((t) => `${c.id}/${t.role} ${t.id}: ${t.status}`),
      );
    return down.length ? { count: down.length, tunnels: down.join(', ') } : undefined;
  },
};

/** InfraGuard `vpn-ipsec-connection-health-check-open`, for single-tunnel connections. */
export const vpnHealthCheckOffCheck: GatewayCheck = {
  id: 'vpn-health-check-off',
  severity: 'low',
  explanation:
    'A single-tunnel IPsec connection has its health check off: a dead tunnel is not detected and routes do not fail over.',
  fix: 'Turn on the health check of the connection (HealthCheckConfig with a source and destination IP).',
  run(item) {
    const conns = item.details.connections;
    if (item.type !== 'vpn' || !conns) return undefined;
    const off = conns
      .filter((c) => c.tunnelMode === 'single' && c.healthCheck === false)
      .map((c) => c.id);
    return off.length ? { count: off.length, connections: off.join(', ') } : undefined;
  },
};

/** Weak IKE/IPsec settings on a connection or on any tunnel (mondoo reads each tunnel too). */
export const vpnWeakCryptoCheck: GatewayCheck = {
  id: 'vpn-weak-crypto',
  severity: 'high',
  explanation:
    'An IPsec connection or tunnel uses weak IKE/IPsec settings: DES/3DES, MD5/SHA1, DH group 1/2/5 or IKEv1 aggressive mode.',
  fix: 'Change the connection (or each tunnel) to AES-256, SHA-256 or better, DH group 14 and IKEv2, on both sides.',
  run(item) {
    const conns = item.details.connections;
    if (item.type !== 'vpn' || !conns) return undefined;
    const weak = conns.flatMap((c) =>
      c.crypto.flatMap((k) => {
        const bad = [
          WEAK_ENC.has(k.ikeEncAlg) && `ikeEncAlg=${k.ikeEncAlg}`,
          WEAK_AUTH.has(k.ikeAuthAlg) && `ikeAuthAlg=${k.ikeAuthAlg}`,
          WEAK_DH.has(k.ikePfs) && `ikePfs=${k.ikePfs}`,
          k.ikeVersion === 'ikev1' && k.ikeMode === 'aggressive' && 'ikeMode=aggressive',
          WEAK_ENC.has(k.ipsecEncAlg) && `ipsecEncAlg=${k.ipsecEncAlg}`,
          WEAK_AUTH.has(k.ipsecAuthAlg) && `ipsecAuthAlg=${k.ipsecAuthAlg}`,
          WEAK_DH.has(k.ipsecPfs) && `ipsecPfs=${k.ipsecPfs}`,
        ].filter((b): b is string => typeof b === 'string');
        return bad.length ? [`${c.id}/${k.scope}: ${bad.join(' ')}`] : [];
      }),
    );
    return weak.length ? { count: weak.length, settings: weak.join('; ') } : undefined;
  },
};

/** SSL-VPN on without a server: billed, and clients have nothing to connect to. */
export const vpnSslNoServerCheck: GatewayCheck = {
  id: 'vpn-ssl-no-server',
  severity: 'low',
  explanation: 'SSL-VPN is enabled on the gateway but it has no SSL server.',
  fix: 'Create the SSL server, or turn SSL-VPN off on the gateway.',
  run(item) {
    const d = item.details;
    if (item.type !== 'vpn' || d.sslEnabled !== true || !d.sslServers || d.sslServers.length > 0)
      return undefined;
    return {};
  },
};

/** Compression inside an encrypted tunnel leaks through sizes (VORACLE-class attacks). */
export const vpnSslCompressionCheck: GatewayCheck = {
  id: 'vpn-ssl-compression',
  severity: 'medium',
  explanation:
    'An SSL server of the gateway has compression on: compressed encrypted traffic leaks information through packet sizes.',
  fix: 'Turn compression off on the SSL server (ModifySslVpnServer Compress=false).',
  run(item) {
    const servers = item.details.sslServers?.filter((s) => s.compress);
    if (item.type !== 'vpn' || !servers?.length) return undefined;
    return { servers: servers.map((s) => s.id).join(', ') };
  },
};
