import type { SeedContext } from '../resource-module.ts';
import { tagRecords } from '../tags.ts';
import { VPC_KIND, VSWITCH_KIND } from './vpc.model.ts';
import type { VpcRecord, VSwitchRecord } from './vpc.model.ts';

interface VpcSeed {
  name: string;
  description: string;
  cidr: string;
  ipv6?: string;
  isDefault?: boolean;
  tags?: Record<string, string>;
  vswitches: { name: string; zone: string; cidr: string; description?: string }[];
}

// Names a stakeholder demo can show: English and Chinese, prod/staging/default.
const VPCS: Record<string, VpcSeed[]> = {
  'cn-hangzhou': [
    {
      name: 'prod-core-vpc',
      description: '生产环境核心网络 / production core network',
      cidr: '10.10.0.0/16',
      ipv6: '2408:4005:3a3:e900::/56',
      tags: { env: 'prod', team: 'platform' },
      vswitches: [
        {
          name: 'prod-app-h',
          zone: 'h',
          cidr: '10.10.1.0/24',
          description: 'application tier, zone H',
        },
        {
          name: 'prod-app-i',
          zone: 'i',
          cidr: '10.10.2.0/24',
          description: 'application tier, zone I',
        },
        { name: 'prod-db-h', zone: 'h', cidr: '10.10.10.0/24', description: '数据库子网' },
      ],
    },
    {
      name: '支付系统VPC',
      description: '支付清结算专用网络',
      cidr: '10.20.0.0/16',
      tags: { env: 'prod', 业务线: '支付' },
      vswitches: [
        { name: 'pay-app-k', zone: 'k', cidr: '10.20.1.0/24' },
        {
          name: 'pay-gateway-j',
          zone: 'j',
          cidr: '10.20.2.0/28',
          description: 'small subnet for gateways',
        },
      ],
    },
    {
      name: 'default-vpc',
      description: '',
      cidr: '172.16.0.0/12',
      isDefault: true,
      vswitches: [{ name: 'default-vsw-h', zone: 'h', cidr: '172.16.0.0/20' }],
    },
  ],
  'cn-shanghai': [
    {
      name: 'prod-shanghai-vpc',
      description: 'Shanghai production',
      cidr: '10.30.0.0/16',
      ipv6: '2408:4006:11a:5b00::/56',
      tags: { env: 'prod' },
      vswitches: [
        { name: 'sh-app-l', zone: 'l', cidr: '10.30.1.0/24' },
        { name: 'sh-app-m', zone: 'm', cidr: '10.30.2.0/24' },
      ],
    },
    {
      name: 'staging-vpc',
      description: '预发环境',
      cidr: '192.168.0.0/16',
      tags: { env: 'staging' },
      vswitches: [{ name: 'staging-b', zone: 'b', cidr: '192.168.1.0/24' }],
    },
  ],
  'cn-beijing': [
    {
      name: '数据平台VPC',
      description: '大数据平台与数据仓库',
      cidr: '10.40.0.0/16',
      tags: { env: 'prod', team: 'data' },
      vswitches: [
        { name: 'bigdata-h', zone: 'h', cidr: '10.40.1.0/24' },
        { name: 'bigdata-k', zone: 'k', cidr: '10.40.2.0/24' },
      ],
    },
    {
      name: 'office-link-vpc',
      description: 'office and IDC interconnect',
      cidr: '10.41.0.0/16',
      vswitches: [{ name: 'office-link-g', zone: 'g', cidr: '10.41.1.0/24' }],
    },
  ],
  'ap-southeast-1': [
    {
      name: 'sg-prod-vpc',
      description: 'Southeast Asia storefront',
      cidr: '10.50.0.0/16',
      ipv6: '2406:840:1a3:c00::/56',
      tags: { env: 'prod', market: 'sea' },
      vswitches: [
        { name: 'sg-app-a', zone: 'a', cidr: '10.50.1.0/24' },
        { name: 'sg-app-b', zone: 'b', cidr: '10.50.2.0/24' },
      ],
    },
  ],
  'eu-central-1': [
    {
      name: 'eu-gdpr-vpc',
      description: 'EU customer data (GDPR scope)',
      cidr: '10.60.0.0/16',
      tags: { env: 'prod', compliance: 'gdpr' },
      vswitches: [
        { name: 'eu-app-a', zone: 'a', cidr: '10.60.1.0/24' },
        { name: 'eu-app-b', zone: 'b', cidr: '10.60.2.0/24' },
      ],
    },
  ],
  'us-west-1': [
    {
      name: 'us-dev-vpc',
      description: 'developer sandbox',
      cidr: '10.70.0.0/16',
      tags: { env: 'dev' },
      vswitches: [{ name: 'us-dev-a', zone: 'a', cidr: '10.70.1.0/24' }],
    },
  ],
};

/** Seeds VPCs and vSwitches in the demo regions (deterministic ids). */
export function seedVpcs(ctx: SeedContext): void {
  const created = new Date(ctx.now.getTime() - 400 * 86_400_000)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  for (const regionId of ctx.regionIds) {
    for (const seed of VPCS[regionId] ?? []) {
      const vpcId = ctx.newId('vpc', regionId);
      const routeTableId = ctx.newId('vtb', regionId);
      const vpc: VpcRecord = {
        id: vpcId,
        regionId,
        tags: tagRecords(seed.tags),
        VpcName: seed.name,
        Description: seed.description,
        CidrBlock: seed.cidr,
        CreationTime: created,
        IsDefault: seed.isDefault ?? false,
        Status: 'Available',
        VRouterId: ctx.newId('vrt', regionId),
        RouteTableId: routeTableId,
        ResourceGroupId: 'rg-acfmdemo0default',
        EnabledIpv6: seed.ipv6 !== undefined,
        Ipv6CidrBlock: seed.ipv6 ?? '',
      };
      ctx.store.table<VpcRecord>(regionId, VPC_KIND).put(vpc);
      for (const s of seed.vswitches) {
        const vsw: VSwitchRecord = {
          id: ctx.newId('vsw', regionId),
          regionId,
          tags: tagRecords(seed.tags),
          VpcId: vpcId,
          ZoneId: `${regionId}-${s.zone}`,
          VSwitchName: s.name,
          Description: s.description ?? '',
          CidrBlock: s.cidr,
          CreationTime: created,
          IsDefault: seed.isDefault ?? false,
          Status: 'Available',
          RouteTableId: routeTableId,
          NetworkAclId: '',
          ResourceGroupId: 'rg-acfmdemo0default',
          EnabledIpv6: false,
          Ipv6CidrBlock: '',
          usedIps: [],
        };
        ctx.store.table<VSwitchRecord>(regionId, VSWITCH_KIND).put(vsw);
      }
    }
  }
}

/** Finds a seeded vSwitch by name (other seeds attach gateways to it). */
export function seededVSwitch(ctx: SeedContext, regionId: string, name: string): VSwitchRecord {
  const vsw = ctx.store
    .table<VSwitchRecord>(regionId, VSWITCH_KIND)
    .list()
    .find((x) => x.VSwitchName === name);
  if (!vsw) throw new Error(`seed: no vSwitch ${name} in ${regionId}`);
  return vsw;
}
