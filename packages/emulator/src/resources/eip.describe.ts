import { z } from 'zod';
import {
  dryRunOperation,
  forbiddenRegionNotFound,
  invalidAllocationIdNotFound,
} from '../errors.ts';
import { idSet, pageParams, paginate } from '../pagination.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import { REGIONS } from '../regions.ts';
import type { ActionContext } from '../resource-module.ts';
import type { Store } from '../store.ts';
import { matchesTags, renderTags, tagListParam } from '../tags.ts';
import { EIP_KIND } from './eip.model.ts';
import type { EipRecord } from './eip.model.ts';

/** Region of an EIP when RegionId is optional (Associate/Unassociate/Release, REFERENCE §1.2). */
export function locateEip(store: Store, regionId: string | undefined, id: string): EipRecord {
  if (regionId !== undefined) requireEipRegion(regionId);
  for (const r of regionId !== undefined ? [regionId] : store.regionIds()) {
    const eip = store.table<EipRecord>(r, EIP_KIND).get(id);
    if (eip) return eip;
  }
  throw invalidAllocationIdNotFound(id);
}

/** EIP actions answer an unknown region with 404 `Forbidden.RegionNotFound` (REFERENCE §5.6). */
export function requireEipRegion(regionId: string): void {
  if (!REGIONS.some((r) => r.regionId === regionId)) throw forbiddenRegionNotFound(regionId);
}

const STATUSES = ['Associating', 'Unassociating', 'InUse', 'Available', 'Releasing'] as const;
const INSTANCE_TYPES = [
  'EcsInstance',
  'SlbInstance',
  'Nat',
  'HaVip',
  'NetworkInterface',
  'IpAddress',
] as const;

/** One EIP in the DescribeEipAddresses shape (REFERENCE §3.3). */
export function renderEip(e: EipRecord) {
  return {
    AllocationId: e.id,
    IpAddress: e.IpAddress,
    Name: e.Name,
    Description: e.Description,
    RegionId: e.regionId,
    Status: e.Status,
    // Bandwidth is a string (REFERENCE §8.8).
    Bandwidth: e.Bandwidth,
    EipBandwidth: e.Bandwidth,
    InternetChargeType: e.InternetChargeType,
    ChargeType: e.ChargeType,
    ISP: e.ISP,
    Netmode: e.Netmode,
    InstanceId: e.InstanceId,
    InstanceType: e.InstanceType,
    InstanceRegionId: e.InstanceId ? e.regionId : '',
    PrivateIpAddress: e.PrivateIpAddress,
    Mode: e.InstanceType === 'Nat' ? 'NAT' : '',
    AllocationTime: e.AllocationTime,
    ExpiredTime: '',
    BusinessStatus: 'Normal',
    DeletionProtection: e.DeletionProtection === true,
    HasReservationData: 'false',
    HDMonitorStatus: 'OFF',
    SecondLimited: false,
    ServiceManaged: 0,
    ResourceGroupId: e.ResourceGroupId,
    BandwidthPackageId: '',
    BandwidthPackageType: '',
    BandwidthPackageBandwidth: '',
    OperationLocks: { LockReason: [] },
    SecurityProtectionTypes: { SecurityProtectionType: [] },
    Tags: renderTags(e.tags),
  };
}

const describeEipAddressesParams = paramsSchema({
  ...ownerParams,
  // DescribeEipAddresses allows PageSize up to 100 (REFERENCE §2.2).
  ...pageParams(100),
  RegionId: z.string(),
  AllocationId: z.string().optional(),
  EipAddress: z.string().optional(),
  EipName: z.string().optional(),
  Status: v.oneOf(STATUSES).optional(),
  AssociatedInstanceType: v
    .oneOf(INSTANCE_TYPES, { code: 'InvalidIAssociatedInstanceType.ValueNotSupported' })
    .optional(),
  AssociatedInstanceId: z.string().optional(),
  ChargeType: v
    .oneOf(['PostPaid', 'PrePaid'] as const, { code: 'InvalidChargeType.ValueNotSupported' })
    .optional(),
  ISP: z.string().optional(),
  LockReason: v
    .oneOf(['financial', 'security'] as const, { code: 'InvalidLockReason.NotFound' })
    .optional(),
  ResourceGroupId: z.string().optional(),
  DryRun: v.bool().optional(),
  Tag: tagListParam(),
});

/** DescribeEipAddresses: filters, PageSize up to 100. */
export function describeEipAddresses(ctx: ActionContext) {
  const p = parseParams(describeEipAddressesParams, ctx.params);
  requireEipRegion(p.RegionId);
  if (p.DryRun) throw dryRunOperation();
  const ids = idSet(p.AllocationId);
  const addresses = idSet(p.EipAddress);
  const rows = ctx.store
    .table<EipRecord>(p.RegionId, EIP_KIND)
    .list()
    .filter(
      (e) =>
        (!ids || ids.has(e.id)) &&
        (!addresses || addresses.has(e.IpAddress)) &&
        (p.EipName === undefined || e.Name === p.EipName) &&
        (p.Status === undefined || e.Status === p.Status) &&
        (p.AssociatedInstanceType === undefined || e.InstanceType === p.AssociatedInstanceType) &&
        (p.AssociatedInstanceId === undefined || e.InstanceId === p.AssociatedInstanceId) &&
        (p.ChargeType === undefined || e.ChargeType === p.ChargeType) &&
        (p.ISP === undefined || e.ISP === p.ISP) &&
        // No EIP here is ever locked.
        p.LockReason === undefined &&
        (p.ResourceGroupId === undefined || e.ResourceGroupId === p.ResourceGroupId) &&
        matchesTags(e, p.Tag),
    );
  const page = paginate(rows, p);
  return {
    TotalCount: page.TotalCount,
    PageNumber: page.PageNumber,
    PageSize: page.PageSize,
    EipAddresses: { EipAddress: page.items.map(renderEip) },
  };
}
