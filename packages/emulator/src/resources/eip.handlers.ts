import { z } from 'zod';
import { ApiError } from '../api-error.ts';
import {
  incorrectEipStatus,
  incorrectStatusNatGateway,
  invalidAllocationIdNotFound,
  invalidInstanIdNotFound,
  invalidIpStatusUsedByForward,
  invalidIpStatusUsedBySnat,
  operationConflict,
} from '../errors.ts';
import { ownerParams, paramsSchema, parseParams, v } from '../params.ts';
import type { ActionContext, ResourceModule } from '../resource-module.ts';
import type { Store } from '../store.ts';
import { applyTags, tagListParam } from '../tags.ts';
import { describeEipAddresses, requireEipRegion } from './eip.describe.ts';
import { EIP_KIND, eipsOfNat, newPublicIp } from './eip.model.ts';
import type { EipRecord } from './eip.model.ts';
import { seedEips } from './eip.seed.ts';
import {
  DNAT_KIND,
  forwardEntriesOf,
  SNAT_KIND,
  snatEntriesOf,
  snatIps,
} from './nat-entry.model.ts';
import { isoSeconds, NAT_KIND } from './nat-gateway.model.ts';
import type { NatGatewayRecord } from './nat-gateway.model.ts';
import { allocateIp, releaseIp, VSWITCH_KIND } from './vpc.model.ts';
import type { VSwitchRecord } from './vpc.model.ts';

/** EIPs per region ([emulator choice]: the default account quota, QuotaExceeded.Eip). */
export const EIPS_PER_REGION = 20;
/** EIPs per NAT gateway (REFERENCE §5.4: 50 in NAT bind mode; applied to both modes here). */
export const EIPS_PER_NAT = 50;

const INSTANCE_TYPES = [
  'Nat',
  'SlbInstance',
  'EcsInstance',
  'NetworkInterface',
  'HaVip',
  'IpAddress',
] as const;

/** Region of an EIP when RegionId is optional (Associate/Unassociate/Release, REFERENCE §1.2). */
function locateEip(store: Store, regionId: string | undefined, id: string): EipRecord {
  if (regionId !== undefined) requireEipRegion(regionId);
  for (const r of regionId !== undefined ? [regionId] : store.regionIds()) {
    const eip = store.table<EipRecord>(r, EIP_KIND).get(id);
    if (eip) return eip;
  }
  throw invalidAllocationIdNotFound(id);
}

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
    throw new ApiError(
      400,
      'InvalidParameter',
      `Bandwidth ${bandwidth} exceeds the ${chargeType} maximum.`,
    );
  const table = ctx.store.table<EipRecord>(p.RegionId, EIP_KIND);
  if (table.list().length >= EIPS_PER_REGION)
    throw new ApiError(400, 'QuotaExceeded.Eip', `At most ${EIPS_PER_REGION} EIPs per region.`);
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

const associateEipAddressParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string().optional(),
  AllocationId: z.string(),
  InstanceId: z.string(),
  InstanceType: v
    .oneOf(INSTANCE_TYPES, { code: 'InvalidInstanceType.ValueNotSupported' })
    .optional(),
  InstanceRegionId: z.string().optional(),
  PrivateIpAddress: v.ipv4().optional(),
  Mode: z.string().optional(),
  VpcId: z.string().optional(),
  ClientToken: v.clientToken().optional(),
});

function associateEipAddress(ctx: ActionContext) {
  const p = parseParams(associateEipAddressParams, ctx.params);
  const eip = locateEip(ctx.store, p.RegionId, p.AllocationId);
  // InstanceType defaults to EcsInstance; only NAT gateways exist here (REFERENCE §3.3).
  const nat =
    (p.InstanceType ?? 'EcsInstance') === 'Nat'
      ? ctx.store.table<NatGatewayRecord>(eip.regionId, NAT_KIND).get(p.InstanceId)
      : undefined;
  if (!nat) throw invalidInstanIdNotFound(p.InstanceId);
  if (eip.Status === 'Associating' || eip.Status === 'Unassociating') throw operationConflict();
  if (eip.Status === 'InUse' && eip.InstanceId === nat.id)
    throw new ApiError(
      400,
      'InvalidAssociation.Duplicated',
      `EIP ${eip.id} is already associated with ${nat.id}.`,
    );
  if (eip.Status !== 'Available') throw incorrectEipStatus(eip.id);
  if (nat.Status !== 'Available') throw incorrectStatusNatGateway(nat.id);
  if (nat.NetworkType === 'intranet')
    throw new ApiError(
      400,
      'OperationDenied',
      'A VPC NAT gateway (NetworkType=intranet) cannot be associated with an EIP.',
    );
  if (eipsOfNat(ctx.store, eip.regionId, nat.id).length >= EIPS_PER_NAT)
    throw new ApiError(
      400,
      'QuotaExceeded.EipsPerNatGateway',
      `A NAT gateway takes at most ${EIPS_PER_NAT} EIPs.`,
    );
  if (nat.EipBindMode === 'NAT') {
    // NAT bind mode: each EIP consumes a private IP of the gateway's vSwitch (REFERENCE §3.2).
    const vsw = ctx.store.table<VSwitchRecord>(eip.regionId, VSWITCH_KIND).get(nat.VSwitchId);
    if (vsw) eip.PrivateIpAddress = allocateIp(vsw);
  }
  Object.assign(eip, { Status: 'Associating', InstanceId: nat.id, InstanceType: 'Nat' });
  ctx.lifecycle.schedule({
    regionId: eip.regionId,
    kind: EIP_KIND,
    resourceId: eip.id,
    duration: 'eip',
    set: { Status: 'InUse' },
  });
  return {};
}

const unassociateEipAddressParams = paramsSchema({
  ...ownerParams,
  RegionId: z.string().optional(),
  AllocationId: z.string(),
  InstanceId: z.string().optional(),
  InstanceType: v
    .oneOf(INSTANCE_TYPES, { code: 'InvalidInstanceType.ValueNotSupported' })
    .optional(),
  PrivateIpAddress: z.string().optional(),
  Force: v.bool().optional(),
  ClientToken: v.clientToken().optional(),
});

function unassociateEipAddress(ctx: ActionContext) {
  const p = parseParams(unassociateEipAddressParams, ctx.params);
  const eip = locateEip(ctx.store, p.RegionId, p.AllocationId);
  if (eip.Status === 'Associating' || eip.Status === 'Unassociating') throw operationConflict();
  if (eip.Status !== 'InUse') throw incorrectEipStatus(eip.id);
  if (p.InstanceId !== undefined && p.InstanceId !== eip.InstanceId)
    throw new ApiError(
      400,
      'InvalidInstanceId.NotFound',
      `EIP ${eip.id} is not associated with ${p.InstanceId}.`,
    );
  const snat = snatEntriesOf(ctx.store, eip.regionId, eip.InstanceId).filter((e) =>
    snatIps(e).includes(eip.IpAddress),
  );
  const dnat = forwardEntriesOf(ctx.store, eip.regionId, eip.InstanceId).filter(
    (e) => e.ExternalIp === eip.IpAddress,
  );
  // An EIP used by SNAT/DNAT entries needs Force=true (REFERENCE §3.3, codes from tf).
  if (!p.Force && snat.length) throw invalidIpStatusUsedBySnat();
  if (!p.Force && dnat.length) throw invalidIpStatusUsedByForward();
  for (const e of snat) {
    const rest = snatIps(e).filter((ip) => ip !== eip.IpAddress);
    if (rest.length) e.SnatIp = rest.join(',');
    else ctx.store.table(eip.regionId, SNAT_KIND).remove(e.id);
  }
  for (const e of dnat) ctx.store.table(eip.regionId, DNAT_KIND).remove(e.id);
  const nat = ctx.store.table<NatGatewayRecord>(eip.regionId, NAT_KIND).get(eip.InstanceId);
  if (nat && eip.PrivateIpAddress)
    releaseIp(ctx.store, eip.regionId, nat.VSwitchId, eip.PrivateIpAddress);
  eip.Status = 'Unassociating';
  ctx.lifecycle.schedule({
    regionId: eip.regionId,
    kind: EIP_KIND,
    resourceId: eip.id,
    duration: 'eip',
    set: { Status: 'Available', InstanceId: '', InstanceType: '', PrivateIpAddress: '' },
  });
  return {};
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
  // Only Available PostPaid EIPs can be released (REFERENCE §3.3).
  if (eip.Status !== 'Available') throw incorrectEipStatus(eip.id);
  if (eip.ChargeType === 'PrePaid')
    throw new ApiError(
      400,
      'Forbidden.ChargeTypeIsPrepaid',
      'A subscription EIP cannot be released.',
    );
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
  },
  tagKinds: { EIP: EIP_KIND },
  seed: seedEips,
};
