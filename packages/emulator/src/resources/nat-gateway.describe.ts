import { z } from 'zod';
import { dryRunOperation } from '../errors.ts';
import { idSet, pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { requireRegion } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import type { Store } from '../store.ts';
import { matchesTags, renderNatTags, tagListParam } from '../tags.ts';
import { eipsOfNat } from './eip.model.ts';
import { forwardEntriesOf, snatEntriesOf, snatIps } from './nat-entry.model.ts';
import { NAT_KIND } from './nat-gateway.model.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';

const STATUSES = ['Creating', 'Available', 'Modifying', 'Deleting', 'Converting'] as const;

// IpLists[].UsingStatus values are undocumented (REFERENCE §7): Idle / UsedBySnatTable /
// UsedByForwardTable is the emulator's choice.
/** The gateway's bound EIPs with what uses them (DescribeNatGateways `IpLists`). */
export function ipLists(store: Store, nat: NatGatewayRecord) {
  const snat = new Set(snatEntriesOf(store, nat.regionId, nat.id).flatMap(snatIps));
  const dnat = forwardEntriesOf(store, nat.regionId, nat.id);
  return eipsOfNat(store, nat.regionId, nat.id)
    .filter((e) => e.Status === 'InUse')
    .map((e) => {
      const forwards = dnat.filter((d) => d.ExternalIp === e.IpAddress);
      return {
        AllocationId: e.id,
        IpAddress: e.IpAddress,
        PrivateIpAddress: e.PrivateIpAddress,
        SnatEntryEnabled: !forwards.some((d) => d.IpProtocol === 'Any'),
        UsingStatus: snat.has(e.IpAddress)
          ? 'UsedBySnatTable'
          : forwards.length
            ? 'UsedByForwardTable'
            : 'Idle',
      };
    });
}

/** The fields DescribeNatGateways and GetNatGatewayAttribute both answer, under the same names. */
export function natIdentity(nat: NatGatewayRecord) {
  return {
    NatGatewayId: nat.id,
    RegionId: nat.regionId,
    Name: nat.Name,
    Description: nat.Description,
    VpcId: nat.VpcId,
    Status: nat.Status,
    BusinessStatus: 'Normal',
    NatType: nat.NatType,
    NetworkType: nat.NetworkType,
  };
}

/** One NAT gateway in the DescribeNatGateways shape (REFERENCE §3.2, irregular wrappers §2.1). */
export function renderNat(store: Store, nat: NatGatewayRecord) {
  return {
    ...natIdentity(nat),
    Spec: nat.Spec,
    InstanceChargeType: nat.InstanceChargeType,
    InternetChargeType: nat.InternetChargeType,
    EipBindMode: nat.EipBindMode,
    IcmpReplyEnabled: nat.IcmpReplyEnabled,
    // A string, not a boolean (REFERENCE §2.1 / §8.8).
    EnableSessionLog: String(nat.EnableSessionLog),
    PrivateLinkEnabled: nat.PrivateLinkEnabled,
    PrivateLinkMode: nat.AccessMode?.ModeValue ?? '',
    AccessMode: nat.AccessMode ?? { ModeValue: '', TunnelType: '' },
    DeletionProtection: nat.DeletionProtection === true,
    EcsMetricEnabled: false,
    SecurityProtectionEnabled: false,
    AutoPay: false,
    CreationTime: nat.CreationTime,
    ExpiredTime: '',
    ResourceGroupId: nat.ResourceGroupId,
    AvailabilityMode: 'SingleAZ',
    ForwardTableIds: { ForwardTableId: [nat.ForwardTableId] },
    SnatTableIds: { SnatTableId: [nat.SnatTableId] },
    FullNatTableIds: { FullNatTableId: nat.FullNatTableId ? [nat.FullNatTableId] : [] },
    IpLists: { IpList: ipLists(store, nat) },
    IpPrefixList: { IpPrefixList: [] },
    NatGatewayPrivateInfo: {
      EniInstanceId: nat.EniInstanceId,
      EniType: 'indirect',
      IzNo: nat.ZoneId,
      MaxBandwidth: 5120,
      MaxSessionEstablishRate: 100_000,
      MaxSessionQuota: 2_000_000,
      PrivateIpAddress: nat.PrivateIpAddress,
      VswitchId: nat.VSwitchId,
    },
    Tags: renderNatTags(nat.tags),
  };
}

const describeNatGatewaysParams = paramsSchema({
  ...ownerParams,
  ...pageParams(),
  RegionId: z.string(),
  NatGatewayId: z.string().optional(),
  Name: v.str({ min: 1, max: 128 }).optional(),
  VpcId: z.string().optional(),
  Status: v.oneOf(STATUSES).optional(),
  NatType: z.string().optional(),
  NetworkType: v.oneOf(['internet', 'intranet'] as const).optional(),
  ZoneId: z.string().optional(),
  InstanceChargeType: z.string().optional(),
  ResourceGroupId: z.string().optional(),
  Spec: z.string().optional(),
  DryRun: v.bool().optional(),
  Tag: tagListParam(),
});

/** DescribeNatGateways: filters by id(s), name, VPC, status, type, zone and tags; paginated. */
export function describeNatGateways(ctx: ActionContext) {
  const p = parseParams(describeNatGatewaysParams, ctx.params);
  requireRegion(p.RegionId);
  if (p.DryRun) throw dryRunOperation();
  const ids = idSet(p.NatGatewayId);
  // A filter matching nothing answers an empty list, not an error (REFERENCE §2.2).
  const rows = ctx.store
    .table<NatGatewayRecord>(p.RegionId, NAT_KIND)
    .list()
    .filter(
      (n) =>
        (!ids || ids.has(n.id)) &&
        (p.Name === undefined || n.Name === p.Name) &&
        (p.VpcId === undefined || n.VpcId === p.VpcId) &&
        (p.Status === undefined || n.Status === p.Status) &&
        (p.NatType === undefined || n.NatType === p.NatType) &&
        (p.NetworkType === undefined || n.NetworkType === p.NetworkType) &&
        (p.ZoneId === undefined || n.ZoneId === p.ZoneId) &&
        (p.InstanceChargeType === undefined || n.InstanceChargeType === p.InstanceChargeType) &&
        (p.ResourceGroupId === undefined || n.ResourceGroupId === p.ResourceGroupId) &&
        (p.Spec === undefined || n.Spec === p.Spec) &&
        matchesTags(n, p.Tag),
    );
  const page = paginate(rows, p);
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    NatGateways: { NatGateway: page.items.map((n) => renderNat(ctx.store, n)) },
  };
}
