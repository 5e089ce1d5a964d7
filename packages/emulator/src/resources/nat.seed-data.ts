import type { DNAT_PROTOCOLS } from './nat-entry.model.ts';

/** A seeded NAT gateway; `snat[].ips` and `dnat[].eip` are indexes into its `eips`. */
export interface NatSeed {
  name: string;
  description: string;
  vswitch: string;
  network?: 'internet' | 'intranet';
  legacySpec?: string;
  /** Deletion protection on (REFERENCE-2 §4.4); `eips[].protected` likewise per EIP. */
  protected?: boolean;
  tags: Record<string, string>;
  eips: { ip: string; name: string; bandwidth: string; protected?: boolean }[];
  snat: { vswitch?: string; cidr?: string; name: string; ips: number[] }[];
  dnat: {
    name: string;
    eip: number;
    ext: string;
    int: string;
    intPort: string;
    proto: (typeof DNAT_PROTOCOLS)[number];
  }[];
}

/** Demo gateways per region with entries, EIPs and tags; names mix English and Chinese to exercise display. */
export const NAT_SEEDS: Record<string, NatSeed[]> = {
  'cn-hangzhou': [
    {
      name: 'prod-egress-nat',
      description: 'Production egress for the app tier',
      vswitch: 'prod-app-h',
      tags: { env: 'prod', owner: 'netops' },
      eips: [
        { ip: '47.96.18.201', name: 'prod-egress-1', bandwidth: '200' },
        { ip: '47.96.18.202', name: 'prod-egress-2', bandwidth: '200' },
        { ip: '47.96.33.17', name: 'prod-ingress-web', bandwidth: '100' },
      ],
      snat: [
        { vswitch: 'prod-app-h', name: 'app-h-egress', ips: [0, 1] },
        { vswitch: 'prod-app-i', name: 'app-i-egress', ips: [0, 1] },
      ],
      dnat: [
        { name: 'web-https', eip: 2, ext: '443', int: '10.10.1.20', intPort: '443', proto: 'TCP' },
        { name: 'web-http', eip: 2, ext: '80', int: '10.10.1.20', intPort: '80', proto: 'TCP' },
        { name: 'bastion-ssh', eip: 2, ext: '2222', int: '10.10.1.5', intPort: '22', proto: 'TCP' },
      ],
    },
    {
      name: '支付系统出网网关',
      description: '支付清结算出网，勿删',
      vswitch: 'pay-gateway-j',
      // "勿删" (do not delete): the seeded protected internet NAT gateway and EIP.
      protected: true,
      tags: { env: 'prod', 业务线: '支付', owner: 'payments' },
      eips: [
        { ip: '47.96.120.8', name: '支付出口IP-1', bandwidth: '50', protected: true },
        { ip: '47.96.120.9', name: '支付出口IP-2', bandwidth: '50' },
      ],
      snat: [{ vswitch: 'pay-app-k', name: '支付应用出网', ips: [0, 1] }],
      dnat: [
        { name: '银联回调', eip: 1, ext: '8443', int: '10.20.1.30', intPort: '8443', proto: 'TCP' },
      ],
    },
    {
      name: 'vpc-nat-internal',
      description: 'VPC NAT for overlapping IDC ranges',
      vswitch: 'prod-db-h',
      network: 'intranet',
      tags: { env: 'prod' },
      eips: [],
      snat: [],
      dnat: [],
    },
  ],
  'cn-shanghai': [
    {
      name: 'sh-egress-nat',
      description: 'Shanghai production egress',
      vswitch: 'sh-app-l',
      tags: { env: 'prod' },
      eips: [{ ip: '47.100.52.60', name: 'sh-egress', bandwidth: '100' }],
      snat: [{ cidr: '10.30.0.0/16', name: 'whole-vpc', ips: [0] }],
      dnat: [
        { name: 'dns-udp', eip: 0, ext: '53', int: '10.30.1.53', intPort: '53', proto: 'UDP' },
      ],
    },
    {
      name: 'staging-nat',
      description: '预发环境出网（包年包月老实例）',
      vswitch: 'staging-b',
      legacySpec: 'Small',
      tags: { env: 'staging' },
      eips: [{ ip: '47.100.9.14', name: 'staging-egress', bandwidth: '10' }],
      snat: [{ vswitch: 'staging-b', name: 'staging-egress', ips: [0] }],
      dnat: [],
    },
  ],
  'cn-beijing': [
    {
      name: '数据平台出网NAT',
      description: '数据同步与第三方API访问',
      vswitch: 'bigdata-h',
      tags: { env: 'prod', team: 'data' },
      eips: [
        { ip: '39.105.77.10', name: 'data-egress-1', bandwidth: '500' },
        { ip: '39.105.77.11', name: 'data-egress-2', bandwidth: '500' },
      ],
      snat: [
        { vswitch: 'bigdata-h', name: 'bigdata-h-out', ips: [0] },
        { vswitch: 'bigdata-k', name: 'bigdata-k-out', ips: [1] },
      ],
      dnat: [
        {
          name: 'kafka-mirror',
          eip: 1,
          ext: '9093',
          int: '10.40.2.15',
          intPort: '9093',
          proto: 'TCP',
        },
      ],
    },
  ],
  'ap-southeast-1': [
    {
      name: 'sg-storefront-nat',
      description: 'Storefront egress and payment callbacks',
      vswitch: 'sg-app-a',
      tags: { env: 'prod', market: 'sea' },
      eips: [{ ip: '47.74.201.3', name: 'sg-egress', bandwidth: '100' }],
      snat: [{ vswitch: 'sg-app-a', name: 'sg-app-a-out', ips: [0] }],
      dnat: [
        {
          name: 'sg-admin',
          eip: 0,
          ext: '8080/8090',
          int: '10.50.1.40',
          intPort: '8080/8090',
          proto: 'TCP',
        },
      ],
    },
  ],
  'eu-central-1': [
    {
      name: 'eu-gdpr-egress',
      description: 'EU egress (GDPR scope)',
      vswitch: 'eu-app-a',
      tags: { env: 'prod', compliance: 'gdpr' },
      eips: [{ ip: '47.254.130.90', name: 'eu-egress', bandwidth: '50' }],
      snat: [{ vswitch: 'eu-app-a', name: 'eu-app-a-out', ips: [0] }],
      dnat: [],
    },
  ],
  'us-west-1': [
    {
      name: 'us-dev-nat',
      description: 'developer sandbox egress',
      vswitch: 'us-dev-a',
      tags: { env: 'dev' },
      eips: [{ ip: '47.88.12.34', name: 'us-dev-egress', bandwidth: '10' }],
      snat: [{ vswitch: 'us-dev-a', name: 'dev-out', ips: [0] }],
      dnat: [
        { name: 'dev-rdp', eip: 0, ext: '3389', int: '10.70.1.9', intPort: '3389', proto: 'TCP' },
      ],
    },
  ],
};
