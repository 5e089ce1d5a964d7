/** A seeded VPN gateway. */
export interface GatewaySeed {
  vswitch: string;
  /** Second vSwitch (another zone): a newer, dual-tunnel gateway (REFERENCE-2 §1.1). */
  drVswitch?: string;
  /** An Enhanced.SiteToSite gateway (REFERENCE-2 §1.4): needs `drVswitch`, no bandwidth. */
  enhanced?: boolean;
  name: string;
  description: string;
  bandwidth: number;
  ssl?: number;
  prepayMonths?: number;
  /** A subscription that ends this many days after the seed time (overrides `prepayMonths`). */
  expiresInDays?: number;
  ageDays: number;
  tags?: Record<string, string>;
}
/** A seeded customer gateway. */
export interface CustomerSeed {
  name: string;
  description: string;
  ip: string;
  asn?: number;
  tags?: Record<string, string>;
}
/** A seeded IPsec connection (indexes into its region's lists). */
export interface ConnectionSeed {
  gateway: number;
  customer: number;
  name: string;
  local: string;
  remote: string;
  /** Tunnel up (`ipsec_sa_established`) or still waiting for the peer. */
  up: boolean;
  ike?: Record<string, string>;
  tags?: Record<string, string>;
}
/** The VPN seed of one region. */
export interface RegionSeed {
  gateways: GatewaySeed[];
  customers: CustomerSeed[];
  connections: ConnectionSeed[];
}

// Peer IPs come from the documentation ranges (RFC 5737), which CreateCustomerGateway accepts.
/** Demo VPN data per region: names in English and Chinese. */
export const VPN_SEEDS: Record<string, RegionSeed> = {
  'cn-hangzhou': {
    gateways: [
      {
        vswitch: 'prod-app-h',
        name: 'hz-office-vpn',
        description: '总部办公网接入 / HQ office access',
        bandwidth: 10,
        ssl: 50,
        ageDays: 210,
        tags: { env: 'prod', team: 'netops' },
      },
      {
        vswitch: 'pay-app-k',
        drVswitch: 'pay-gateway-j',
        name: '支付专线备份VPN',
        description: '支付系统灾备链路',
        bandwidth: 20,
        // Three years from the fixed seed time: still within its term, so deleting it shows
        // 403 ForbiddenRelease (REFERENCE-2 §6 row 9) while the older 12-month ones have expired.
        prepayMonths: 36,
        ageDays: 90,
        tags: { env: 'prod', 业务线: '支付' },
      },
    ],
    customers: [
      {
        name: 'Shanghai office',
        description: '上海办公室 FortiGate 100F',
        ip: '203.0.113.10',
        asn: 65010,
        tags: { site: 'shanghai' },
      },
      { name: '杭州IDC', description: 'Hangzhou IDC core router', ip: '198.51.100.20' },
      { name: 'Ningbo warehouse 宁波仓库', description: 'not connected yet', ip: '192.0.2.30' },
    ],
    connections: [
      {
        gateway: 0,
        customer: 0,
        name: 'to-shanghai-office',
        local: '10.10.0.0/16',
        remote: '192.168.10.0/24,192.168.11.0/24',
        up: true,
        tags: { env: 'prod' },
      },
      {
        gateway: 0,
        customer: 1,
        name: '杭州IDC主链路',
        local: '10.10.1.0/24,10.10.2.0/24',
        remote: '172.30.0.0/16',
        up: true,
        ike: { IkeVersion: 'ikev2', IkeEncAlg: 'aes256', IkeAuthAlg: 'sha256', IkePfs: 'group14' },
      },
    ],
  },
  'cn-shanghai': {
    gateways: [
      {
        vswitch: 'sh-app-l',
        drVswitch: 'sh-app-m',
        name: 'sh-branch-vpn',
        description: 'Suzhou and Wuxi branches',
        bandwidth: 50,
        ageDays: 120,
        // Deliberately close to its end: the inventory's expiring-soon check has one true case.
        expiresInDays: 10,
        tags: { env: 'prod' },
      },
    ],
    customers: [
      { name: '苏州工厂 Suzhou factory', description: 'Cisco ISR 4331', ip: '203.0.113.50' },
    ],
    connections: [
      {
        gateway: 0,
        customer: 0,
        name: 'suzhou-factory',
        local: '10.30.0.0/16',
        remote: '10.200.0.0/16',
        up: false,
      },
    ],
  },
  'cn-beijing': {
    gateways: [
      {
        vswitch: 'office-link-g',
        name: 'bj-idc-vpn',
        description: '亦庄机房互联',
        bandwidth: 100,
        ageDays: 300,
        tags: { team: 'data' },
      },
    ],
    customers: [
      {
        name: 'Beijing IDC 亦庄机房',
        description: 'Huawei USG6000',
        ip: '198.51.100.80',
        asn: 65020,
      },
    ],
    connections: [
      {
        gateway: 0,
        customer: 0,
        name: 'yizhuang-idc',
        local: '10.41.0.0/16',
        remote: '10.88.0.0/16',
        up: true,
      },
    ],
  },
  'ap-southeast-1': {
    gateways: [
      {
        vswitch: 'sg-app-a',
        drVswitch: 'sg-app-b',
        name: 'sg-partner-vpn',
        description: 'Partner extranet',
        bandwidth: 100,
        ssl: 10,
        ageDays: 60,
        tags: { market: 'sea' },
      },
      {
        vswitch: 'sg-app-a',
        drVswitch: 'sg-app-b',
        enhanced: true,
        name: 'sg-sitetosite-vpn',
        description: 'Enhanced site-to-site gateway / 增强型站点到站点网关',
        bandwidth: 0,
        ageDays: 14,
        tags: { market: 'sea' },
      },
    ],
    customers: [
      {
        name: 'Jakarta partner',
        description: 'logistics partner, Palo Alto PA-440',
        ip: '203.0.113.120',
      },
    ],
    connections: [
      {
        gateway: 0,
        customer: 0,
        name: 'jakarta-partner',
        local: '10.50.1.0/24',
        remote: '172.20.0.0/20',
        up: true,
      },
    ],
  },
  'eu-central-1': {
    gateways: [
      {
        vswitch: 'eu-app-a',
        name: 'fra-dc-vpn',
        description: 'EU data centre link (GDPR scope)',
        bandwidth: 200,
        ageDays: 150,
        tags: { compliance: 'gdpr' },
      },
    ],
    customers: [
      {
        name: 'Frankfurt DC',
        description: 'Equinix FR5 cage, Juniper SRX',
        ip: '198.51.100.140',
        asn: 65100,
      },
      { name: 'Munich office', description: 'Munich sales office', ip: '203.0.113.160' },
    ],
    connections: [
      {
        gateway: 0,
        customer: 0,
        name: 'frankfurt-dc',
        local: '10.60.0.0/16',
        remote: '10.128.0.0/14',
        up: true,
        tags: { compliance: 'gdpr' },
      },
      {
        gateway: 0,
        customer: 1,
        name: 'munich-office',
        local: '10.60.1.0/24',
        remote: '192.168.80.0/24',
        up: false,
      },
    ],
  },
  'us-west-1': {
    gateways: [
      {
        vswitch: 'us-dev-a',
        name: 'sv-lab-vpn',
        description: 'developer remote access',
        bandwidth: 10,
        ssl: 20,
        ageDays: 30,
        tags: { env: 'dev' },
      },
    ],
    customers: [{ name: 'Seattle lab', description: 'test bench', ip: '192.0.2.200' }],
    connections: [],
  },
};
