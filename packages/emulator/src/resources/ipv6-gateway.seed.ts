import type { SeedContext } from '../resource-module.ts';
import { tagRecords } from '../tags.ts';
import { hostIn64, IPV6_ADDRESS_KIND, subnet64 } from './ipv6-address.model.ts';
import type { Ipv6AddressRecord } from './ipv6-address.model.ts';
import { IPV6_GATEWAY_KIND } from './ipv6-gateway.model.ts';
import type { Ipv6GatewayRecord } from './ipv6-gateway.model.ts';
import { isoSeconds } from './nat-gateway.model.ts';
import { VPC_KIND } from './vpc.model.ts';
import type { VpcRecord } from './vpc.model.ts';
import { seededVSwitch } from './vpc.seed.ts';

interface AddressSeed {
  vswitch: string;
  host: string;
  bandwidth?: [number, 'PayByBandwidth' | 'PayByTraffic'];
}

/** IPv6 of one seeded VPC: its CIDR, gateway and addresses. */
export interface VpcIpv6Seed {
  vpc: string;
  /** Enables IPv6 on a VPC the VPC seed left IPv4-only. */
  cidr?: string;
  gateway?: { name: string; description: string; tags?: Record<string, string> };
  vswitches: string[];
  addresses: AddressSeed[];
}

// Per main region one VPC has an IPv6 gateway and one IPv6-enabled VPC has none, so the demo
// can create one; hangzhou's default-vpc stays IPv4-only (create answers VpcIpv6NotEnabled).
const SEEDS: Record<string, VpcIpv6Seed[]> = {
  'cn-hangzhou': [
    {
      vpc: 'prod-core-vpc',
      gateway: {
        name: 'prod-core-ipv6gw',
        description: '生产核心网 IPv6 出口 / production IPv6 egress',
        tags: { env: 'prod', team: 'platform' },
      },
      vswitches: ['prod-app-h', 'prod-app-i'],
      addresses: [
        { vswitch: 'prod-app-h', host: 'web-01', bandwidth: [10, 'PayByBandwidth'] },
        { vswitch: 'prod-app-h', host: 'web-02', bandwidth: [100, 'PayByTraffic'] },
        { vswitch: 'prod-app-i', host: 'api-01' },
        { vswitch: 'prod-app-i', host: 'api-02' },
      ],
    },
    {
      vpc: '支付系统VPC',
      cidr: '2408:4005:3a3:ea00::/56',
      vswitches: ['pay-app-k'],
      addresses: [
        { vswitch: 'pay-app-k', host: 'pay-app-01' },
        { vswitch: 'pay-app-k', host: 'pay-app-02' },
      ],
    },
  ],
  'cn-shanghai': [
    {
      vpc: 'prod-shanghai-vpc',
      gateway: { name: 'sh-ipv6-gateway', description: '上海生产 IPv6 网关' },
      vswitches: ['sh-app-l', 'sh-app-m'],
      addresses: [
        { vswitch: 'sh-app-l', host: 'sh-web-01', bandwidth: [20, 'PayByBandwidth'] },
        { vswitch: 'sh-app-m', host: 'sh-web-02' },
      ],
    },
    {
      vpc: 'staging-vpc',
      cidr: '2408:4006:11a:6c00::/56',
      vswitches: ['staging-b'],
      addresses: [{ vswitch: 'staging-b', host: 'staging-app-01' }],
    },
  ],
  'cn-beijing': [
    {
      vpc: '数据平台VPC',
      cidr: '2408:4000:2c1:8d00::/56',
      gateway: {
        name: '数据平台IPv6网关',
        description: '数据采集 IPv6 入口',
        tags: { team: 'data' },
      },
      vswitches: ['bigdata-h'],
      addresses: [
        { vswitch: 'bigdata-h', host: 'collector-01', bandwidth: [50, 'PayByTraffic'] },
        { vswitch: 'bigdata-h', host: 'collector-02' },
      ],
    },
    {
      vpc: 'office-link-vpc',
      cidr: '2408:4000:2c1:9e00::/56',
      vswitches: ['office-link-g'],
      addresses: [{ vswitch: 'office-link-g', host: 'jump-01' }],
    },
  ],
  'ap-southeast-1': [
    {
      vpc: 'sg-prod-vpc',
      vswitches: ['sg-app-a'],
      addresses: [
        { vswitch: 'sg-app-a', host: 'sg-web-01' },
        { vswitch: 'sg-app-a', host: 'sg-web-02' },
      ],
    },
  ],
  'eu-central-1': [
    {
      vpc: 'eu-gdpr-vpc',
      cidr: '2a05:d014:8c1:7a00::/56',
      gateway: {
        name: 'fra-ipv6-gw',
        description: 'Frankfurt IPv6 gateway',
        tags: { compliance: 'gdpr' },
      },
      vswitches: ['eu-app-a'],
      addresses: [{ vswitch: 'eu-app-a', host: 'eu-portal-01', bandwidth: [5, 'PayByBandwidth'] }],
    },
  ],
};

/** Turns IPv6 on for one seeded VPC, with its gateway and addresses. */
export function seedIpv6Vpc(ctx: SeedContext, regionId: string, s: VpcIpv6Seed): void {
  const day = 86_400_000;
  const vpc = ctx.store
    .table<VpcRecord>(regionId, VPC_KIND)
    .list()
    .find((x) => x.VpcName === s.vpc);
  if (!vpc) throw new Error(`seed: no VPC ${s.vpc} in ${regionId}`);
  // IPv6 is switched on here for VPCs and vSwitches the VPC seed left IPv4-only.
  if (s.cidr) Object.assign(vpc, { EnabledIpv6: true, Ipv6CidrBlock: s.cidr });
  s.vswitches.forEach((name, i) => {
    const vsw = seededVSwitch(ctx, regionId, name);
    Object.assign(vsw, { EnabledIpv6: true, Ipv6CidrBlock: subnet64(vpc.Ipv6CidrBlock, i + 1) });
  });
  if (s.gateway) {
    const gw: Ipv6GatewayRecord = {
      id: ctx.newId('ipv6gw', regionId),
      regionId,
      tags: tagRecords(s.gateway.tags),
      Name: s.gateway.name,
      Description: s.gateway.description,
      VpcId: vpc.id,
      Status: 'Available',
      CreationTime: isoSeconds(new Date(ctx.now.getTime() - 180 * day)),
      ResourceGroupId: vpc.ResourceGroupId,
    };
    ctx.store.table<Ipv6GatewayRecord>(regionId, IPV6_GATEWAY_KIND).put(gw);
  }
  s.addresses.forEach((a, i) => {
    const vsw = seededVSwitch(ctx, regionId, a.vswitch);
    const id = ctx.newId('ipv6', regionId);
    const addr: Ipv6AddressRecord = {
      id,
      regionId,
      tags: [],
      Ipv6Address: hostIn64(vsw.Ipv6CidrBlock, id),
      Name: `${a.host}-ipv6`,
      Description: `ECS ${a.host}`,
      VpcId: vpc.id,
      VSwitchId: vsw.id,
      // Fictional ECS instances (the emulator does not model ECS).
      AssociatedInstanceId: ctx.newId('i', regionId),
      AssociatedInstanceType: 'EcsInstance',
      AllocationTime: isoSeconds(new Date(ctx.now.getTime() - (150 - i) * day)),
      ResourceGroupId: vpc.ResourceGroupId,
      ...(a.bandwidth
        ? {
            bandwidth: {
              Ipv6InternetBandwidthId: ctx.newId('ipv6bw', regionId),
              Bandwidth: a.bandwidth[0],
              InternetChargeType: a.bandwidth[1],
            },
          }
        : {}),
    };
    ctx.store.table<Ipv6AddressRecord>(regionId, IPV6_ADDRESS_KIND).put(addr);
  });
}

/** Seeds IPv6 CIDRs, IPv6 gateways, addresses of fictional ECS instances and bandwidth. */
export function seedIpv6(ctx: SeedContext): void {
  for (const regionId of ctx.regionIds)
    for (const s of SEEDS[regionId] ?? []) seedIpv6Vpc(ctx, regionId, s);
}
