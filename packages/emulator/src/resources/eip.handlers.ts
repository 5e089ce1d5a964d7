import { z } from 'zod';
import {
  chargeTypeIsPrepaid,
  incorrectEipStatus,
  invalidOperationDeletionProtection,
  invalidParameter,
  operationConflict,
  quotaExceededEip,
} from '../errors.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import { applyTags, tagListParam } from '../tags.ts';
import { associateEipAddress, unassociateEipAddress } from './eip.associate.ts';
import { describeEipAddresses, locateEip, requireEipRegion } from './eip.describe.ts';
import { EIP_KIND, newPublicIp } from './eip.model.ts';
import { modifyEipAddressAttribute } from './eip.modify.ts';
import type { EipRecord } from './eip.model.ts';
import { seedEips } from './eip.seed.ts';
import { isoSeconds } from './nat-gateway.model.ts';

/** EIPs per region ([emulator choice]: the default account quota, QuotaExceeded.Eip). */
export const EIPS_PER_REGION = 20;
const allocateEipAddressParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string(),
  Bandwidth: v.int({ min: 1, max: 1000, code: 'InvalidParameter' }).optional(),
  InternetChargeType: v
    .oneOf(['PayByBandwidth', 'PayByTraffic'] as const, { code: 'InvalidParameter' })
    .optional(),
  InstanceChargeType: v.oneOf(['PostPaid', 'PrePaid'] as const).optional(),
  ISP: v.oneOf(['BGP', 'BGP_PRO'] as const).optional(),
  Netmode: v.oneOf(['public'] as const).optional(),
  Name: v.str({ max: 128, pattern: /^(?!https?:\/\/)/i }).optional(),
  Description: v.description({ min: 0, max: 256 }).optional(),
  ResourceGroupId: z.string().optional(),
  ClientToken: v.clientToken().optional(),
  Tag: tagListParam(),
});

function allocateEipAddress(ctx: ActionContext) {
  const p = parseParams(allocateEipAddressParams, ctx.params);
  requireEipRegion(p.RegionId);
  const chargeType = p.InternetChargeType ?? 'PayByBandwidth';
  const bandwidth = p.Bandwidth ?? 5;
  // PayByBandwidth 1–500, PayByTraffic 1–200 Mbit/s (REFERENCE §3.3).
  if (bandwidth > (chargeType === 'PayByTraffic' ? 200 : 500))
    throw invalidParameter(`Bandwidth ${bandwidth} exceeds the ${chargeType} maximum.`);
  const table = ctx.store.table<EipRecord>(p.RegionId, EIP_KIND);
  if (table.list().length >= EIPS_PER_REGION) throw quotaExceededEip(EIPS_PER_REGION);
  const id = ctx.newId('eip', p.RegionId);
  const eip: EipRecord = {
    id,
    regionId: p.RegionId,
    tags: [],
    Name: p.Name ?? '',
    Description: p.Description ?? '',
    IpAddress: newPublicIp(ctx.store, p.RegionId),
    Bandwidth: String(bandwidth),
    InternetChargeType: chargeType,
    ChargeType: p.InstanceChargeType ?? 'PostPaid',
    ISP: p.ISP ?? 'BGP',
    Netmode: 'public',
    // Allocation is immediate: the EIP is Available at once (REFERENCE §4.7).
    Status: 'Available',
    InstanceId: '',
    InstanceType: '',
    PrivateIpAddress: '',
    AllocationTime: isoSeconds(ctx.now),
    ResourceGroupId: p.ResourceGroupId ?? 'rg-acfmdemo0default',
  };
  applyTags(eip, p.Tag);
  table.put(eip);
  return { AllocationId: id, EipAddress: eip.IpAddress, ResourceGroupId: eip.ResourceGroupId };
}

const releaseEipAddressParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string().optional(),
  AllocationId: z.string(),
});

function releaseEipAddress(ctx: ActionContext) {
  const p = parseParams(releaseEipAddressParams, ctx.params);
  const eip = locateEip(ctx.store, p.RegionId, p.AllocationId);
  if (eip.Status === 'Releasing') throw operationConflict();
  // Listed on the ReleaseEipAddress help page (REFERENCE-2 §4.4 left it open).
  if (eip.DeletionProtection) throw invalidOperationDeletionProtection();
  // Only Available PostPaid EIPs can be released (REFERENCE §3.3).
  if (eip.Status !== 'Available') throw incorrectEipStatus(eip.id);
  if (eip.ChargeType === 'PrePaid') throw chargeTypeIsPrepaid();
  eip.Status = 'Releasing';
  ctx.lifecycle.schedule({
    regionId: eip.regionId,
    kind: EIP_KIND,
    resourceId: eip.id,
    duration: 'eip',
    remove: true,
  });
  return {};
}

/** Elastic IP addresses (REFERENCE §3.3, lifecycle §4.3). */
export const eipResource: ResourceModule = {
  name: 'eip',
  handlers: {
    AllocateEipAddress: allocateEipAddress,
    DescribeEipAddresses: describeEipAddresses,
    AssociateEipAddress: associateEipAddress,
    UnassociateEipAddress: unassociateEipAddress,
    ReleaseEipAddress: releaseEipAddress,
    ModifyEipAddressAttribute: modifyEipAddressAttribute,
  },
  tagKinds: { EIP: EIP_KIND },
  seed: seedEips,
};
