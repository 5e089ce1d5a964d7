import { z } from 'zod';
import { dryRunOperation, missingNamed } from '../errors.ts';
import { idSet, pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { cityName, REGIONS, regionEndpoint, requireRegion, zoneIds } from '../regions.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { matchesTags, renderTags, tagListParam } from '../tags.ts';
import { NAT_KIND } from './nat-gateway.model.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';
import { availableIpCount, VPC_KIND, VSWITCH_KIND } from './vpc.model.ts';
import type { VpcRecord, VSwitchRecord } from './vpc.model.ts';
import { seedVpcs } from './vpc.seed.ts';

const english = (lang: string | undefined) => (lang ?? 'zh-CN').toLowerCase().startsWith('en');

const describeRegionsParams = paramsSchema({
  ...ownerParams,
  AcceptLanguage: z.string().optional(),
  ProductType: z.string().optional(),
});

function describeRegions(ctx: ActionContext) {
  // AcceptLanguage zh-CN (default) | en-US (REFERENCE §3.1); other values fall back to zh-CN.
  const p = parseParams(describeRegionsParams, ctx.params);
  const en = english(p.AcceptLanguage);
  return {
    Regions: {
      Region: REGIONS.map((r) => ({
        RegionId: r.regionId,
        LocalName: en ? r.en : r.zh,
        RegionEndpoint: regionEndpoint(r.regionId),
      })),
    },
  };
}

const describeZonesParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  AcceptLanguage: z.string().optional(),
  ZoneType: z.string().optional(),
});

function describeZones(ctx: ActionContext) {
  const p = parseParams(describeZonesParams, ctx.params);
  const region = requireRegion(p.RegionId);
  // zh-cn | en-us | ja (lower-case here, REFERENCE §3.1); ja answers in English: no Japanese names.
  const lang = p.AcceptLanguage?.toLowerCase();
  const en = lang === 'en-us' || lang === 'ja';
  const city = cityName(en ? region.en : region.zh);
  return {
    Zones: {
      Zone: zoneIds(region).map((zoneId) => {
        const letter = zoneId.slice(-1).toUpperCase();
        return {
          ZoneId: zoneId,
          LocalName: en ? `${city} Zone ${letter}` : `${city} 可用区 ${letter}`,
          ZoneType: p.ZoneType ?? 'AvailabilityZone',
        };
      }),
    },
  };
}

const describeVpcsParams = paramsSchema({
  ...ownerParams,
  ...pageParams(),
  RegionId: z.string(),
  VpcId: z.string().optional(),
  VpcName: z.string().optional(),
  IsDefault: v.bool().optional(),
  EnableIpv6: v.bool().optional(),
  ResourceGroupId: z.string().optional(),
  DryRun: v.bool().optional(),
  Tag: tagListParam(),
});

function describeVpcs(ctx: ActionContext) {
  const p = parseParams(describeVpcsParams, ctx.params);
  requireRegion(p.RegionId);
  if (p.DryRun) throw dryRunOperation();
  const ids = idSet(p.VpcId);
  const nats = ctx.store.table<NatGatewayRecord>(p.RegionId, NAT_KIND).list();
  const vsws = ctx.store.table<VSwitchRecord>(p.RegionId, VSWITCH_KIND).list();
  const rows = ctx.store
    .table<VpcRecord>(p.RegionId, VPC_KIND)
    .list()
    .filter(
      (x) =>
        (!ids || ids.has(x.id)) &&
        (p.VpcName === undefined || x.VpcName === p.VpcName) &&
        (p.IsDefault === undefined || x.IsDefault === p.IsDefault) &&
        (p.EnableIpv6 === undefined || x.EnabledIpv6 === p.EnableIpv6) &&
        (p.ResourceGroupId === undefined || x.ResourceGroupId === p.ResourceGroupId) &&
        matchesTags(x, p.Tag),
    );
  const page = paginate(rows, p);
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    Vpcs: {
      Vpc: page.items.map((x) => ({
        VpcId: x.id,
        RegionId: x.regionId,
        Status: x.Status,
        VpcName: x.VpcName,
        Description: x.Description,
        CidrBlock: x.CidrBlock,
        CreationTime: x.CreationTime,
        IsDefault: x.IsDefault,
        VRouterId: x.VRouterId,
        ResourceGroupId: x.ResourceGroupId,
        EnabledIpv6: x.EnabledIpv6,
        Ipv6CidrBlock: x.Ipv6CidrBlock,
        Ipv6CidrBlocks: {
          Ipv6CidrBlock: x.Ipv6CidrBlock
            ? [{ Ipv6CidrBlock: x.Ipv6CidrBlock, Ipv6Isp: 'BGP' }]
            : [],
        },
        OwnerId: 1234567890123456,
        CenStatus: 'Detached',
        DnsHostnameStatus: 'DISABLED',
        DhcpOptionsSetId: '',
        DhcpOptionsSetStatus: '',
        // Same-name wrappers NatGatewayIds.NatGatewayIds / RouterTableIds.RouterTableIds (REFERENCE §2.1).
        NatGatewayIds: { NatGatewayIds: nats.filter((n) => n.VpcId === x.id).map((n) => n.id) },
        RouterTableIds: { RouterTableIds: [x.RouteTableId] },
        VSwitchIds: { VSwitchId: vsws.filter((s) => s.VpcId === x.id).map((s) => s.id) },
        SecondaryCidrBlocks: { SecondaryCidrBlock: [] },
        UserCidrs: { UserCidr: [] },
        Tags: renderTags(x.tags),
      })),
    },
  };
}

const describeVSwitchesParams = paramsSchema({
  ...ownerParams,
  ...pageParams(),
  RegionId: z.string().optional(),
  VpcId: z.string().optional(),
  VSwitchId: z.string().optional(),
  VSwitchName: v.str({ min: 1, max: 128 }).optional(),
  ZoneId: z.string().optional(),
  IsDefault: v.bool().optional(),
  EnableIpv6: v.bool().optional(),
  RouteTableId: z.string().optional(),
  ResourceGroupId: z.string().optional(),
  DryRun: v.bool().optional(),
  Tag: tagListParam(),
});

function describeVSwitches(ctx: ActionContext) {
  const p = parseParams(describeVSwitchesParams, ctx.params);
  // RegionId is optional here, but one of RegionId / VpcId is required (REFERENCE §3.1).
  const regionId = p.RegionId ?? regionOfVpc(ctx, p.VpcId);
  requireRegion(regionId);
  if (p.DryRun) throw dryRunOperation();
  const ids = idSet(p.VSwitchId);
  const rows = ctx.store
    .table<VSwitchRecord>(regionId, VSWITCH_KIND)
    .list()
    .filter(
      (x) =>
        (!ids || ids.has(x.id)) &&
        (p.VpcId === undefined || x.VpcId === p.VpcId) &&
        (p.VSwitchName === undefined || x.VSwitchName === p.VSwitchName) &&
        (p.ZoneId === undefined || x.ZoneId === p.ZoneId) &&
        (p.IsDefault === undefined || x.IsDefault === p.IsDefault) &&
        (p.EnableIpv6 === undefined || x.EnabledIpv6 === p.EnableIpv6) &&
        (p.RouteTableId === undefined || x.RouteTableId === p.RouteTableId) &&
        (p.ResourceGroupId === undefined || x.ResourceGroupId === p.ResourceGroupId) &&
        matchesTags(x, p.Tag),
    );
  const page = paginate(rows, p);
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    VSwitches: {
      VSwitch: page.items.map((x) => ({
        VSwitchId: x.id,
        VpcId: x.VpcId,
        Status: x.Status,
        CidrBlock: x.CidrBlock,
        Ipv6CidrBlock: x.Ipv6CidrBlock,
        EnabledIpv6: x.EnabledIpv6,
        ZoneId: x.ZoneId,
        AvailableIpAddressCount: availableIpCount(x),
        Description: x.Description,
        VSwitchName: x.VSwitchName,
        CreationTime: x.CreationTime,
        IsDefault: x.IsDefault,
        ResourceGroupId: x.ResourceGroupId,
        NetworkAclId: x.NetworkAclId,
        OwnerId: 1234567890123456,
        ShareType: 'Sharing',
        RouteTable: { RouteTableId: x.RouteTableId, RouteTableType: 'System' },
        Tags: renderTags(x.tags),
      })),
    },
  };
}

function regionOfVpc(ctx: ActionContext, vpcId: string | undefined): string {
  if (vpcId === undefined) throw missingNamed('RegionId');
  for (const regionId of ctx.store.regionIds()) {
    if (ctx.store.table<VpcRecord>(regionId, VPC_KIND).get(vpcId)) return regionId;
  }
  return 'cn-hangzhou';
}

/** Lookups: regions, zones, VPCs and vSwitches (REFERENCE §3.1), with the VPC/vSwitch seed. */
export const lookupResource: ResourceModule = {
  name: 'lookup',
  handlers: {
    DescribeRegions: describeRegions,
    DescribeZones: describeZones,
    DescribeVpcs: describeVpcs,
    DescribeVSwitches: describeVSwitches,
  },
  tagKinds: { VPC: VPC_KIND, VSWITCH: VSWITCH_KIND },
  seed: seedVpcs,
};
