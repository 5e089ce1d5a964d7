import type { SeedContext } from '../resource-module.ts';
import { EIP_KIND } from './eip.model.ts';
import type { EipRecord } from './eip.model.ts';
import { DNAT_KIND, SNAT_KIND } from './nat-entry.model.ts';
import type { ForwardEntryRecord, SnatEntryRecord } from './nat-entry.model.ts';
import { isoSeconds, NAT_KIND } from './nat-gateway.model.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';
import { allocateIp } from './vpc.model.ts';
import { seededVSwitch } from './vpc.seed.ts';

interface NatSeed {
  name: string;
  description: string;
  vswitch: string;
  network?: 'internet' | 'intranet';
  legacySpec?: string;
  tags: Record<string, string>;
  eips: { ip: string; name: string; bandwidth: string }[];
  snat: { vswitch?: string; cidr?: string; name: string; ips: number[] }[];
  dnat: {
    name: string;
    eip: number;
    ext: string;
    int: string;
    intPort: string;
    proto: 'TCP' | 'UDP' | 'Any';
  }[];
}

// Demo gateways with entries, EIPs and tags; names mix English and Chinese.
const NATS: Record<string, NatSeed[]> = {
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
      tags: { env: 'prod', 业务线: '支付', owner: 'payments' },
      eips: [
        { ip: '47.96.120.8', name: '支付出口IP-1', bandwidth: '50' },
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

const tagsOf = (t: Record<string, string>) =>
  Object.entries(t).map(([Key, Value]) => ({ Key, Value }));

/** Seeds NAT gateways with their EIPs, SNAT and DNAT entries (deterministic ids). */
export function seedNatGateways(ctx: SeedContext): void {
  for (const regionId of ctx.regionIds) {
    (NATS[regionId] ?? []).forEach((seed, index) => {
      const vsw = seededVSwitch(ctx, regionId, seed.vswitch);
      const id = ctx.newId('ngw', regionId);
      const created = isoSeconds(new Date(ctx.now.getTime() - (90 - index * 20) * 86_400_000));
      const nat: NatGatewayRecord = {
        id,
        regionId,
        tags: tagsOf(seed.tags),
        Name: seed.name,
        Description: seed.description,
        VpcId: vsw.VpcId,
        VSwitchId: vsw.id,
        ZoneId: vsw.ZoneId,
        Status: 'Available',
        NatType: 'Enhanced',
        NetworkType: seed.network ?? 'internet',
        Spec: seed.legacySpec ?? '',
        InstanceChargeType: 'PostPaid',
        InternetChargeType: seed.legacySpec ? 'PayBySpec' : 'PayByLcu',
        EipBindMode: 'MULTI_BINDED',
        IcmpReplyEnabled: true,
        EnableSessionLog: false,
        PrivateLinkEnabled: false,
        CreationTime: created,
        ResourceGroupId: 'rg-acfmdemo0default',
        PrivateIpAddress: allocateIp(vsw),
        EniInstanceId: ctx.newId('eni', regionId),
        SnatTableId: ctx.newId('stb', regionId),
        ForwardTableId: ctx.newId('ftb', regionId),
        FullNatTableId: seed.network === 'intranet' ? ctx.newId('fulltb', regionId) : '',
      };
      ctx.store.table<NatGatewayRecord>(regionId, NAT_KIND).put(nat);
      const eips = seed.eips.map((e) => {
        const eip: EipRecord = {
          id: ctx.newId('eip', regionId),
          regionId,
          tags: tagsOf({ env: seed.tags.env ?? 'prod' }),
          Name: e.name,
          Description: `bound to ${seed.name}`,
          IpAddress: e.ip,
          Bandwidth: e.bandwidth,
          InternetChargeType: 'PayByTraffic',
          ChargeType: 'PostPaid',
          ISP: 'BGP',
          Netmode: 'public',
          Status: 'InUse',
          InstanceId: id,
          InstanceType: 'Nat',
          PrivateIpAddress: '',
          AllocationTime: created,
          ResourceGroupId: 'rg-acfmdemo0default',
        };
        return ctx.store.table<EipRecord>(regionId, EIP_KIND).put(eip);
      });
      for (const s of seed.snat) {
        const entry: SnatEntryRecord = {
          id: ctx.newId('snat', regionId),
          regionId,
          tags: [],
          SnatTableId: nat.SnatTableId,
          NatGatewayId: id,
          SnatEntryName: s.name,
          SnatIp: s.ips.map((i) => eips[i]?.IpAddress ?? '').join(','),
          SourceCIDR: s.cidr ?? '',
          SourceVSwitchId: s.vswitch ? seededVSwitch(ctx, regionId, s.vswitch).id : '',
          NetworkInterfaceId: '',
          EipAffinity: 0,
          Status: 'Available',
        };
        ctx.store.table<SnatEntryRecord>(regionId, SNAT_KIND).put(entry);
      }
      for (const d of seed.dnat) {
        const entry: ForwardEntryRecord = {
          id: ctx.newId('fwd', regionId),
          regionId,
          tags: [],
          ForwardTableId: nat.ForwardTableId,
          NatGatewayId: id,
          ForwardEntryName: d.name,
          ExternalIp: eips[d.eip]?.IpAddress ?? '',
          ExternalPort: d.ext,
          InternalIp: d.int,
          InternalPort: d.intPort,
          IpProtocol: d.proto,
          PortBreak: false,
          Status: 'Available',
        };
        ctx.store.table<ForwardEntryRecord>(regionId, DNAT_KIND).put(entry);
      }
    });
  }
}
