import type {
  CustomerGateway,
  IpsecServer,
  VpnConnection,
  VpnGateway,
  VpnGatewayPage,
  VpnTunnel,
} from '@gc/contracts';

/** A complete VPN gateway for tests; override what the test is about. */
export function vpnGatewayFixture(overrides: Partial<VpnGateway> = {}): VpnGateway {
  return {
    id: 'vpn-test1',
    name: 'office-vpn',
    description: '',
    status: 'active',
    regionId: 'cn-hangzhou',
    vpcId: 'vpc-test1',
    vSwitchId: 'vsw-test1',
    internetIp: '47.96.0.10',
    disasterRecoveryInternetIp: '',
    sslVpnInternetIp: '',
    bandwidth: 10,
    spec: '10M',
    ipsecEnabled: true,
    sslEnabled: false,
    sslMaxConnections: 5,
    networkType: 'public',
    chargeType: 'POSTPAY',
    businessStatus: 'Normal',
    creationTime: '2026-01-01T08:00:00.000Z',
    createTime: '2026-01-01T08:00:00.000Z',
    tags: [],
    ...overrides,
  };
}

/** A page of gateways. */
export function vpnPageFixture(items: VpnGateway[], page = 1): VpnGatewayPage {
  return { items, total: items.length, page, pageSize: 20 };
}

/** A complete IPsec connection. */
export function connectionFixture(overrides: Partial<VpnConnection> = {}): VpnConnection {
  return {
    id: 'vco-test1',
    name: 'to-office',
    regionId: 'cn-hangzhou',
    vpnGatewayId: 'vpn-test1',
    customerGatewayId: 'cgw-test1',
    localSubnets: ['10.0.0.0/16'],
    remoteSubnets: ['192.168.1.0/24'],
    status: 'ike_sa_not_established',
    state: 'active',
    effectImmediately: false,
    enableDpd: true,
    enableNatTraversal: true,
    creationTime: '2026-01-02T08:00:00.000Z',
    createTime: '2026-01-02T08:00:00.000Z',
    ikeConfig: {
      ikeVersion: 'ikev1',
      ikeMode: 'main',
      ikeEncAlg: 'aes',
      ikeAuthAlg: 'md5',
      ikePfs: 'group2',
      ikeLifetime: 86400,
      localId: '47.96.0.10',
      remoteId: '203.0.113.10',
    },
    ipsecConfig: {
      ipsecEncAlg: 'aes',
      ipsecAuthAlg: 'md5',
      ipsecPfs: 'group2',
      ipsecLifetime: 86400,
    },
    tunnelMode: 'single',
    tunnels: [],
    activeTunnelId: '',
    enableTunnelsBgp: false,
    ...overrides,
  };
}

/** A tunnel of a dual-tunnel connection (master, up, unless overridden). */
export function tunnelFixture(overrides: Partial<VpnTunnel> = {}): VpnTunnel {
  return {
    id: 'tun-master1',
    role: 'master',
    index: 1,
    zoneId: 'cn-hangzhou-k',
    internetIp: '47.96.0.10',
    state: 'active',
    status: 'ipsec_sa_established',
    customerGatewayId: 'cgw-test1',
    enableDpd: true,
    enableNatTraversal: true,
    ikeConfig: {
      ikeVersion: 'ikev2',
      ikeMode: 'main',
      ikeEncAlg: 'aes',
      ikeAuthAlg: 'sha256',
      ikePfs: 'group14',
      ikeLifetime: 86400,
      localId: '47.96.0.10',
      remoteId: '203.0.113.10',
    },
    ipsecConfig: {
      ipsecEncAlg: 'aes',
      ipsecAuthAlg: 'md5',
      ipsecPfs: 'group2',
      ipsecLifetime: 86400,
    },
    ...overrides,
  };
}

/** A dual-tunnel connection: master on cgw-test1, slave on cgw-test2, the master carrying traffic. */
export function dualConnectionFixture(overrides: Partial<VpnConnection> = {}): VpnConnection {
  const master = tunnelFixture();
  const slave = tunnelFixture({
    id: 'tun-slave1',
    role: 'slave',
    index: 2,
    zoneId: 'cn-hangzhou-j',
    internetIp: '47.96.0.11',
    customerGatewayId: 'cgw-test2',
  });
  return connectionFixture({
    id: 'vco-dual1',
    name: 'dual-to-office',
    tunnelMode: 'dual',
    tunnels: [master, slave],
    activeTunnelId: master.id,
    status: 'ipsec_sa_established',
    ...overrides,
  });
}

/** A customer gateway. */
export function customerGatewayFixture(overrides: Partial<CustomerGateway> = {}): CustomerGateway {
  return {
    id: 'cgw-test1',
    name: 'Shanghai office',
    description: '',
    ipAddress: '203.0.113.10',
    asn: 65010,
    creationTime: '2026-01-01T08:00:00.000Z',
    createTime: '2026-01-01T08:00:00.000Z',
    tags: [],
    connectionIds: [],
    ...overrides,
  };
}

/** An IPsec server (client-to-site) on `vpn-test1`. */
export function ipsecServerFixture(overrides: Partial<IpsecServer> = {}): IpsecServer {
  return {
    id: 'iss-test1',
    name: 'field-staff',
    vpnGatewayId: 'vpn-test1',
    clientIpPool: '172.30.0.0/24',
    localSubnet: '10.50.0.0/16',
    effectImmediately: true,
    pskEnabled: true,
    ikeConfig: {
      ikeVersion: 'ikev2',
      ikeMode: 'main',
      ikeEncAlg: 'aes',
      ikeAuthAlg: 'sha1',
      ikePfs: 'group2',
      ikeLifetime: 86400,
      localId: '',
      remoteId: '',
    },
    ipsecConfig: {
      ipsecEncAlg: 'aes',
      ipsecAuthAlg: 'sha1',
      ipsecPfs: 'group14',
      ipsecLifetime: 86400,
    },
    internetIp: '47.1.2.3',
    maxConnections: 10,
    onlineClientCount: 0,
    multiFactorAuthEnabled: false,
    creationTime: '2026-12-01T00:00:00Z',
    ...overrides,
  };
}
